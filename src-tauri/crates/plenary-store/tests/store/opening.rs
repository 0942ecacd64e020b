//! Opening a database: pragmas, reference data, reopening.

use crate::harness::{TempDb, count, raw, row_counts};
use crate::seed;
use plenary_core::country::{countries, m49_regions};
use plenary_core::participant::Participant;
use plenary_core::{DomainError, ErrorCode, Id};
use plenary_store::{ParticipantFilter, migrations};

#[test]
fn a_new_file_is_opened_in_wal_mode_with_full_sync_and_foreign_keys() {
    let db = TempDb::new();
    let store = db.store();
    assert_eq!(store.path(), Some(db.path.as_path()), "the store writes the file it was given");
    let mode: String = db.raw().query_row("PRAGMA journal_mode", [], |r| r.get(0)).expect("journal_mode");
    assert_eq!(mode, "wal", "WAL is recorded in the file, so another connection sees it: readers never block the writer");
    assert_eq!(store.pragma("journal_mode").expect("journal_mode"), "wal");
    assert_eq!(store.pragma("synchronous").expect("synchronous"), "2", "FULL: a committed write survives a power loss");
    assert_eq!(store.pragma("foreign_keys").expect("foreign_keys"), "1", "cascades and references are enforced");
    assert_eq!(store.pragma("trusted_schema").expect("trusted_schema"), "0", "the schema is not trusted to run arbitrary functions");
    assert_eq!(store.pragma("busy_timeout").expect("busy_timeout"), "5000", "a write waits 5 s for another process's lock");
    assert_eq!(store.schema_version().expect("version"), migrations::latest_version(), "a new file gets the latest schema");
    assert_eq!(store.quick_check().expect("quick_check"), "ok");
    assert_eq!(store.integrity_check().expect("integrity_check"), "ok");
}

#[test]
fn the_pragma_accessor_only_reads_known_settings() {
    let db = TempDb::new();
    let store = db.store();
    for name in ["journal_mode=DELETE", "foreign_keys = OFF", "wal_checkpoint", "optimize", "user_version; DROP TABLE meetings"] {
        let err = DomainError::from(store.pragma(name).expect_err(name));
        assert_eq!(err.code, ErrorCode::Invalid, "{name} is not a setting the accessor reads, so it must not run");
    }
    assert_eq!(store.pragma("journal_mode").expect("journal_mode"), "wal", "nothing was changed by the refused names");
    assert_eq!(store.pragma("foreign_keys").expect("foreign_keys"), "1");
}

#[test]
fn foreign_keys_are_enforced_on_the_stores_connection() {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    // Only enforced foreign keys cascade: deleting a delegation must take its people with it.
    store.write(|d| d.delete_delegation(&Id::from("d-ng"))).expect("delete delegation");
    let conn = db.raw();
    assert_eq!(count(&conn, "SELECT count(*) FROM participants WHERE delegation_id = 'd-ng'", []), 0, "ON DELETE CASCADE ran");
    assert_eq!(count(&conn, "SELECT count(*) FROM participant_roles WHERE participant_id = 'p-tunde'", []), 0);
}

