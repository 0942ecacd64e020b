//! The statistics of a generated meeting (counts by delegation, region, gender, role,
//! attendance, and the headline) at 7,000, 35,000 and 70,000 participants.

use super::generated::Generated;
use criterion::{BenchmarkId, Criterion};
use plenary_api::{Lang, StatsArgs};
use std::hint::black_box;

/// The benchmarks of this part over every generated meeting.
pub fn bench(c: &mut Criterion, meetings: &[Generated]) {
    let mut group = c.benchmark_group("stats");
    for m in meetings {
        let api = m.api();
        group.bench_function(BenchmarkId::new("statistics", m.label()), |b| {
            b.iter(|| black_box(api.meeting_stats(StatsArgs { meeting_id: m.meeting_id.clone(), lang: Some(Lang::En) }).expect("stats")))
        });
    }
    group.finish();
}
