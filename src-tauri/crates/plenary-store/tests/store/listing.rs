//! Listing participants: filters, pages, and the UN listing groups computed in SQL.

use crate::harness::TempDb;
use crate::seed;
use plenary_core::country::UnStatus;
use plenary_core::delegation::{Accreditation, ListingCategory};
use plenary_core::organisation::OrgCategory;
use plenary_core::participant::{Gender, Role};
use plenary_core::{Id, Lang};
use plenary_store::{ParticipantFilter, Store};
use std::collections::BTreeMap;

/// Lagos plus France's accredited delegation with Marie Dubois (female, absent).
fn lagos_and_france() -> (TempDb, Store) {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    store
        .write(|d| {
            let mut fr = seed::country_delegation("d-fr", "m1", "FR");
            fr.status = Accreditation::Accredited;
            d.save_delegation(&fr)?;
            let mut marie = seed::person("p-marie", "m1", "d-fr", "Marie", "Dubois");
            marie.gender = Some(Gender::Female);
            d.save_participant(&marie)
        })
        .expect("France");
    (db, store)
}

fn all() -> ParticipantFilter {
    ParticipantFilter { meeting_id: Id::from("m1"), ..Default::default() }
}

/// The ids listed for `filter`, in list order, and checks that the count agrees.
fn listed(store: &Store, filter: &ParticipantFilter) -> Vec<String> {
    let rows = store.read(|d| d.participants(filter)).expect("participants");
    let n = store.read(|d| d.count_participants(filter)).expect("count");
    if filter.limit.is_none() && filter.offset == 0 {
        assert_eq!(n as usize, rows.len(), "the count agrees with the list for {filter:?}");
    }
    rows.into_iter().map(|r| r.participant.id.to_string()).collect()
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

#[test]
fn without_filters_everyone_is_listed_by_family_name() {
    let (_db, store) = lagos_and_france();
    assert_eq!(
        listed(&store, &all()),
        ["p-cyrille", "p-amina", "p-marie", "p-aissatou", "p-tunde"],
        "Baumgartner, Bello, Dubois, Ndiaye, Okonkwo: heads and members alike"
    );
}

#[test]
fn each_filter_keeps_only_what_it_names() {
    let (_db, store) = lagos_and_france();
    let cases: Vec<(&str, ParticipantFilter, Vec<&str>)> = vec![
        ("delegation", ParticipantFilter { delegation_id: Some(Id::from("d-ng")), ..all() }, vec!["p-amina", "p-tunde"]),
        (
            "member states",
            ParticipantFilter { listing: Some(ListingCategory::MemberState), ..all() },
            vec!["p-aissatou", "p-amina", "p-marie", "p-tunde"],
        ),
        ("specialised agencies", ParticipantFilter { listing: Some(ListingCategory::SpecialisedAgency), ..all() }, vec!["p-cyrille"]),
        ("non-governmental", ParticipantFilter { listing: Some(ListingCategory::NonGovernmental), ..all() }, vec![]),
        ("Africa (002)", ParticipantFilter { region: Some("002".into()), ..all() }, vec!["p-aissatou", "p-amina", "p-tunde"]),
        ("Western Africa (011)", ParticipantFilter { region: Some("011".into()), ..all() }, vec!["p-aissatou", "p-amina", "p-tunde"]),
        ("Western Europe (155)", ParticipantFilter { region: Some("155".into()), ..all() }, vec!["p-marie"]),
        ("speakers", ParticipantFilter { role: Some(Role::Speaker), ..all() }, vec!["p-aissatou"]),
        ("rapporteurs", ParticipantFilter { role: Some(Role::Rapporteur), ..all() }, vec!["p-tunde"]),
        ("heads", ParticipantFilter { heads_only: true, ..all() }, vec!["p-aissatou", "p-amina", "p-cyrille"]),
        ("women", ParticipantFilter { gender: Some(Gender::Female), ..all() }, vec!["p-aissatou", "p-amina", "p-marie"]),
        ("attended", ParticipantFilter { attended: Some(true), ..all() }, vec!["p-aissatou", "p-cyrille", "p-tunde"]),
        ("absent", ParticipantFilter { attended: Some(false), ..all() }, vec!["p-amina", "p-marie"]),
        ("accredited", ParticipantFilter { status: Some(Accreditation::Accredited), ..all() }, vec!["p-marie"]),
        (
            "men of Africa",
            ParticipantFilter { region: Some("002".into()), gender: Some(Gender::Male), ..all() },
            vec!["p-tunde"],
        ),
        (
            "heads found by search",
            ParticipantFilter { heads_only: true, search: Some("nigeria".into()), ..all() },
            vec!["p-amina"],
        ),
    ];
    for (what, filter, expected) in cases {
        assert_eq!(sorted(listed(&store, &filter)), expected, "filter: {what}");
    }
}

#[test]
fn pages_follow_the_list_order_and_the_count_ignores_them() {
    let (_db, store) = lagos_and_france();
    let page = |limit: u32, offset: u32| listed(&store, &ParticipantFilter { limit: Some(limit), offset, ..all() });
    assert_eq!(page(2, 0), ["p-cyrille", "p-amina"]);
    assert_eq!(page(2, 2), ["p-marie", "p-aissatou"]);
    assert_eq!(page(2, 4), ["p-tunde"], "the last page is short");
    assert!(page(2, 6).is_empty(), "past the end is empty, not an error");
    assert!(page(0, 0).is_empty(), "limit 0 lists nothing");
    let offset_only = listed(&store, &ParticipantFilter { offset: 3, ..all() });
    assert_eq!(offset_only, ["p-aissatou", "p-tunde"], "an offset without a limit skips and lists the rest");
    let paged = ParticipantFilter { limit: Some(2), offset: 2, ..all() };
    assert_eq!(store.read(|d| d.count_participants(&paged)).expect("count"), 5, "the count is of every match, not of the page");
    let heads = ParticipantFilter { heads_only: true, limit: Some(1), ..all() };
    assert_eq!(store.read(|d| d.count_participants(&heads)).expect("count"), 3, "filters apply to the count, paging does not");
}

#[test]
fn the_sql_listing_group_agrees_with_the_domain_for_every_category() {
    let db = TempDb::new();
    let mut store = db.store();
    // One delegation per organisation category, and states of each UN status.
    let mut expected: BTreeMap<String, ListingCategory> = BTreeMap::new();
    store
        .write(|d| {
            d.insert_meeting(&seed::meeting("m1"))?;
            for (i, category) in OrgCategory::ALL.iter().enumerate() {
                let org = format!("o{i}");
                d.save_organisation(&seed::organisation(&org, &format!("Org {i}"), &format!("Org {i} fr"), None, *category))?;
                d.save_delegation(&seed::org_delegation(&format!("d{i}"), "m1", &org))?;
                d.save_participant(&seed::person(&format!("p-{}", category.as_str()), "m1", &format!("d{i}"), "A", category.as_str()))?;
                expected.insert(format!("p-{}", category.as_str()), ListingCategory::of_organisation(*category));
            }
            for (code, status) in [("NG", UnStatus::Member), ("VA", UnStatus::Observer), ("PS", UnStatus::Observer), ("PR", UnStatus::None)] {
                d.save_delegation(&seed::country_delegation(&format!("d-{code}"), "m1", code))?;
                d.save_participant(&seed::person(&format!("p-{code}"), "m1", &format!("d-{code}"), "A", code))?;
                expected.insert(format!("p-{code}"), ListingCategory::of_country(status));
            }
            Ok(())
        })
        .expect("one delegation per category");
    for code in ["NG", "VA", "PS", "PR"] {
        let country = plenary_core::country::country(code).expect("known country");
        let status = if code == "NG" { UnStatus::Member } else if code == "PR" { UnStatus::None } else { UnStatus::Observer };
        assert_eq!(country.un_status, status, "the test's assumption about {code}'s UN status holds");
    }

    let rows = store.read(|d| d.participants(&all())).expect("participants");
    assert_eq!(rows.len(), expected.len(), "every category has its participant listed");
    for row in &rows {
        let id = row.participant.id.to_string();
        assert_eq!(row.listing, expected[&id], "LISTING_SQL puts {id} where ListingCategory::of_* does");
        let delegation = store.read(|d| d.delegation_row(&row.participant.delegation_id)).expect("delegation");
        assert_eq!(delegation.listing, expected[&id], "the delegation row agrees for {id}");
    }
    for category in ListingCategory::ALL {
        let want: Vec<String> = expected.iter().filter(|(_, c)| *c == category).map(|(id, _)| id.clone()).collect();
        let got = sorted(listed(&store, &ParticipantFilter { listing: Some(*category), ..all() }));
        assert_eq!(got, want, "filtering on {category} uses the same groups");
    }
    let mut tally: BTreeMap<ListingCategory, u64> = BTreeMap::new();
    for c in expected.values() {
        *tally.entry(*c).or_default() += 1;
    }
    let stats = store.read(|d| d.meeting_stats(&Id::from("m1"), Lang::En)).expect("statistics");
    let by_listing: Vec<(String, u64)> = stats.participants_by_category.iter().map(|c| (c.key.clone(), c.count)).collect();
    let want: Vec<(String, u64)> = tally.into_iter().map(|(c, n)| (c.as_str().to_owned(), n)).collect();
    assert_eq!(by_listing, want, "the statistics use the same groups, in listing order");
}
