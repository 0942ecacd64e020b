//! Upgrading a database written by a schema-1 binary: the committed fixture
//! `tests/fixtures/db/schema-v1.sqlite` (repository root) and the generator that made it.

use crate::harness::{count, open_at, raw, row_counts};
use crate::seed::{date, pair, time};
use plenary_core::country::{country, m49_region};
use plenary_core::delegation::{Accreditation, Delegation, Party};
use plenary_core::meeting::{Meeting, MeetingKind, MeetingStatus, Room, parse_time_zone};
use plenary_core::organisation::{OrgCategory, Organisation};
use plenary_core::participant::{Gender, Participant, Rank, Role};
use plenary_core::session::{AgendaItem, Session, SessionKind, SessionRole};
use plenary_core::{BilingualText, Id, Lang};
use plenary_store::{ParticipantFilter, ParticipantOrder, migrations};
use rusqlite::{Connection, params};
use std::path::PathBuf;

/// The committed schema-1 database.
fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/db/schema-v1.sqlite")
}

/// When the schema-1 binary wrote every row.
const WRITTEN_AT: &str = "2024-06-01T08:00:00.000Z";

/// A session as written: the session, its people (participant, part, position) and items.
struct SessionV1 {
    session: Session,
    people: Vec<(&'static str, SessionRole, i64)>,
    items: Vec<AgendaItem>,
}

/// Everything the fixture holds, as domain values: what a schema-1 binary was asked to save.
struct ContentV1 {
    meeting: Meeting,
    organisation: Organisation,
    delegations: Vec<Delegation>,
    participants: Vec<Participant>,
    room: Room,
    sessions: Vec<SessionV1>,
}

fn delegation(id: &str, party: Party, status: Accreditation) -> Delegation {
    Delegation { id: Id::from(id), meeting_id: Id::from("m-dakar"), party, display_name_en: None, display_name_fr: None, status, credentials: None }
}

#[allow(clippy::too_many_arguments)]
fn participant(id: &str, delegation: &str, given: &str, family: &str, function: BilingualText, rank: Rank, gender: Gender, head: bool) -> Participant {
    Participant {
        id: Id::from(id),
        meeting_id: Id::from("m-dakar"),
        delegation_id: Id::from(delegation),
        honorific_prefix: None,
        honorific_suffix: None,
        given_name: given.into(),
        family_name: family.into(),
        family_name_first: false,
        function,
        gender: Some(gender),
        email: None,
        phone: None,
        language: None,
        rank,
        is_head: head,
        roles: vec![],
        registered: true,
        attended: false,
        badge_printed: false,
    }
}

fn content_v1() -> ContentV1 {
    let meeting = Meeting {
        id: Id::from("m-dakar"),
        title: pair("Thematic Meeting on Labour Migration", "Réunion thématique sur la migration de main-d’œuvre"),
        kind: MeetingKind::ThematicMeeting,
        start_date: date("2024-06-12"),
        end_date: date("2024-06-13"),
        venue: pair("King Fahd Palace Hotel", "Hôtel King Fahd Palace"),
        city: "Dakar".into(),
        country: Some("SN".into()),
        time_zone: parse_time_zone("Africa/Dakar").expect("zone"),
        languages: vec![Lang::Fr, Lang::En],
        status: MeetingStatus::Held,
    };
    let organisation = Organisation {
        id: Id::from("o-ecowas"),
        name_en: "Economic Community of West African States".into(),
        name_fr: "Communauté économique des États de l’Afrique de l’Ouest".into(),
        acronym_en: Some("ECOWAS".into()),
        acronym_fr: Some("CEDEAO".into()),
        category: OrgCategory::RegionalOrganisation,
    };
    let mut fr = delegation("d-fr", Party::Country("FR".into()), Accreditation::Accredited);
    fr.credentials = Some("Note verbale reçue le 3 juin".into());
    let delegations = vec![
        delegation("d-sn", Party::Country("SN".into()), Accreditation::Accredited),
        fr,
        delegation("d-ecowas", Party::Organisation(Id::from("o-ecowas")), Accreditation::Confirmed),
    ];

    let mut diop = participant(
        "p-diop", "d-sn", "Aïssatou", "Diop",
        pair("Director of Senegalese Abroad", "Directrice des Sénégalais de l’extérieur"),
        Rank::SeniorOfficial, Gender::Female, true,
    );
    diop.email = Some("aissatou.diop@example.sn".into());
    diop.roles = vec![Role::CoChair, Role::Speaker];
    diop.attended = true;
    diop.badge_printed = true;
    let mut sene = participant(
        "p-sene", "d-sn", "Mamadou Lamine", "Sène",
        pair("Technical Adviser", "Conseiller technique"),
        Rank::Official, Gender::Male, false,
    );
    sene.roles = vec![Role::Speaker];
    sene.language = Some(Lang::Fr);
    let mut lefevre = participant(
        "p-lefevre", "d-fr", "Hélène", "Lefèvre",
        pair("Ambassador for Migration", "Ambassadrice chargée des migrations"),
        Rank::Ambassador, Gender::Female, true,
    );
    lefevre.honorific_prefix = Some("S.E. Mme".into());
    lefevre.email = Some("helene.lefevre@example.fr".into());
    lefevre.phone = Some("+33 1 43 17 53 53".into());
    let mut dupre = participant(
        "p-dupre", "d-fr", "François", "Dupré-Caillé",
        BilingualText::original(Lang::Fr, "Sous-directeur des migrations économiques"),
        Rank::SeniorOfficial, Gender::Male, false,
    );
    dupre.roles = vec![Role::Rapporteur];
    let mut toure = participant(
        "p-toure", "d-ecowas", "Omar", "Touré",
        pair("Commissioner for Human Development", "Commissaire au développement humain"),
        Rank::SeniorOfficial, Gender::Male, true,
    );
    toure.honorific_suffix = Some("PhD".into());
    toure.family_name_first = true;
    toure.language = Some(Lang::En);

    let room = Room { id: Id::from("r-teranga"), meeting_id: Id::from("m-dakar"), name: "Salle Téranga".into(), capacity: Some(250) };
    let opening = Session {
        id: Id::from("s-ceremonie"),
        meeting_id: Id::from("m-dakar"),
        day: date("2024-06-12"),
        start: time("09:00"),
        end: time("10:30"),
        room_id: Some(room.id.clone()),
        kind: SessionKind::Opening,
        title: pair("Opening ceremony", "Cérémonie d’ouverture"),
        description: pair("Welcome by the host country and ECOWAS.", "Accueil par le pays hôte et la CEDEAO."),
        pillar_id: None,
        interpretation: vec![Lang::En, Lang::Fr],
    };
    let panel = Session {
        id: Id::from("s-panel"),
        day: date("2024-06-13"),
        start: time("14:00"),
        end: time("16:00"),
        room_id: None,
        kind: SessionKind::Panel,
        title: pair("Panel on skills partnerships", "Panel sur les partenariats de compétences"),
        description: BilingualText::default(),
        interpretation: vec![],
        ..opening.clone()
    };
    let sessions = vec![
        SessionV1 {
            people: vec![("p-diop", SessionRole::Chair, 1), ("p-sene", SessionRole::Speaker, 1), ("p-toure", SessionRole::Speaker, 2)],
            items: vec![AgendaItem {
                id: Id::from("a-bienvenue"),
                session_id: opening.id.clone(),
                position: 1,
                title: pair("Welcome remarks", "Mot de bienvenue"),
            }],
            session: opening,
        },
        SessionV1 { people: vec![("p-lefevre", SessionRole::Moderator, 1), ("p-dupre", SessionRole::Rapporteur, 1)], items: vec![], session: panel },
    ];
    ContentV1 { meeting, organisation, delegations, participants: vec![diop, sene, lefevre, dupre, toure], room, sessions }
}

/// Writes a text row as schema 1's `save_text` did: id `owner/field`, both sides.
fn insert_text(conn: &Connection, kind: &str, owner: &Id, field: &str, t: &BilingualText) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO texts (id, owner_kind, owner_id, field, en_text, en_state, en_source_hash, en_source_text,
                            fr_text, fr_state, fr_source_hash, fr_source_text, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
        params![
            format!("{owner}/{field}"), kind, owner.as_str(), field,
            t.en.text, t.en.state.as_str(), t.en.source_hash, t.en.source_text,
            t.fr.text, t.fr.state.as_str(), t.fr.source_hash, t.fr.source_text, WRITTEN_AT
        ],
    )?;
    Ok(())
}