#[test]
fn the_reference_data_is_loaded_on_first_open() {
    let db = TempDb::new();
    let _store = db.store();
    let conn = db.raw();
    assert_eq!(count(&conn, "SELECT count(*) FROM countries", []), 249, "every ISO 3166-1 country or area");
    assert_eq!(count(&conn, "SELECT count(*) FROM countries", []) as usize, countries().len());
    assert_eq!(count(&conn, "SELECT count(*) FROM m49_regions", []) as usize, m49_regions().len());
    assert_eq!(count(&conn, "SELECT count(*) FROM countries WHERE un_status = 'member'", []), 193, "the 193 UN member states");
    let nigeria: (String, String, String) = conn
        .query_row("SELECT name_en, name_fr, region FROM countries WHERE alpha2 = 'NG'", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("Nigeria");
    assert_eq!(nigeria, ("Nigeria".into(), "Nigeria".into(), "002".into()), "French writes Nigeria without an accent");
    let ivory: String = conn.query_row("SELECT name_fr FROM countries WHERE alpha3 = 'CIV'", [], |r| r.get(0)).expect("Côte d'Ivoire");
    assert!(ivory.starts_with("Côte d") && ivory.ends_with("Ivoire"), "Côte d'Ivoire is present with its accent: {ivory}");
    assert_eq!(count(&conn, "SELECT count(*) FROM pragma_foreign_key_check", []), 0, "every country's regions exist");
}

#[test]
fn delegations_read_their_names_from_the_reference_data() {
    let db = TempDb::new();
    let mut store = db.store();
    store.write(seed::lagos).expect("seed");
    let ng = store.read(|d| d.delegation_row(&Id::from("d-ng"))).expect("Nigeria's delegation");
    assert_eq!((ng.name_en.as_str(), ng.name_fr.as_str()), ("Nigeria", "Nigeria"));
    assert_eq!((ng.region.as_deref(), ng.subregion.as_deref()), (Some("002"), Some("202")), "Nigeria is in Sub-Saharan Africa");
    let sn = store.read(|d| d.delegation_row(&Id::from("d-sn"))).expect("Senegal's delegation");
    assert_eq!((sn.name_en.as_str(), sn.name_fr.as_str()), ("Senegal", "Sénégal"));
}

#[test]
fn reopening_does_not_duplicate_anything() {
    let db = TempDb::new();
    {
        let mut store = db.store();
        store.write(seed::lagos).expect("seed");
    }
    let before = row_counts(&raw(&db.path));
    for _ in 0..2 {
        let store = db.store();
        assert_eq!(store.schema_version().expect("version"), migrations::latest_version());
        let people = store
            .read(|d| d.participants(&ParticipantFilter { meeting_id: Id::from("m1"), ..Default::default() }))
            .expect("participants");
        assert_eq!(people.len(), 4, "the same four people after reopening");
    }
    assert_eq!(row_counts(&raw(&db.path)), before, "reopening neither re-inserts reference data nor re-indexes rows twice");
}

#[test]
fn reference_names_changed_by_a_new_binary_are_searchable_after_reopening() {
    let db = TempDb::new();
    {
        let mut store = db.store();
        store
            .write(|d| {
                d.insert_meeting(&seed::meeting("m1"))?;
                d.save_delegation(&seed::country_delegation("d-sz", "m1", "SZ"))?;
                d.save_participant(&seed::person("p-sz", "m1", "d-sz", "Thandi", "Dlamini"))
            })
            .expect("seed");
    }
    // What an older binary left: the country under its former name, its people indexed
    // under it (the same statements as `rebuild_search_index`), and the fingerprint of its
    // older reference data.
    {
        let conn = db.raw();
        conn.execute_batch(
            "UPDATE countries SET name_en = 'Swaziland', name_fr = 'Swaziland' WHERE alpha2 = 'SZ';
             UPDATE meta SET value = 'reference data of an older binary' WHERE key = 'reference_data';
             DELETE FROM search_index; DELETE FROM search_keys;
             INSERT INTO search_keys (ref_id, kind, meeting_id) SELECT ref_id, kind, meeting_id FROM search_source;
             INSERT INTO search_index (rowid, body)
             SELECT k.rowid, s.body FROM search_source s JOIN search_keys k ON k.ref_id = s.ref_id;",
        )
        .expect("age the reference data");
        let old = count(&conn, "SELECT count(*) FROM search_index WHERE search_index MATCH 'swaziland'", []);
        assert_eq!(old, 1, "the older binary's index finds the participant under the former name");
    }
    // A newer binary opens the file and refreshes the reference data.
    let store = db.store();
    let conn = db.raw();
    let name: String = conn.query_row("SELECT name_en FROM countries WHERE alpha2 = 'SZ'", [], |r| r.get(0)).expect("SZ");
    assert_eq!(name, "Eswatini", "the reference data was refreshed on open");
    assert_eq!(search_people(&store, "eswatini"), ["p-sz"], "participants are found by their country's current name");
    assert!(search_people(&store, "swaziland").is_empty(), "the former name no longer matches");
    let problems = store.read(|d| d.check()).expect("check");
    assert!(problems.is_empty(), "{problems:?}");
}

fn search_people(store: &plenary_store::Store, text: &str) -> Vec<String> {
    let filter = ParticipantFilter { meeting_id: Id::from("m1"), search: Some(text.into()), ..Default::default() };
    let rows: Vec<Participant> =
        store.read(|d| d.participants(&filter)).expect("search").into_iter().map(|r| r.participant).collect();
    rows.into_iter().map(|p| p.id.to_string()).collect()
}
