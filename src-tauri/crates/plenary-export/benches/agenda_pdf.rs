//! How long a PDF agenda takes: the Lagos agenda, and 300 sessions (a week of a large
//! conference) side by side and as separate editions. Typst memoises across compilations,
//! so each iteration first drops that cache: these are the times of a first export, the
//! one a secretariat waits for. The last one keeps the cache, as a second export of the
//! same agenda in a running app does.

#[path = "../tests/export/fixture.rs"]
mod fixture;

use criterion::{Criterion, criterion_group, criterion_main};
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
    let large = fixture::large(300);
    c.bench_function("agenda PDF: 300 sessions, side by side", |b| b.iter(|| black_box(export(&large, Layout::SideBySide))));
    c.bench_function("agenda PDF: 300 sessions, separate editions", |b| b.iter(|| black_box(export(&large, Layout::Separate))));
    c.bench_function("agenda PDF: 300 sessions, side by side, exported again", |b| {
        b.iter(|| black_box(export_warm(&large, Layout::SideBySide)))
    });
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