fn langs(list: &[Lang]) -> String {
    list.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
}

/// Inserts the reference rows the content needs and the content, with plain SQL.
fn insert_v1(conn: &Connection, c: &ContentV1) -> rusqlite::Result<()> {
    for code in ["002", "202", "011", "150", "155"] {
        let r = m49_region(code).expect("known region");
        conn.execute("INSERT INTO m49_regions (code, name_en, name_fr) VALUES (?1, ?2, ?3)", params![r.code, r.name_en, r.name_fr])?;
    }
    for code in ["SN", "FR", "NG"] {
        let k = country(code).expect("known country");
        conn.execute(
            "INSERT INTO countries (alpha2, alpha3, numeric, name_en, name_fr, formal_en, formal_fr, un_status, region, subregion, intermediate_region)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'member', ?8, ?9, ?10)",
            params![k.alpha2, k.alpha3, k.numeric, k.name_en, k.name_fr, k.formal_en, k.formal_fr, k.region, k.subregion, k.intermediate_region],
        )?;
    }
    let m = &c.meeting;
    conn.execute(
        "INSERT INTO meetings (id, kind, start_date, end_date, city, country, time_zone, languages, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![m.id.as_str(), m.kind.as_str(), m.start_date.to_string(), m.end_date.to_string(), m.city, m.country,
                m.time_zone.name(), langs(&m.languages), m.status.as_str(), WRITTEN_AT],
    )?;
    insert_text(conn, "meeting", &m.id, "title", &m.title)?;
    insert_text(conn, "meeting", &m.id, "venue", &m.venue)?;
    let o = &c.organisation;
    conn.execute(
        "INSERT INTO organisations (id, name_en, name_fr, acronym_en, acronym_fr, category, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![o.id.as_str(), o.name_en, o.name_fr, o.acronym_en, o.acronym_fr, o.category.as_str(), WRITTEN_AT],
    )?;
    for d in &c.delegations {
        let (country, organisation) = match &d.party {
            Party::Country(code) => (Some(code.as_str()), None),
            Party::Organisation(id) => (None, Some(id.as_str())),
        };
        conn.execute(
            "INSERT INTO delegations (id, meeting_id, country, organisation_id, display_name_en, display_name_fr, status, credentials, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            params![d.id.as_str(), d.meeting_id.as_str(), country, organisation, d.display_name_en, d.display_name_fr,
                    d.status.as_str(), d.credentials, WRITTEN_AT],
        )?;
    }
    for p in &c.participants {
        conn.execute(
            "INSERT INTO participants (id, meeting_id, delegation_id, honorific_prefix, honorific_suffix, given_name, family_name,
                    family_name_first, gender, email, phone, language, rank, is_head, registered, attended, badge_printed, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
            params![p.id.as_str(), p.meeting_id.as_str(), p.delegation_id.as_str(), p.honorific_prefix, p.honorific_suffix,
                    p.given_name, p.family_name, p.family_name_first, p.gender.map(Gender::as_str), p.email, p.phone,
                    p.language.map(Lang::code), p.rank.as_str(), p.is_head, p.registered, p.attended, p.badge_printed, WRITTEN_AT],
        )?;
        for role in &p.roles {
            conn.execute("INSERT INTO participant_roles (participant_id, role) VALUES (?1, ?2)", params![p.id.as_str(), role.as_str()])?;
        }
        insert_text(conn, "participant", &p.id, "function", &p.function)?;
    }
    let r = &c.room;
    conn.execute(
        "INSERT INTO rooms (id, meeting_id, name, capacity, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![r.id.as_str(), r.meeting_id.as_str(), r.name, r.capacity, WRITTEN_AT],
    )?;
    for s in &c.sessions {
        let x = &s.session;
        conn.execute(
            "INSERT INTO sessions (id, meeting_id, day, start_time, end_time, time_zone, room_id, kind, pillar_id, interpretation, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, ?9, ?10, ?10)",
            params![x.id.as_str(), x.meeting_id.as_str(), x.day.to_string(), x.start.format("%H:%M").to_string(),
                    x.end.format("%H:%M").to_string(), c.meeting.time_zone.name(), x.room_id.as_ref().map(Id::as_str),
                    x.kind.as_str(), langs(&x.interpretation), WRITTEN_AT],
        )?;
        insert_text(conn, "session", &x.id, "title", &x.title)?;
        insert_text(conn, "session", &x.id, "description", &x.description)?;
        for (who, role, position) in &s.people {
            conn.execute(
                "INSERT INTO session_people (session_id, participant_id, role, position) VALUES (?1, ?2, ?3, ?4)",
                params![x.id.as_str(), who, role.as_str(), position],
            )?;
        }
        for item in &s.items {
            conn.execute(
                "INSERT INTO agenda_items (id, session_id, position, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                params![item.id.as_str(), item.session_id.as_str(), item.position, WRITTEN_AT],
            )?;
            insert_text(conn, "agenda_item", &item.id, "title", &item.title)?;
        }
    }
    Ok(())
}

