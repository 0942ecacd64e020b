//! How long a PDF agenda takes: the Lagos agenda, and 100, 300 (a week of a large
//! conference) and 1,000 sessions side by side and as separate editions. Typst memoises across compilations,
//! so each iteration first drops that cache: these are the times of a first export, the
//! one a secretariat waits for. The last one keeps the cache, as a second export of the
//! same agenda in a running app does.

#[path = "../tests/export/fixture.rs"]
mod fixture;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use plenary_export::{AgendaOptions, Languages, Layout, pdf};
use std::hint::black_box;

fn export(agenda: &plenary_core::agenda::Agenda, layout: Layout) -> usize {
    typst::comemo::evict(0);
    export_warm(agenda, layout)
}

fn export_warm(agenda: &plenary_core::agenda::Agenda, layout: Layout) -> usize {
    let exported = pdf::agenda(agenda, AgendaOptions { languages: Languages::Both, layout }).expect("the agenda typesets");
    exported.bytes.len()
}

fn agenda_pdf(c: &mut Criterion) {
    let lagos = fixture::lagos(true);
    c.bench_function("agenda PDF: Lagos, side by side", |b| b.iter(|| black_box(export(&lagos, Layout::SideBySide))));
    let mut group = c.benchmark_group("agenda PDF");
    for sessions in [100, 300, 1000] {
        let large = fixture::large(sessions);
        group.bench_with_input(BenchmarkId::new("side by side", sessions), &large, |b, a| b.iter(|| black_box(export(a, Layout::SideBySide))));
        group.bench_with_input(BenchmarkId::new("separate editions", sessions), &large, |b, a| b.iter(|| black_box(export(a, Layout::Separate))));
        group.bench_with_input(BenchmarkId::new("side by side, exported again", sessions), &large, |b, a| {
            b.iter(|| black_box(export_warm(a, Layout::SideBySide)))
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
        targets = agenda_pdf
    }
}
criterion_main!(runner::benches);
