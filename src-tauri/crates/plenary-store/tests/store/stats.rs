//! Statistics counted by SQL: by country in each language's names and collation,
//! attendance, delegation category and gender per category.

use crate::harness::TempDb;
use crate::seed;
use plenary_core::participant::Gender;
use plenary_core::stats::{Count, GenderBalance};
use plenary_core::{Id, Lang};
use plenary_store::Store;

fn counts(list: &[Count]) -> Vec<(&str, &str, u64)> {
    list.iter().map(|c| (c.key.as_str(), c.label.as_str(), c.count)).collect()
}

/// Lagos plus Egypt (one person, registered with a badge) and Ethiopia (one, gender not recorded).
fn lagos_and_more() -> (TempDb, Store) {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    store
        .write(|d| {
            d.save_delegation(&seed::country_delegation("d-eg", "m1", "EG"))?;
            d.save_delegation(&seed::country_delegation("d-et", "m1", "ET"))?;
            let mut egypt = seed::person("p-eg", "m1", "d-eg", "Omar", "Hassan");
            egypt.gender = Some(Gender::Male);
            egypt.registered = true;
            egypt.badge_printed = true;
            d.save_participant(&egypt)?;
            d.save_participant(&seed::person("p-et", "m1", "d-et", "Abebe", "Bekele"))
        })
        .expect("two more delegations");
    (db, store)
}

#[test]
fn participants_by_country_are_largest_first_then_in_the_languages_collation() {
    let (_db, store) = lagos_and_more();
    let en = store.read(|d| d.meeting_stats(&Id::from("m1"), Lang::En)).expect("stats");
    assert_eq!(
        counts(&en.participants_by_country),
        [("NG", "Nigeria", 2), ("EG", "Egypt", 1), ("ET", "Ethiopia", 1), ("SN", "Senegal", 1)],
        "Nigeria's two first, then the ones in English alphabetical order; the IOM is not a country"
    );
    let fr = store.read(|d| d.meeting_stats(&Id::from("m1"), Lang::Fr)).expect("stats");
    assert_eq!(
        counts(&fr.participants_by_country),
        [("NG", "Nigeria", 2), ("EG", "Égypte", 1), ("ET", "Éthiopie", 1), ("SN", "Sénégal", 1)],
        "French names, and “Égypte” sorts among the E's, not after the Z's"
    );
}

#[test]
fn attendance_is_counted_of_the_total() {
    let (_db, store) = lagos_and_more();
    let s = store.read(|d| d.meeting_stats(&Id::from("m1"), Lang::En)).expect("stats");
    assert_eq!(s.representatives, 6);
    assert_eq!((s.registered, s.attended, s.badges_printed), (1, 3, 1), "Aïssatou, Tunde and Cyrille attended; Omar registered with a badge");
}

#[test]
fn participants_and_gender_are_counted_by_delegation_category_in_listing_order() {
    let (_db, store) = lagos_and_more();
    let s = store.read(|d| d.meeting_stats(&Id::from("m1"), Lang::Fr)).expect("stats");
    let categories: Vec<(&str, u64)> = s.participants_by_category.iter().map(|c| (c.key.as_str(), c.count)).collect();
    assert_eq!(categories, [("member_state", 5), ("specialised_agency", 1)], "states first, then the IOM (a related organisation), as in the UN list");
    assert_eq!(s.participants_by_category[0].label, "États Membres de l’Organisation des Nations Unies", "labels in French");
    let genders: Vec<(&str, &GenderBalance)> = s.gender_by_category.iter().map(|g| (g.key.as_str(), &g.gender)).collect();
    assert_eq!(
        genders,
        [
            ("member_state", &GenderBalance { female: 2, male: 2, other: 0, unknown: 1 }),
            ("specialised_agency", &GenderBalance { female: 0, male: 1, other: 0, unknown: 0 }),
        ],
        "each group's balance, the unrecorded counted apart"
    );
    let total: u64 = s.gender_by_category.iter().map(|g| g.gender.female + g.gender.male + g.gender.other + g.gender.unknown).sum();
    assert_eq!(total, s.representatives, "every participant is in one group");
}
