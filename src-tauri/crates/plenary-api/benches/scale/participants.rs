//! The participants of a generated meeting at 7,000, 35,000 and 70,000: the first page by
//! name and in protocol order, every page (a full scan, 500 at a time), a few searches
//! (first page of the filtered list), and the delegations in protocol order.

use super::generated::Generated;
use criterion::{BenchmarkId, Criterion};
use plenary_api::{Api, Id, Lang, ListDelegationsArgs, ListParticipantsArgs, ParticipantFilter};
use std::hint::black_box;

/// What the app's table shows at once.
const PAGE: u32 = 100;

/// A full scan reads this many at a time.
const SCAN_PAGE: u32 = 500;

/// Searches: a family name, a Vietnamese one typed without accents, a word of functions,
/// an Arabic given name.
const SEARCHES: [&str; 4] = ["okafor", "nguyen", "director", "محمد"];

fn page(api: &Api, meeting_id: &Id, order: &str, search: Option<&str>, limit: u32, offset: u32) -> (usize, u64) {
    let filter = ParticipantFilter { meeting_id: meeting_id.clone(), search: search.map(String::from), limit: Some(limit), offset, ..Default::default() };
    let page = api.list_participants(ListParticipantsArgs { filter, order: Some(order.into()), lang: Some(Lang::En) }).expect("a page");
    (page.rows.len(), page.total)
}

/// Reads every page in `order`; returns how many rows were read.
fn scan(api: &Api, meeting_id: &Id, order: &str) -> u32 {
    let mut offset = 0;
    loop {
        let (rows, total) = page(api, meeting_id, order, None, SCAN_PAGE, offset);
        offset += rows as u32;
        if rows == 0 || u64::from(offset) >= total {
            return offset;
        }
    }
}

/// The benchmarks of this part over every generated meeting.
pub fn bench(c: &mut Criterion, meetings: &[Generated]) {
    let mut group = c.benchmark_group("participants");
    for m in meetings {
        let api = m.api();
        let id = &m.meeting_id;
        group.bench_function(BenchmarkId::new("first page by name", m.label()), |b| b.iter(|| black_box(page(&api, id, "name", None, PAGE, 0))));
        group.bench_function(BenchmarkId::new("first page in protocol order", m.label()), |b| {
            b.iter(|| black_box(page(&api, id, "protocol", None, PAGE, 0)))
        });
        for (name, order) in [("every page by name (full scan)", "name"), ("every page in protocol order (full scan)", "protocol")] {
            group.bench_function(BenchmarkId::new(name, m.label()), |b| b.iter(|| black_box(scan(&api, id, order))));
        }
        for text in SEARCHES {
            let (_, hits) = page(&api, id, "name", Some(text), PAGE, 0);
            eprintln!("{}: search “{text}” finds {hits}", m.label());
            group.bench_function(BenchmarkId::new(format!("search “{text}”, first page"), m.label()), |b| {
                b.iter(|| black_box(page(&api, id, "name", Some(text), PAGE, 0)))
            });
        }
        group.bench_function(BenchmarkId::new("delegations in protocol order", m.label()), |b| {
            b.iter(|| {
                let args = ListDelegationsArgs { meeting_id: id.clone(), order: Some("protocol".into()), lang: Some(Lang::Fr) };
                black_box(api.list_delegations(args).expect("the delegations").len())
            })
        });
    }
    group.finish();
}
