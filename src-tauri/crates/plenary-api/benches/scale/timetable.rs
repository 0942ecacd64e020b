//! The timetable of a generated meeting with 100, 300 and 1,000 sessions (7,000, 35,000 and
//! 70,000 participants): every session read with its people and items, and the conflicts
//! (rooms and people booked twice) found over all of them, as the timetable view does.

use super::generated::Generated;
use criterion::{BenchmarkId, Criterion};
use plenary_api::MeetingArgs;
use std::hint::black_box;

/// The benchmarks of this part over every generated meeting.
pub fn bench(c: &mut Criterion, meetings: &[Generated]) {
    let mut group = c.benchmark_group("timetable");
    for m in meetings {
        let api = m.api();
        let args = || MeetingArgs { meeting_id: m.meeting_id.clone() };
        let conflicts = api.list_conflicts(args()).expect("conflicts");
        eprintln!("{} sessions: {} conflicts", m.spec.sessions, conflicts.len());
        let size = format!("{} sessions", m.spec.sessions);
        group.bench_function(BenchmarkId::new("list sessions", &size), |b| b.iter(|| black_box(api.list_sessions(args()).expect("sessions").len())));
        group.bench_function(BenchmarkId::new("conflict detection", &size), |b| {
            b.iter(|| black_box(api.list_conflicts(args()).expect("conflicts").len()))
        });
    }
    group.finish();
}
