//! How long an outcome document takes to export: 100 and 500 paragraphs (a tenth
//! preambular, the rest operative in six sections), both languages, figures and quotes placed, every seventh
//! paragraph bracketed, five pending amendments. DOCX and PDF side by side and in separate
//! editions, HTML side by side, and Akoma Ntoso in English. Each PDF export first drops
//! Typst's memoised work, as the first export a secretariat waits for would.

#[path = "../tests/export/outcome_fixture.rs"]
mod fixture;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use plenary_core::Lang;
use plenary_export::{Languages, Layout, OutcomeOptions, outcome_akn, outcome_docx, outcome_html, outcome_pdf};
use std::hint::black_box;

fn outcome(c: &mut Criterion) {
    let mut group = c.benchmark_group("outcome");
    for paragraphs in [100, 500] {
        let (doc, pending) = fixture::large(paragraphs);
        assert_eq!(doc.paragraph_count(), paragraphs, "the benchmark's document has {paragraphs} paragraphs");
        let size = format!("{paragraphs} paragraphs");
        for layout in [Layout::SideBySide, Layout::Separate] {
            let options = OutcomeOptions { languages: Languages::Both, layout };
            group.bench_function(BenchmarkId::new(format!("DOCX {layout}"), &size), |b| {
                b.iter(|| black_box(outcome_docx(&doc, &pending, &options).expect("the DOCX is written").bytes.len()))
            });
            group.bench_function(BenchmarkId::new(format!("PDF {layout}"), &size), |b| {
                b.iter(|| {
                    typst::comemo::evict(0);
                    black_box(outcome_pdf(&doc, &pending, &options).expect("the PDF typesets").bytes.len())
                })
            });
        }
        let options = OutcomeOptions { languages: Languages::Both, layout: Layout::SideBySide };
        group.bench_function(BenchmarkId::new("HTML side-by-side", &size), |b| {
            b.iter(|| black_box(outcome_html(&doc, &pending, &options).expect("the HTML is written").bytes.len()))
        });
        group.bench_function(BenchmarkId::new("AKN English", &size), |b| {
            b.iter(|| black_box(outcome_akn(&doc, Lang::En).expect("the XML is written").bytes.len()))
        });
    }
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
