//! How long the lists take to export, without the database: generated meetings of 7,000,
//! 35,000 and 70,000 participants as XLSX and CSV, and 2,000 and 7,000 of them as a typeset
//! PDF list (a list of 70,000 names would run to some 2,000 pages, which nobody prints from a
//! screen).
//! Each PDF export first drops Typst's memoised work, as the first export a secretariat
//! waits for would. The same XLSX export through the API, reading the list from SQLite, is
//! `import_70k/xlsx_export_70k` in plenary-api's import benchmark.
//!
//! Medians on this machine (2 shared cores): XLSX 1.94 s, CSV 152 ms, PDF of 2,000 483 ms;
//! through the API from the database, XLSX 2.01 s.

#[path = "../tests/export/participants_fixture.rs"]
mod fixture;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use plenary_core::Lang;
use plenary_export::participants;
use std::hint::black_box;

fn lists(c: &mut Criterion) {
    let mut group = c.benchmark_group("participants");
    group.sample_size(10);
    for size in [7_000, 35_000, 70_000] {
        let list = fixture::large(size, Lang::En);
        assert_eq!(list.len(), size, "the benchmark's list has {size} participants");
        group.bench_with_input(BenchmarkId::new("XLSX", size), &list, |b, list| {
            b.iter(|| black_box(participants::xlsx(list).expect("the XLSX is written").bytes.len()))
        });
        group.bench_with_input(BenchmarkId::new("CSV", size), &list, |b, list| {
            b.iter(|| black_box(participants::csv(list).expect("the CSV is written").bytes.len()))
        });
    }
    for size in [2_000, 7_000] {
        let printed = fixture::large(size, Lang::Fr);
        group.bench_with_input(BenchmarkId::new("PDF", size), &printed, |b, printed| {
            b.iter(|| {
                typst::comemo::evict(0);
                black_box(participants::pdf(printed).expect("the PDF typesets").bytes.len())
            })
        });
    }
    group.finish();
}

// Private, so the function the macro generates needs no documentation.
mod runner {
    use super::*;
    criterion_group!(benches, lists);
}
criterion_main!(runner::benches);