/// Writes `tests/fixtures/db/schema-v1.sqlite`. Run once, by hand, and commit the file:
/// `cargo test -p plenary-store --test store -- --ignored make_schema_v1_fixture`.
/// Never regenerate it for a later schema: it stands for databases already in users' hands.
#[test]
#[ignore = "writes the committed fixture; run by hand only"]
fn make_schema_v1_fixture() {
    let path = fixture_path();
    std::fs::create_dir_all(path.parent().expect("folder")).expect("fixture folder");
    let temp = path.with_extension("sqlite.new");
    let _ = std::fs::remove_file(&temp);
    {
        let conn = Connection::open(&temp).expect("new file");
        // Small pages keep the ~50 tables and indexes of an almost empty database small.
        conn.execute_batch("PRAGMA page_size = 1024; PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = ON;").expect("pragmas");
        let (name, sql) = migrations::MIGRATIONS[0];
        assert_eq!(name, "0001_initial", "the fixture is schema 1 only");
        conn.execute_batch(sql).expect("schema 1");
        conn.execute_batch("PRAGMA user_version = 1").expect("version");
        insert_v1(&conn, &content_v1()).expect("content");
        assert_eq!(count(&conn, "SELECT count(*) FROM pragma_foreign_key_check", []), 0, "the fixture is consistent");
        conn.execute_batch("VACUUM").expect("vacuum");
        let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("integrity");
        assert_eq!(ok, "ok");
    }
    std::fs::rename(&temp, &path).expect("fixture in place");
    let size = std::fs::metadata(&path).expect("fixture").len();
    assert!(size < 200 * 1024, "the fixture stays small: {size} bytes");
}

