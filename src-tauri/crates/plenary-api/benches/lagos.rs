//! Benchmarks of the everyday operations on the Lagos demo meeting (166 participants,
//! 17 sessions). `make bench` runs them; COP-scale data comes with the generator.

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use plenary_api::{
    Api, Lang, ListParticipantsArgs, MeetingArgs, ParticipantFilter, SearchArgs, StatsArgs,
};
use std::hint::black_box;

fn demo() -> (tempfile::TempDir, std::path::PathBuf, plenary_api::Id) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.db");
    let api = Api::open(&path, Lang::En).expect("open");
    let meeting_id = api.demo().expect("demo").meeting_id;
    (dir, path, meeting_id)
}

fn lagos(c: &mut Criterion) {
    let (_dir, path, meeting_id) = demo();
    c.bench_function("open database (quick_check, migrations, reference data)", |b| {
        b.iter(|| black_box(Api::open(&path, Lang::En).expect("open")))
    });
    let api = Api::open(&path, Lang::En).expect("open");
    let filter = ParticipantFilter { meeting_id: meeting_id.clone(), limit: Some(50), ..ParticipantFilter::default() };
    c.bench_function("participants: first page by name", |b| {
        b.iter(|| api.list_participants(ListParticipantsArgs { filter: filter.clone(), order: None, lang: None }).expect("list"))
    });
    c.bench_function("participants: UN listing order, all", |b| {
        let all = ParticipantFilter { limit: None, ..filter.clone() };
        b.iter(|| {
            api.list_participants(ListParticipantsArgs { filter: all.clone(), order: Some("protocol".into()), lang: Some(Lang::Fr) })
                .expect("list")
        })
    });
    c.bench_function("search 'baum'", |b| {
        b.iter(|| api.search(SearchArgs { text: "baum".into(), meeting_id: Some(meeting_id.clone()), limit: None, ..Default::default() }).expect("search"))
    });
    c.bench_function("statistics", |b| {
        b.iter(|| api.meeting_stats(StatsArgs { meeting_id: meeting_id.clone(), lang: Some(Lang::En) }).expect("stats"))
    });
    c.bench_function("timetable conflicts", |b| {
        b.iter(|| api.list_conflicts(MeetingArgs { meeting_id: meeting_id.clone() }).expect("conflicts"))
    });
    c.bench_function("check (integrity and consistency)", |b| b.iter(|| api.check().expect("check")));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = lagos
}
criterion_main!(benches);
