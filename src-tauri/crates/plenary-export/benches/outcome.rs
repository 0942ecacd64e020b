//! How long an outcome document takes to export: 500 paragraphs (50 preambular, 450
//! operative in six sections), both languages, figures and quotes placed, every seventh
//! paragraph bracketed, five pending amendments. DOCX and PDF side by side and in separate
//! editions, HTML side by side, and Akoma Ntoso in English. Each PDF export first drops
//! Typst's memoised work, as the first export a secretariat waits for would.

#[path = "../tests/export/outcome_fixture.rs"]
mod fixture;

use criterion::{Criterion, criterion_group, criterion_main};
use plenary_core::Lang;
use plenary_export::{Languages, Layout, OutcomeOptions, outcome_akn, outcome_docx, outcome_html, outcome_pdf};
use std::hint::black_box;

fn outcome(c: &mut Criterion) {
    let (doc, pending) = fixture::large(500);
    assert_eq!(doc.paragraph_count(), 500, "the benchmark's document has 500 paragraphs");
    let mut group = c.benchmark_group("outcome 500 paragraphs");
    for layout in [Layout::SideBySide, Layout::Separate] {
        let options = OutcomeOptions { languages: Languages::Both, layout };
        group.bench_function(format!("DOCX {layout}"), |b| {
            b.iter(|| black_box(outcome_docx(&doc, &pending, &options).expect("the DOCX is written").bytes.len()))
        });
        group.bench_function(format!("PDF {layout}"), |b| {
            b.iter(|| {
                typst::comemo::evict(0);
                black_box(outcome_pdf(&doc, &pending, &options).expect("the PDF typesets").bytes.len())
            })
        });
    }
    let options = OutcomeOptions { languages: Languages::Both, layout: Layout::SideBySide };
    group.bench_function("HTML side-by-side", |b| b.iter(|| black_box(outcome_html(&doc, &pending, &options).expect("the HTML is written").bytes.len())));
    group.bench_function("AKN English", |b| b.iter(|| black_box(outcome_akn(&doc, Lang::En).expect("the XML is written").bytes.len())));
    group.finish();
}

// Private, so the function the macro generates needs no documentation.
mod runner {
    use super::*;
    criterion_group! {
        name = benches;
        config = Criterion::default().sample_size(10);
        targets = outcome
    }
}
criterion_main!(runner::benches);