#[test]
fn the_committed_fixture_is_a_small_single_file_of_schema_1() {
    let path = fixture_path();
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}; run make_schema_v1_fixture once", path.display()));
    assert!(bytes.len() < 200 * 1024, "the fixture stays small: {} bytes", bytes.len());
    assert_eq!(&bytes[..16], b"SQLite format 3\0");
    assert_eq!((bytes[18], bytes[19]), (1, 1), "rollback journal (not WAL): the database is this one file");
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("v1.sqlite");
    std::fs::copy(&path, &copy).expect("copy");
    let conn = raw(&copy);
    assert_eq!(count(&conn, "PRAGMA user_version", []), 1, "the fixture is at schema 1");
    // Its schema is what migration 1 alone creates.
    let fresh = Connection::open_in_memory().expect("memory");
    fresh.execute_batch(migrations::MIGRATIONS[0].1).expect("schema 1");
    let schema = |c: &Connection| -> Vec<(String, String)> {
        c.prepare("SELECT type, name FROM sqlite_schema ORDER BY type, name")
            .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
            .expect("schema")
    };
    assert_eq!(schema(&conn), schema(&fresh), "no table of a later migration sneaked into the fixture");
}

#[test]
fn a_schema_1_database_is_upgraded_with_its_data_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plenary.db");
    std::fs::copy(fixture_path(), &path).unwrap_or_else(|e| panic!("{}: {e}; run make_schema_v1_fixture once", fixture_path().display()));
    let before = row_counts(&raw(&path));
    let expected = content_v1();
    assert_eq!(before.get("participants"), Some(&5), "the fixture holds what content_v1 describes: {before:?}");
    assert_eq!(before.get("sessions"), Some(&2));
    assert_eq!(before.get("delegations"), Some(&3));

    let mut store = open_at(&path).expect("a schema-1 database opens");
    assert_eq!(store.schema_version().expect("version"), migrations::latest_version(), "every later migration ran");

    let after = row_counts(&raw(&path));
    for (table, n) in &before {
        match table.as_str() {
            // Reference data is refreshed to this binary's full lists on open.
            "countries" | "m49_regions" | "meta" => assert!(after[table] >= *n, "{table} lost rows"),
            _ => assert_eq!(after.get(table), Some(n), "{table} keeps its rows through the upgrade"),
        }
    }
    assert_eq!(after["countries"], 249, "the reference data is complete after the upgrade");
    crate::ordering::assert_keys_current(&raw(&path));
    assert_eq!(after["search_keys"], 5 + 3 + 2 + 1, "five people, three delegations, two sessions and one organisation were indexed");

    store
        .read(|d| {
            assert_eq!(d.meeting(&expected.meeting.id)?, expected.meeting, "the meeting reads back as written");
            assert_eq!(d.organisation(&expected.organisation.id)?, expected.organisation);
            for want in &expected.delegations {
                assert_eq!(&d.delegation(&want.id)?, want, "delegation {}", want.id);
            }
            for want in &expected.participants {
                assert_eq!(&d.participant(&want.id)?.participant, want, "participant {} reads back as written", want.id);
            }
            assert_eq!(d.rooms(&expected.meeting.id)?, std::slice::from_ref(&expected.room), "the room reads back as written");
            for want in &expected.sessions {
                let got = d.session(&want.session.id)?;
                assert_eq!(got.session, want.session, "session {} reads back as written", want.session.id);
                let people: Vec<(String, SessionRole, i64)> =
                    got.people.iter().map(|p| (p.participant_id.to_string(), p.role, p.position)).collect();
                let mut wanted: Vec<(String, SessionRole, i64)> = want.people.iter().map(|(p, r, n)| (p.to_string(), *r, *n)).collect();
                wanted.sort_by_key(|(_, r, n)| (*r, *n));
                assert_eq!(people, wanted, "the people of session {}", want.session.id);
                assert_eq!(got.items, want.items, "the agenda of session {}", want.session.id);
            }
            Ok(())
        })
        .expect("reads");

    let search = |store: &plenary_store::Store, text: &str| -> Vec<String> {
        let filter = ParticipantFilter { meeting_id: Id::from("m-dakar"), search: Some(text.into()), ..Default::default() };
        store.read(|d| d.participants(&filter)).expect("search").into_iter().map(|r| r.participant.id.to_string()).collect()
    };
    assert_eq!(search(&store, "helene lefevre"), ["p-lefevre"], "migration 2 back-filled the index: found without accents");
    assert_eq!(search(&store, "sene mamadou"), ["p-sene"]);
    assert_eq!(search(&store, "cedeao"), ["p-toure"], "by the organisation's French acronym");
    assert_eq!(search(&store, "sous-directeur"), ["p-dupre"], "by a French-only function");
    let hits = store.read(|d| d.search(Some(&Id::from("m-dakar")), "ceremonie", 10)).expect("search");
    assert_eq!(hits.iter().map(|h| h.id.to_string()).collect::<Vec<_>>(), ["s-ceremonie"], "sessions are back-filled too");
    let hits = store.read(|d| d.search(Some(&Id::from("m-dakar")), "bienvenue", 10)).expect("search");
    assert_eq!(hits.iter().map(|h| h.id.to_string()).collect::<Vec<_>>(), ["s-ceremonie"], "with their agenda items");

    let by_name = |lang: Lang| -> Vec<String> {
        let filter = ParticipantFilter { meeting_id: Id::from("m-dakar"), ..Default::default() };
        let rows = store.read(|d| d.participants_page(&filter, ParticipantOrder::Name(lang))).expect("by name");
        rows.into_iter().map(|r| r.participant.family_name).collect()
    };
    for lang in Lang::ALL {
        assert_eq!(by_name(lang), ["Diop", "Dupré-Caillé", "Lefèvre", "Sène", "Touré"], "the filled keys sort the upgraded rows ({lang})");
    }

    let problems = store.read(|d| d.check()).expect("check");
    assert!(problems.is_empty(), "the upgraded database is consistent: {problems:?}");

    // And it takes new writes like any other.
    store
        .write(|d| d.save_participant(&participant("p-new", "d-sn", "Ndèye", "Faye", BilingualText::default(), Rank::Official, Gender::Female, false)))
        .expect("a write after the upgrade");
    assert_eq!(search(&store, "ndeye"), ["p-new"]);
}
