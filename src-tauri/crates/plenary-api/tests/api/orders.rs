//! Participant lists of the demo meeting in every order, sorted and cut by SQLite, against
//! the Rust sorts they replaced (every row loaded, then sorted with the collator), and
//! pages that put together make the whole list.

use crate::host::host;
use plenary_api::core::participant::Participant;
use plenary_api::core::protocol::{PrecedenceKey, ProtocolOrder, by_precedence, compare};
use plenary_api::{Api, Id, Lang, ListDelegationsArgs, ListParticipantsArgs, ParticipantFilter, ParticipantRow};
use std::collections::{HashMap, HashSet};

/// Every order the list offers, in both languages of request.
const ORDERS: [(&str, Lang); 10] = [
    ("name", Lang::En),
    ("name", Lang::Fr),
    ("en", Lang::En),
    ("en", Lang::Fr),
    ("fr", Lang::En),
    ("fr", Lang::Fr),
    ("protocol", Lang::En),
    ("protocol", Lang::Fr),
    ("lot:FR", Lang::En),
    ("lot:FR", Lang::Fr),
];

fn list(api: &Api, filter: ParticipantFilter, order: &str, lang: Lang) -> plenary_api::ParticipantPage {
    api.list_participants(ListParticipantsArgs { filter, order: Some(order.into()), lang: Some(lang) })
        .unwrap_or_else(|e| panic!("{order} ({lang}): {e:?}"))
}

fn ids(rows: &[ParticipantRow]) -> Vec<Id> {
    rows.iter().map(|r| r.participant.id.clone()).collect()
}

fn precedence(p: &Participant) -> PrecedenceKey<'_> {
    PrecedenceKey { is_head: p.is_head, rank: p.rank, family_name: &p.family_name, given_name: &p.given_name }
}

/// `rows` in `order` as `list_participants` sorted them before SQL did: by name with the
/// collator, or delegations as `list_delegations` orders them and people by precedence.
fn sorted_in_rust(api: &Api, meeting_id: &Id, mut rows: Vec<ParticipantRow>, order: &str, lang: Lang) -> Vec<Id> {
    if order == "name" {
        rows.sort_by(|a, b| {
            let (a, b) = (&a.participant, &b.participant);
            compare(lang, &a.family_name, &b.family_name).then_with(|| compare(lang, &a.given_name, &b.given_name)).then_with(|| a.id.cmp(&b.id))
        });
        return ids(&rows);
    }
    let names = ProtocolOrder::parse(order, lang).expect("a valid order").lang();
    let delegations = api
        .list_delegations(ListDelegationsArgs { meeting_id: meeting_id.clone(), order: Some(order.into()), lang: Some(lang) })
        .expect("delegations");
    let rank: HashMap<Id, usize> = delegations.into_iter().enumerate().map(|(i, d)| (d.delegation.id, i)).collect();
    rows.sort_by(|a, b| {
        let (a, b) = (&a.participant, &b.participant);
        rank[&a.delegation_id].cmp(&rank[&b.delegation_id]).then_with(|| by_precedence(names, precedence(a), precedence(b))).then_with(|| a.id.cmp(&b.id))
    });
    ids(&rows)
}

#[test]
fn every_order_gives_the_sequence_the_rust_sorts_gave_on_the_demo() {
    let (_dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    let everyone = ParticipantFilter { meeting_id: m.clone(), ..Default::default() };
    let mut sequences = HashSet::new();
    for (order, lang) in ORDERS {
        let page = list(&api, everyone.clone(), order, lang);
        assert_eq!((page.total, page.rows.len()), (166, 166), "{order} ({lang}): everyone, once");
        let got = ids(&page.rows);
        let expected = sorted_in_rust(&api, &m, page.rows, order, lang);
        assert_eq!(got, expected, "{order} ({lang}): SQL gives the order the Rust sort gave");
        sequences.insert(got);
    }
    assert!(sequences.len() >= 6, "the orders differ from one another, so the comparison means something: {}", sequences.len());

    let fr = list(&api, everyone.clone(), "name", Lang::Fr).rows;
    let family: Vec<&str> = fr.iter().map(|r| r.participant.family_name.as_str()).collect();
    let after = |name: &str| family[family.iter().position(|f| *f == name).unwrap_or_else(|| panic!("{name} is at the demo"))..][..3].to_vec();
    assert_eq!(after("Sarr"), ["Sarr", "Sène", "Sesay-Koroma"], "accents are secondary: Sène sorts among the S's, not after Z");
    assert_eq!(after("Ngono Essomba"), ["Ngono Essomba", "Núñez Gallego", "Nur"], "Núñez among the N's");
    assert_eq!(after("Kouakou"), ["Kouakou", "Kouamé", "Kourouma"]);
    assert_eq!(after("Rousseau"), ["Rousseau", "Sánchez Ibáñez", "Sangaré"], "Sánchez before Sangaré: á is an a");
    assert_eq!(family.last(), Some(&"Zammit Borg"));
    let lot = list(&api, everyone, "lot:FR", Lang::Fr).rows;
    assert_eq!(lot[0].delegation_en, "France", "drawn by lot, France's delegation leads");
    assert!(lot[0].participant.is_head, "led by its head");
}

#[test]
fn pages_in_every_order_are_consecutive_and_make_up_the_whole_list() {
    let (_dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    for (order, lang) in ORDERS {
        let whole = ids(&list(&api, ParticipantFilter { meeting_id: m.clone(), ..Default::default() }, order, lang).rows);
        for size in [50u32, 7] {
            let mut joined: Vec<Id> = Vec::new();
            let mut offset = 0;
            loop {
                let page = list(&api, ParticipantFilter { meeting_id: m.clone(), limit: Some(size), offset, ..Default::default() }, order, lang);
                assert_eq!(page.total, 166, "{order} ({lang}): the total ignores the page");
                if page.rows.is_empty() {
                    break;
                }
                let expected = (whole.len() - offset as usize).min(size as usize);
                assert_eq!(page.rows.len(), expected, "{order} ({lang}): the page at {offset} holds {expected} rows");
                let seen: HashSet<&Id> = joined.iter().collect();
                assert!(page.rows.iter().all(|r| !seen.contains(&r.participant.id)), "{order} ({lang}): the page at {offset} repeats nobody");
                joined.extend(ids(&page.rows));
                offset += size;
            }
            assert_eq!(joined, whole, "{order} ({lang}): pages of {size} put together are the whole list, in order");
        }
    }
}

#[test]
fn a_search_page_keeps_the_order_of_the_whole_list() {
    let (_dir, api) = host();
    let m = api.demo().expect("demo").meeting_id;
    for (order, lang) in ORDERS {
        let whole = ids(&list(&api, ParticipantFilter { meeting_id: m.clone(), ..Default::default() }, order, lang).rows);
        let found = list(&api, ParticipantFilter { meeting_id: m.clone(), search: Some("directeur".into()), ..Default::default() }, order, lang);
        assert!(found.total > 1, "several directors at the demo meeting ({order})");
        let positions: Vec<usize> = found.rows.iter().map(|r| whole.iter().position(|id| *id == r.participant.id).expect("listed")).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{order} ({lang}): the hits come in the list's order: {positions:?}");
    }
}
