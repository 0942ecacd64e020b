//! How long the lists take to export, without the database: a generated meeting of 70,000
//! participants in 200 delegations as XLSX and CSV, and 2,000 of them as a typeset PDF list
//! (a list of 70,000 names would run to some 2,000 pages, which nobody prints from a screen).
//! Each PDF export first drops Typst's memoised work, as the first export a secretariat
//! waits for would. The same XLSX export through the API, reading the list from SQLite, is
//! `import_70k/xlsx_export_70k` in plenary-api's import benchmark.
//!
//! Medians on this machine (2 shared cores): XLSX 1.94 s, CSV 152 ms, PDF of 2,000 483 ms;
//! through the API from the database, XLSX 2.01 s.

#[path = "../tests/export/participants_fixture.rs"]
mod fixture;

use criterion::{Criterion, criterion_group, criterion_main};
use plenary_core::Lang;
use plenary_export::participants;
use std::hint::black_box;

fn lists(c: &mut Criterion) {
    let large = fixture::large(70_000, Lang::En);
    assert_eq!(large.len(), 70_000, "the benchmark's list has 70,000 participants");
    let printed = fixture::large(2_000, Lang::Fr);
    let mut group = c.benchmark_group("participants");
    group.sample_size(10);
    group.bench_function("XLSX 70,000", |b| b.iter(|| black_box(participants::xlsx(&large).expect("the XLSX is written").bytes.len())));
    group.bench_function("CSV 70,000", |b| b.iter(|| black_box(participants::csv(&large).expect("the CSV is written").bytes.len())));
    group.bench_function("PDF 2,000", |b| {
        b.iter(|| {
            typst::comemo::evict(0);
            black_box(participants::pdf(&printed).expect("the PDF typesets").bytes.len())
        })
    });
    group.finish();
}

// Private, so the function the macro generates needs no documentation.
mod runner {
    use super::*;
    criterion_group!(benches, lists);
}
criterion_main!(runner::benches);
