//! Benchmarks on generated meetings of 7,000, 35,000 and 70,000 participants (100, 300 and
//! 1,000 sessions): opening the database, the participants (pages, full scans, searches,
//! protocol orders), the statistics, the timetable and its conflicts, and the exports. Each
//! size is generated once for the whole run; the growth between sizes shows whether a cost
//! grows with the data or faster (`make bench` prints the ratios).
//!
//! `cargo bench -p plenary-api --bench scale --locked [-- FILTER]`; `PLENARY_BENCH_SIZES=7000`
//! for one size only.

mod exports;
mod generated;
mod open;
mod participants;
mod stats;
mod timetable;

fn main() {
    let meetings = generated::all();
    let mut c = generated::criterion().configure_from_args();
    open::bench(&mut c, &meetings);
    participants::bench(&mut c, &meetings);
    stats::bench(&mut c, &meetings);
    timetable::bench(&mut c, &meetings);
    exports::bench(&mut c, &meetings);
    c.final_summary();
}
