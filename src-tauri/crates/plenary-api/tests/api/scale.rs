//! A COP-sized meeting (the generator's, `ScaleSpec::cop()`): 70,000 participants in 200
//! delegations, to time pages of the list (first, middle, search; by name and in protocol
//! orders) and where their time goes. Ignored by default (it generates the COP meeting);
//! run in release with
//! `cargo test --release -p plenary-api --test api -- --ignored --nocapture pages_of_70000`.
//! With `PLENARY_SCALE_DB=/some/file.db` the filled database is kept and reused next time.

use plenary_api::{Api, Id, Lang, ListParticipantsArgs, ParticipantFilter, ScaleSpec};
use plenary_store::{ParticipantOrder, Store};
use std::time::{Duration, Instant};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time_page(api: &Api, filter: &ParticipantFilter, order: &str, lang: Lang) -> (Duration, usize, u64) {
    let args = || ListParticipantsArgs { filter: filter.clone(), order: Some(order.into()), lang: Some(lang) };
    let first = api.list_participants(args()).expect("a page");
    let times = (0..11)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(api.list_participants(args()).expect("a page"));
            start.elapsed()
        })
        .collect();
    (median(times), first.rows.len(), first.total)
}

/// Generates the COP meeting (70,000 participants in 200 delegations) in the database at
/// `path` and returns it.
fn fill(path: &std::path::Path) -> Id {
    let api = Api::open(path, Lang::En).expect("the API opens");
    let start = Instant::now();
    let m = api.demo_scale(&ScaleSpec::cop()).expect("the COP meeting is generated").meeting_id;
    println!("generated the COP meeting in {:.1?}", start.elapsed());
    m
}

#[test]
#[ignore = "generates the COP meeting (70,000 participants); run by hand in release"]
fn pages_of_70000_participants_take_milliseconds() {
    let dir = tempfile::tempdir().expect("temp dir");
    // PLENARY_SCALE_DB keeps the filled database between runs (filling takes a while).
    let path = std::env::var_os("PLENARY_SCALE_DB").map_or_else(|| dir.path().join("plenary.db"), Into::into);
    let m = if path.exists() {
        Api::open(&path, Lang::En).expect("reopen").list_meetings().expect("meetings")[0].meeting.id.clone()
    } else {
        fill(&path)
    };
    let start = Instant::now();
    let api = Api::open(&path, Lang::En).expect("reopen");
    println!("opened in {:.1?}", start.elapsed());

    let page = |offset: u32, search: Option<&str>| ParticipantFilter {
        meeting_id: m.clone(),
        search: search.map(String::from),
        limit: Some(500),
        offset,
        ..Default::default()
    };
    let mut slow = Vec::new();
    println!("{:<10} {:<4} {:<28} {:>10} {:>6} {:>7}", "order", "lang", "page", "median", "rows", "total");
    for (order, lang) in [("name", Lang::En), ("name", Lang::Fr), ("protocol", Lang::En), ("protocol", Lang::Fr), ("lot:FR", Lang::Fr)] {
        for (what, filter) in [
            ("first (offset 0)", page(0, None)),
            ("middle (offset 35,000)", page(35_000, None)),
            ("search “okafor”", page(0, Some("okafor"))),
            ("search “direct”", page(0, Some("direct"))),
        ] {
            let (t, rows, total) = time_page(&api, &filter, order, lang);
            println!("{order:<10} {:<4} {what:<28} {:>8.2?} {rows:>6} {total:>7}", lang.code(), t);
            if t > Duration::from_millis(if cfg!(debug_assertions) { 2_000 } else { 100 }) {
                slow.push(format!("{order} {lang} {what}: {t:.2?}"));
            }
        }
    }
    // Where the time of a page goes, through the store.
    let store = Store::open(&path).expect("the store opens");
    let time = |what: &str, f: &dyn Fn(&plenary_store::Db<'_>) -> plenary_store::Result<usize>| {
        let times = (0..11)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(store.read(|db| f(db)).expect("reads"));
                start.elapsed()
            })
            .collect();
        println!("  {what:<48} {:>8.2?}", median(times));
    };
    let everyone = page(0, None);
    let middle = page(35_000, None);
    let search = page(0, Some("direct"));
    time("count, no filter", &|db| db.count_participants(&everyone).map(|n| n as usize));
    time("count, search “direct”", &|db| db.count_participants(&search).map(|n| n as usize));
    time("delegations (to order them)", &|db| db.delegations(&m).map(|d| d.len()));
    time("meeting", &|db| db.meeting(&m).map(|_| 1));
    time("page by name, offset 0", &|db| db.participants_page(&everyone, ParticipantOrder::Name(Lang::En)).map(|r| r.len()));
    time("page by name, offset 35,000", &|db| db.participants_page(&middle, ParticipantOrder::Name(Lang::En)).map(|r| r.len()));
    let order: Vec<Id> = store.read(|db| db.delegations(&m)).expect("delegations").into_iter().map(|d| d.delegation.id).collect();
    let precedence = ParticipantOrder::Precedence { delegations: &order, lang: Lang::En };
    time("page in precedence, offset 35,000", &|db| db.participants_page(&middle, precedence).map(|r| r.len()));
    time("page in precedence, search “direct”", &|db| db.participants_page(&search, precedence).map(|r| r.len()));

    // The header's search box: every kind, a few per kind with each kind's total.
    println!("{:<34} {:>10} {:>6} {:>7}", "search box", "median", "hits", "total");
    for text in ["okafor", "direct", "a", "ngo", "nguyen ama"] {
        let args = || plenary_api::SearchArgs { text: text.into(), meeting_id: Some(m.clone()), per_kind: Some(8), ..Default::default() };
        let first = api.search(args()).expect("search");
        let times = (0..11)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(api.search(args()).expect("search"));
                start.elapsed()
            })
            .collect();
        let total: u64 = first.iter().filter(|h| h.kind == "participant").map(|h| h.kind_total).next().unwrap_or(0);
        println!("{:<34} {:>8.2?} {:>6} {total:>7}", format!("“{text}”"), median(times), first.len());
    }

    assert!(slow.is_empty(), "a page takes well under 100 ms in release: {slow:?}");
}
