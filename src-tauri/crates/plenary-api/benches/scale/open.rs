//! Opening a generated database (quick_check, migrations checked, reference data) at 7,000,
//! 35,000 and 70,000 participants: what the app does before its first screen.

use super::generated::Generated;
use criterion::{BenchmarkId, Criterion};
use plenary_api::{Api, Lang};
use std::hint::black_box;

/// The benchmarks of this part over every generated meeting.
pub fn bench(c: &mut Criterion, meetings: &[Generated]) {
    let mut group = c.benchmark_group("open");
    for m in meetings {
        group.bench_with_input(BenchmarkId::new("open the database", m.label()), &m.path, |b, path| {
            b.iter(|| black_box(Api::open(path, Lang::En).expect("the database opens")))
        });
    }
    group.finish();
}
