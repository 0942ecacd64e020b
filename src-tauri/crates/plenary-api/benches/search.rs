//! Search at three sizes of a generated meeting, side by side with a bare FTS5 `MATCH` on
//! the same index (same query, rowids only, on a plain connection): the participants list's
//! search (its first page, and a full scan of every match) and the header's search box
//! (every kind, eight per kind with each kind's total). Medians and ratios are printed after
//! each size.
//!
//! `cargo bench -p plenary-api --bench search --locked -- --sample-size 10`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use criterion::{Bencher, Criterion, criterion_group, criterion_main};
use plenary_api::{Api, Id, Lang, ListParticipantsArgs, ParticipantFilter, ScaleSpec, SearchArgs};
use std::cell::RefCell;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The sizes measured: a tenth, half and the whole of the COP meeting.
const SIZES: [u32; 3] = [7_000, 35_000, 70_000];

/// Rows in the first page of the participants list.
const PAGE: u32 = 100;

/// What is typed: one letter (matches most people), a common prefix, a word of functions,
/// and a family name taken from the data (few matches).
fn queries(api: &Api, m: &Id) -> Vec<String> {
    let filter = ParticipantFilter { meeting_id: m.clone(), limit: Some(1), ..Default::default() };
    let first = api.list_participants(ListParticipantsArgs { filter, order: None, lang: None }).expect("a page");
    let family = first.rows.first().map(|r| r.participant.family_name.to_lowercase()).expect("a participant");
    vec!["a".into(), "ngo".into(), "direct".into(), family]
}

/// The same text as an FTS5 query, as the store builds it: each word a quoted prefix.
fn fts(text: &str) -> String {
    text.split_whitespace().map(|w| format!("\"{}\"*", w.replace('"', "\"\""))).collect::<Vec<_>>().join(" ")
}

/// Times `routine` per iteration, keeping every time for the medians printed after.
fn timed<T>(b: &mut Bencher<'_>, times: &RefCell<Vec<Duration>>, routine: impl Fn() -> T) {
    b.iter_custom(|iters| {
        let mut total = Duration::ZERO;
        for _ in 0..iters {
            let start = Instant::now();
            black_box(routine());
            let took = start.elapsed();
            times.borrow_mut().push(took);
            total += took;
        }
        total
    });
}

fn median(times: &RefCell<Vec<Duration>>) -> Duration {
    let mut times = times.borrow().clone();
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn search(c: &mut Criterion) {
    for n in SIZES {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("scale.db");
        let api = Api::open(&path, Lang::En).expect("open");
        let m = api.demo_scale(&ScaleSpec::of(n)).expect("the generated meeting").meeting_id;
        let bare = rusqlite::Connection::open(&path).expect("a plain connection");
        let mut group = c.benchmark_group(format!("search_{}k", n / 1000));
        group.sample_size(10);
        let mut lines = Vec::new();
        for text in queries(&api, &m) {
            let times: [RefCell<Vec<Duration>>; 5] = Default::default();
            let [page_t, scan_t, bare_page_t, bare_scan_t, box_t] = &times;
            let list = |limit: Option<u32>| {
                let filter = ParticipantFilter { meeting_id: m.clone(), search: Some(text.clone()), limit, ..Default::default() };
                api.list_participants(ListParticipantsArgs { filter, order: None, lang: None }).expect("a page")
            };
            let total = list(Some(1)).total;
            let query = fts(&text);
            const ALL: &str = "SELECT rowid FROM search_index WHERE search_index MATCH ?1";
            const FIRST: &str = "SELECT rowid FROM search_index WHERE search_index MATCH ?1 LIMIT ?2";
            let rowids = |sql: &str, params: &[&dyn rusqlite::ToSql]| {
                let mut stmt = bare.prepare_cached(sql).expect("a query");
                stmt.query_map(params, |r| r.get::<_, i64>(0)).expect("rows").collect::<rusqlite::Result<Vec<_>>>().expect("rowids")
            };
            let indexed = rowids(ALL, &[&query]).len();
            assert!(indexed as u64 >= total, "every participant matching “{text}” is in the index");
            group.bench_function(format!("participants_first_page/{text}"), |b| timed(b, page_t, || list(Some(PAGE))));
            group.bench_function(format!("participants_full_scan/{text}"), |b| timed(b, scan_t, || list(None)));
            group.bench_function(format!("bare_fts5_first_page/{text}"), |b| {
                timed(b, bare_page_t, || rowids(FIRST, &[&query, &PAGE]))
            });
            group.bench_function(format!("bare_fts5_all/{text}"), |b| timed(b, bare_scan_t, || rowids(ALL, &[&query])));
            group.bench_function(format!("search_box/{text}"), |b| {
                timed(b, box_t, || {
                    let args = SearchArgs { text: text.clone(), meeting_id: Some(m.clone()), per_kind: Some(8), ..Default::default() };
                    api.search(args).expect("search")
                })
            });
            lines.push((text, total, indexed, times.each_ref().map(median)));
        }
        group.finish();
        let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1e3);
        let ratio = |a: Duration, b: Duration| if b.is_zero() { "—".to_owned() } else { format!("{:.1}×", a.as_secs_f64() / b.as_secs_f64()) };
        println!("search at {n} participants, medians (ratio to the bare FTS5 query):");
        println!("  {:<12} {:>7} {:>7}  {:>20} {:>20} {:>10} {:>10} {:>10}", "query", "people", "indexed", "list first page", "list full scan", "fts5 page", "fts5 all", "search box");
        for (text, total, indexed, [page, scan, bare_page, bare_scan, search_box]) in lines {
            println!(
                "  {:<12} {total:>7} {indexed:>7}  {:>20} {:>20} {:>10} {:>10} {:>10}",
                format!("“{text}”"),
                format!("{} ({})", ms(page), ratio(page, bare_page)),
                format!("{} ({})", ms(scan), ratio(scan, bare_scan)),
                ms(bare_page),
                ms(bare_scan),
                ms(search_box),
            );
        }
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
