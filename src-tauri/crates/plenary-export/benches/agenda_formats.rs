//! How long the agenda takes as DOCX and HTML (both languages side by side), as an iCalendar
//! file (one language) and as JSON, for 100, 300 and 1,000 sessions: a small meeting, a week of
//! a large conference, and far more than any agenda Plenary expects.

#[path = "../tests/export/fixture.rs"]
mod fixture;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use plenary_core::Lang;
use plenary_export::{AgendaOptions, Languages, Layout, docx, html, ics, json};
use std::hint::black_box;

fn agenda_formats(c: &mut Criterion) {
    let mut group = c.benchmark_group("agenda formats");
    for sessions in [100, 300, 1000] {
        let agenda = fixture::large(sessions);
        let options = AgendaOptions { languages: Languages::Both, layout: Layout::SideBySide };
        group.bench_with_input(BenchmarkId::new("DOCX side by side", sessions), &agenda, |b, agenda| {
            b.iter(|| black_box(docx::agenda(agenda, options).expect("the DOCX is written").bytes.len()))
        });
        group.bench_with_input(BenchmarkId::new("HTML side by side", sessions), &agenda, |b, agenda| {
            b.iter(|| black_box(html::agenda(agenda, options).expect("the HTML is written").bytes.len()))
        });
        group.bench_with_input(BenchmarkId::new("ICS French", sessions), &agenda, |b, agenda| {
            b.iter(|| black_box(ics::agenda(agenda, Lang::Fr).expect("the calendar is written").bytes.len()))
        });
        group.bench_with_input(BenchmarkId::new("JSON", sessions), &agenda, |b, agenda| {
            b.iter(|| black_box(json::agenda(agenda).expect("the JSON is written").bytes.len()))
        });
    }
    group.finish();
}

// In a private module, the group's generated function is not public API needing docs.
mod group {
    use super::*;
    criterion_group! {
        name = benches;
        config = Criterion::default().sample_size(10);
        targets = agenda_formats
    }
}
criterion_main!(group::benches);
