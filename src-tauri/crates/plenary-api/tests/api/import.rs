//! Importing lists of participants: every format of `tests/fixtures/import` lands, every bad
//! input is refused with its line, column and field in English and French and leaves the
//! database as it was, duplicates are skipped, updated or added as chosen, unknown countries
//! and organisations are resolved by choice, and an import is all or nothing.

use crate::fixture::{meeting, organisation, person_form, register, state};
use crate::host::{changed_tables, dump, host, raw, row_counts};
use plenary_api::core::organisation::OrgCategory;
use plenary_api::{
    Api, ApiError, CountryChoice, DuplicateAction, DuplicateChoice, ErrorCode, Field, Id, ImportFileArgs, ImportOptions, ImportPreview,
    ImportReport, Lang, ListParticipantsArgs, OrganisationChoice, ParticipantFilter, ParticipantRow,
};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/import").join(name)
}

fn args(meeting_id: &Id, path: PathBuf, options: ImportOptions) -> ImportFileArgs {
    ImportFileArgs { meeting_id: meeting_id.clone(), path, options }
}

fn lagos(api: &Api) -> Id {
    meeting(api, "Lagos", "2025-11-04", "2025-11-05", "Africa/Lagos")
}

fn preview(api: &Api, m: &Id, name: &str, options: ImportOptions) -> ImportPreview {
    api.preview_import(args(m, fixture(name), options)).unwrap_or_else(|e| panic!("{name} can be previewed: {e:?}"))
}

fn import(api: &Api, m: &Id, name: &str, options: ImportOptions) -> ImportReport {
    api.import_participants(args(m, fixture(name), options)).unwrap_or_else(|e| panic!("{name} is imported: {e:?}"))
}

fn people(api: &Api, m: &Id) -> Vec<ParticipantRow> {
    let filter = ParticipantFilter { meeting_id: m.clone(), ..ParticipantFilter::default() };
    api.list_participants(ListParticipantsArgs { filter, ..ListParticipantsArgs::default() }).expect("the participants are listed").rows
}

fn person<'a>(rows: &'a [ParticipantRow], family: &str) -> &'a ParticipantRow {
    rows.iter().find(|r| r.participant.family_name == family).unwrap_or_else(|| panic!("{family} is among the participants"))
}

/// A checksum of every row of every table, on top of comparing the dumps themselves.
fn checksum(dir: &TempDir) -> u64 {
    let mut h = DefaultHasher::new();
    dump(dir).hash(&mut h);
    h.finish()
}

/// Runs `op` in English and in French: it must be refused with `code` on `field` (and
/// `row`), its message must contain the English and French texts given, and the database
/// must be exactly as it was (row counts, dump and checksum). Returns the English error.
fn refused(dir: &TempDir, api: &Api, why: &str, op: impl Fn(&Api) -> Result<(), ApiError>, expect: (ErrorCode, &str, Option<u32>, &str, &str)) -> ApiError {
    let (code, field, row, en, fr) = expect;
    let (counts, before, sum) = (row_counts(dir), dump(dir), checksum(dir));
    let mut english = None;
    for lang in Lang::ALL {
        api.set_language(lang);
        let err = op(api).expect_err(why);
        assert_eq!((err.code, err.field.as_deref(), err.row), (code, Some(field), row), "{why} ({lang}): {err:?}");
        let text = lang.pick(en, fr);
        assert!(err.message.contains(text), "{why}: the {lang} message says “{text}”: {}", err.message);
        assert_eq!(row_counts(dir), counts, "{why} ({lang}): a refused import changes no row count");
        assert!(changed_tables(&before, &dump(dir)).is_empty(), "{why} ({lang}): a refused import writes nothing");
        assert_eq!(checksum(dir), sum, "{why} ({lang}): the checksum of the tables is the same");
        if lang == Lang::En {
            english = Some(err);
        }
    }
    api.set_language(Lang::En);
    english.expect("an English error")
}

#[test]
fn every_good_format_lands_with_what_its_cells_say() {
    // (file, format, encoding, delimiter, rows, a family name and what its function reads in English or French)
    let cases = [
        ("utf8-bom.csv", "csv", Some("UTF-8"), Some(","), 4, "Diallo", "Adviser"),
        ("windows-1252-semicolon.csv", "csv", Some("windows-1252"), Some(";"), 3, "Baumgartner", "Ambassadeur"),
        ("utf16le-tab.csv", "csv", Some("UTF-16LE"), Some("\t"), 3, "Le Gall", "Conseillère"),
        ("tab.csv", "csv", Some("UTF-8"), Some("\t"), 4, "Mensah", "Senior Officer"),
        ("quoted-newlines.csv", "csv", Some("UTF-8"), Some(","), 2, "AHMED", "Federal Commissioner,\nNational Commission for Refugees"),
        ("participants.xlsx", "xlsx", None, None, 3, "Ahmed", "Federal Commissioner"),
        ("participants.ods", "ods", None, None, 3, "Bello", "Director"),
    ];
    for (name, format, encoding, delimiter, rows, family, function) in cases {
        let (_dir, api) = host();
        let m = lagos(&api);
        let p = preview(&api, &m, name, ImportOptions::default());
        assert_eq!((p.format.as_str(), p.encoding.as_deref(), p.delimiter.as_deref()), (format, encoding, delimiter), "{name} is read as what it is");
        assert!(p.can_import && p.missing.is_empty() && p.issues.is_empty(), "{name}: nothing stands in the way: {:?}", p.issues);
        assert_eq!((p.total_rows, p.ready_rows), (rows as u32, rows as u32), "{name}: every row is ready");
        let report = import(&api, &m, name, ImportOptions::default());
        assert_eq!(report.added, rows as u32, "{name}: every row is added");
        let list = people(&api, &m);
        assert_eq!(list.len(), rows, "{name}: the meeting lists every row");
        let f = &person(&list, family).participant.function;
        assert!(f.en.text == function || f.fr.text == function, "{name}: {family}'s function reads {function:?}: {f:?}");
    }
}

#[test]
fn french_headers_and_country_names_map_and_workbooks_keep_numbers_and_dates_as_shown() {
    let (_dir, api) = host();
    let m = lagos(&api);
    let p = preview(&api, &m, "windows-1252-semicolon.csv", ImportOptions::default());
    let fields: Vec<Option<Field>> = p.columns.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        [Some(Field::HonorificPrefix), Some(Field::GivenName), Some(Field::FamilyName), Some(Field::Country), Some(Field::FunctionFr), Some(Field::Email)],
        "Civilité, Prénom, Nom, Pays, Fonction and Courriel are recognised"
    );
    let labels: Vec<&str> = p.new_delegations.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(labels, ["France", "Senegal", "Democratic Republic of the Congo"], "Sénégal and RDC are matched to their countries");
    let x = preview(&api, &m, "participants.xlsx", ImportOptions::default());
    assert_eq!((x.sheets.as_slice(), x.sheet.as_deref()), (&["Participants".to_owned(), "Observers".to_owned()][..], Some("Participants")));
    let phone = x.columns.iter().find(|c| c.header == "Phone").expect("a phone column");
    assert_eq!(phone.samples[0], "2348030000000", "a phone typed as a number reads without a decimal part");
    let date = x.columns.iter().find(|c| c.header == "Registered on").expect("a date column");
    assert_eq!(date.samples[0], "2025-11-03", "a date cell reads as an ISO date");
    let o = preview(&api, &m, "participants.ods", ImportOptions::default());
    assert_eq!(o.columns.iter().find(|c| c.header == "Registered on").map(|c| c.samples[0].as_str()), Some("2025-11-03"), "ODS dates too");
    assert_eq!(o.rows[0].line, 2, "a sheet's rows keep their row numbers");
}

#[test]
fn a_sheet_is_chosen_by_name_and_organisations_match_by_acronym() {
    let (_dir, api) = host();
    let m = lagos(&api);
    let sheet = ImportOptions { sheet: Some("Observers".into()), ..ImportOptions::default() };
    let p = preview(&api, &m, "participants.xlsx", sheet.clone());
    assert_eq!(p.unknown_organisations.iter().map(|u| (u.value.as_str(), u.count)).collect::<Vec<_>>(), [("IOM", 1)], "no organisation is IOM yet");
    assert!(!p.can_import, "an unknown organisation waits for a choice");
    organisation(&api, "International Organization for Migration", "Organisation internationale pour les migrations", "IOM", OrgCategory::RelatedOrganisation);
    let p = preview(&api, &m, "participants.xlsx", sheet.clone());
    assert!(p.can_import && p.unknown_organisations.is_empty(), "IOM is the acronym of an organisation: {:?}", p.unknown_organisations);
    let report = import(&api, &m, "participants.xlsx", sheet);
    assert_eq!((report.added, report.delegations_created, report.organisations_created), (1, 1, 0));
    assert_eq!(person(&people(&api, &m), "Vitorino").delegation_en, "International Organization for Migration");
    let missing = ImportOptions { sheet: Some("Staff".into()), ..ImportOptions::default() };
    let err = api.preview_import(args(&m, fixture("participants.xlsx"), missing)).expect_err("no sheet Staff");
    assert_eq!(err.code, ErrorCode::MalformedFile);
    assert!(err.message.contains("no sheet named “Staff”"), "{}", err.message);
}

#[test]
fn files_that_are_no_list_are_refused_with_the_reason_and_change_nothing() {
    let (dir, api) = host();
    let m = lagos(&api);
    register(&api, person_form(&state(&api, &m, "NG"), "Amina", "Bello"));
    let big = dir.path().join("huge.csv");
    std::fs::File::create(&big).and_then(|f| f.set_len(100 * 1024 * 1024)).expect("a 100 MB file");
    let cases: [(PathBuf, &str, &str); 6] = [
        (fixture("not-a-spreadsheet.png"), "but a PNG image", "mais une image PNG"),
        (fixture("not-a-spreadsheet.pdf"), "but a PDF document", "mais un document PDF"),
        (fixture("empty.csv"), "the file is empty", "le fichier est vide"),
        (fixture("header-only.csv"), "a header row and no participant", "aucun participant"),
        (fixture("wide-row.csv"), "line 2 has 10000 cells, at most 500 read", "la ligne 2 a 10000\u{a0}cellules"),
        (big, "the file is too big: 104857600 bytes", "le fichier est trop gros"),
    ];
    for (path, en, fr) in cases {
        let why = format!("{} is no list of participants", path.display());
        let expect = (ErrorCode::MalformedFile, "file", None, en, fr);
        refused(&dir, &api, &why, |api| api.preview_import(args(&m, path.clone(), ImportOptions::default())).map(|_| ()), expect);
        refused(&dir, &api, &why, |api| api.import_participants(args(&m, path.clone(), ImportOptions::default())).map(|_| ()), expect);
    }
}

#[test]
fn a_missing_column_bad_cells_and_unknown_countries_are_reported_where_they_are_and_refused() {
    let (dir, api) = host();
    let m = lagos(&api);
    let mref = &m;
    let run = |name: &'static str| move |api: &Api| api.import_participants(args(mref, fixture(name), ImportOptions::default())).map(|_| ());

    let p = preview(&api, &m, "missing-column.csv", ImportOptions::default());
    assert_eq!((p.missing.as_slice(), p.can_import), (&[Field::Country][..], false), "no country or organisation column");
    refused(&dir, &api, "no delegation column", run("missing-column.csv"), (ErrorCode::Invalid, "country", None, "no column of the file", "aucune colonne du fichier"));

    let p = preview(&api, &m, "bad-emails.csv", ImportOptions::default());
    let at: Vec<_> = p.issues.iter().map(|i| (i.line, i.column, i.header.as_deref(), i.field.as_deref(), i.code.as_str())).collect();
    assert_eq!(at, [(3, Some(3), Some("Email"), Some("email"), "invalid")], "the bad email is named by line, column and header");
    assert!(p.issues[0].message.starts_with("Row 3: The email “kofi.mensah-at-example.org”"), "{}", p.issues[0].message);
    assert_eq!((p.rows[1].status.as_str(), p.ready_rows, p.can_import), ("issue", 1, false));
    refused(&dir, &api, "a bad email", run("bad-emails.csv"), (ErrorCode::Invalid, "email", Some(3), "Row 3: The email “kofi.mensah-at-example.org”", "Ligne 3\u{a0}: La valeur «\u{a0}kofi.mensah-at-example.org\u{a0}» du champ «\u{a0}courriel\u{a0}»"));

    let p = preview(&api, &m, "unknown-countries.csv", ImportOptions::default());
    let unknown: Vec<_> = p.unknown_countries.iter().map(|u| (u.value.as_str(), u.count, u.lines.clone())).collect();
    assert_eq!(unknown, [("Atlantis", 2, vec![3, 4]), ("Wakanda", 1, vec![5])], "unknown countries are listed with their lines");
    assert_eq!(p.rows.iter().map(|r| r.status.as_str()).collect::<Vec<_>>(), ["ready", "unresolved", "unresolved", "unresolved"]);
    refused(&dir, &api, "an unknown country", run("unknown-countries.csv"), (ErrorCode::Invalid, "country", Some(3), "Row 3: The country “Atlantis”", "Ligne 3\u{a0}: La valeur «\u{a0}Atlantis\u{a0}» du champ «\u{a0}pays\u{a0}»"));

    let p = preview(&api, &m, "formulas.csv", ImportOptions::default());
    let at: Vec<_> = p.issues.iter().map(|i| (i.line, i.column, i.header.as_deref())).collect();
    assert_eq!(at, [(3, Some(1), Some("Last name")), (4, Some(3), Some("Function"))], "each formula is named where it is");
    assert!(p.issues.iter().all(|i| i.message.contains("(formula)")), "{:?}", p.issues);
    refused(&dir, &api, "a formula payload", run("formulas.csv"), (ErrorCode::Invalid, "family_name", Some(3), "Row 3: The family name “=HYPERLINK(", "Ligne 3\u{a0}: La valeur «\u{a0}=HYPERLINK("));
}

#[test]
fn unknown_countries_are_imported_as_the_person_maps_them() {
    let (_dir, api) = host();
    let m = lagos(&api);
    let choice = |value: &str, country: &str| CountryChoice { value: value.into(), country: country.into() };
    let options = ImportOptions { countries: vec![choice("atlantis", "GH"), choice("Wakanda", "KE")], ..ImportOptions::default() };
    let p = preview(&api, &m, "unknown-countries.csv", options.clone());
    assert!(p.can_import && p.unknown_countries.is_empty(), "every value has a country, whatever its case: {:?}", p.unknown_countries);
    let report = import(&api, &m, "unknown-countries.csv", options);
    assert_eq!((report.added, report.delegations_created), (4, 3));
    let list = people(&api, &m);
    assert_eq!((person(&list, "Smith").country.as_deref(), person(&list, "Lee").country.as_deref()), (Some("GH"), Some("KE")));
}

#[test]
fn an_unknown_organisation_is_created_when_chosen() {
    let (dir, api) = host();
    let m = lagos(&api);
    let file = dir.path().join("orgs.csv");
    std::fs::write(&file, "Last name,Organisation\nTraoré,Sahel Water Alliance\nKeita,sahel water alliance\n").expect("a file");
    let p = api.preview_import(args(&m, file.clone(), ImportOptions::default())).expect("a preview");
    assert_eq!(p.unknown_organisations.iter().map(|u| (u.value.as_str(), u.count)).collect::<Vec<_>>(), [("Sahel Water Alliance", 2)]);
    let create = OrganisationChoice { value: "Sahel Water Alliance".into(), organisation_id: None, create: true };
    let options = ImportOptions { organisations: vec![create], ..ImportOptions::default() };
    let report = api.import_participants(args(&m, file, options)).expect("imported");
    assert_eq!((report.added, report.organisations_created, report.delegations_created), (2, 1, 1), "one organisation, one delegation, two people");
    let list = people(&api, &m);
    assert_eq!(person(&list, "Keita").delegation_en, "Sahel Water Alliance");
    let found = api.search(plenary_api::SearchArgs { text: "Traoré sahel".into(), ..Default::default() }).expect("a search");
    assert!(found.iter().any(|h| h.kind == "participant"), "imported people are in the search index at once: {found:?}");
}

#[test]
fn duplicates_are_skipped_by_default_and_updated_or_added_as_chosen() {
    let (dir, api) = host();
    let m = lagos(&api);
    let ng = state(&api, &m, "NG");
    let gh = state(&api, &m, "GH");
    let mut bello = person_form(&ng, "Amina", "Bello");
    bello.email = Some("A.Bello@example.org".into());
    let bello = register(&api, bello);
    let mensah = register(&api, person_form(&gh, "Kofi", "Mensah"));

    let p = preview(&api, &m, "utf8-bom.csv", ImportOptions::default());
    let found: Vec<_> = p.duplicates.iter().map(|d| (d.line, d.reason.as_str(), d.existing_id.clone(), d.action)).collect();
    assert_eq!(found, [(3, "email", bello.clone(), DuplicateAction::Skip), (4, "name", mensah.clone(), DuplicateAction::Skip)], "same email, or same name in the same delegation");
    assert!(p.can_import, "duplicates have a default action and do not stop the import");

    let choose = |line, action| DuplicateChoice { line, action };
    let add_same_email = ImportOptions { duplicates: vec![choose(3, DuplicateAction::Add)], ..ImportOptions::default() };
    let p = preview(&api, &m, "utf8-bom.csv", add_same_email.clone());
    assert_eq!(p.issues.iter().map(|i| (i.line, i.code.as_str())).collect::<Vec<_>>(), [(3, "duplicate")], "two people cannot share an email");
    refused(&dir, &api, "adding a second person with the same email", |api| api.import_participants(args(&m, fixture("utf8-bom.csv"), add_same_email.clone())).map(|_| ()), (ErrorCode::Invalid, "email", Some(3), "a.bello@example.org", "a.bello@example.org"));

    let options = ImportOptions { duplicates: vec![choose(3, DuplicateAction::Update), choose(4, DuplicateAction::Add)], ..ImportOptions::default() };
    let report = import(&api, &m, "utf8-bom.csv", options);
    assert_eq!((report.added, report.updated, report.skipped), (3, 1, 0));
    let list = people(&api, &m);
    let updated = &person(&list, "Bello").participant;
    assert_eq!((updated.id.clone(), updated.honorific_prefix.as_deref(), updated.function.en.text.as_str()), (bello, Some("Ms"), "Director"));
    assert_eq!(updated.function.fr.text, "Directeur", "the French side the file does not give stays");
    assert_eq!(list.iter().filter(|r| r.participant.family_name == "Mensah").count(), 2, "the same name added as chosen");

    let again = import(&api, &m, "utf8-bom.csv", ImportOptions::default());
    assert_eq!((again.added, again.updated, again.skipped), (0, 0, 4), "importing the same file again skips everyone");
}

#[test]
fn the_same_person_twice_in_a_file_and_a_second_head_are_caught() {
    let (dir, api) = host();
    let m = lagos(&api);
    let file = dir.path().join("twice.csv");
    std::fs::write(&file, "Last name,First name,Country,Email,Head of delegation\nBello,Amina,NG,a@example.org,yes\nBELLO,Amina,Nigeria,,\nOkafor,Chidi,NG,c@example.org,yes\n").expect("a file");
    let p = api.preview_import(args(&m, file.clone(), ImportOptions::default())).expect("a preview");
    let d = &p.duplicates[0];
    assert_eq!((d.line, d.reason.as_str(), d.existing_line, d.existing_id.as_str()), (3, "file", Some(2), ""), "line 3 repeats line 2");
    let heads: Vec<_> = p.issues.iter().map(|i| (i.line, i.column, i.code.as_str())).collect();
    assert_eq!(heads, [(4, Some(5), "second_head")], "Okafor would be Nigeria's second head");
    assert!(p.issues[0].message.contains("already has a head: Amina Bello"), "{}", p.issues[0].message);
}

#[test]
fn an_import_that_fails_midway_leaves_nothing() {
    let (dir, api) = host();
    let m = lagos(&api);
    // A write that fails on the third row, after delegations and two people are written.
    raw(&dir)
        .execute_batch("CREATE TRIGGER fail_midway BEFORE INSERT ON participants WHEN NEW.family_name = 'Mensah' BEGIN SELECT RAISE(ABORT, 'disk full'); END;")
        .expect("a failing trigger");
    let (counts, before) = (row_counts(&dir), dump(&dir));
    let err = api.import_participants(args(&m, fixture("utf8-bom.csv"), ImportOptions::default())).expect_err("the third row fails");
    assert_eq!((err.code, err.row), (ErrorCode::Storage, Some(4)), "the failure names the row: {err:?}");
    assert_eq!(row_counts(&dir), counts, "no delegation, person or mapping of the failed import stays");
    assert!(changed_tables(&before, &dump(&dir)).is_empty());
}

#[test]
fn the_mapping_is_remembered_for_files_with_the_same_headers() {
    let (dir, api) = host();
    let m = lagos(&api);
    let first = dir.path().join("first.csv");
    let second = dir.path().join("second.xlsx.csv");
    std::fs::write(&first, "Delegate,Nation,Contact\nBello,NG,a@example.org\n").expect("a file");
    std::fs::write(&second, "DELEGATE,nation,contact\nMensah,GH,k@example.org\n").expect("a file");
    let p = api.preview_import(args(&m, first.clone(), ImportOptions::default())).expect("a preview");
    assert_eq!((p.missing.len(), p.remembered), (2, false), "nothing suggests these headers");
    let mapping = vec![Some(Field::FamilyName), Some(Field::Country), Some(Field::Email)];
    let options = ImportOptions { mapping: Some(mapping.clone()), ..ImportOptions::default() };
    api.import_participants(args(&m, first, options)).expect("imported with the chosen mapping");
    let p = api.preview_import(args(&m, second.clone(), ImportOptions::default())).expect("a preview");
    assert!(p.remembered && p.can_import, "the same headers, folded, bring the mapping back");
    assert_eq!(p.columns.iter().map(|c| c.field).collect::<Vec<_>>(), mapping);
    let mut seen = Vec::new();
    api.import_participants_with_progress(args(&m, second, ImportOptions::default()), &mut |p| seen.push((p.done, p.total))).expect("imported");
    assert_eq!(seen.last(), Some(&(1, 1)), "progress ends with every row written: {seen:?}");
}

#[test]
fn a_large_import_reports_its_progress_by_the_percent_and_is_searchable_at_once() {
    let (dir, api) = host();
    let m = lagos(&api);
    // People already there, indexed row by row by a small import.
    import(&api, &m, "windows-1252-semicolon.csv", ImportOptions::default());
    let file = large_list(&dir, 5_000);
    let indexes = participant_indexes(&dir);
    let mut seen = Vec::new();
    let report = api.import_participants_with_progress(args(&m, file, ImportOptions::default()), &mut |p| seen.push((p.done, p.total))).expect("imported");
    assert_eq!(report.added, 5_000);
    assert!((100..=102).contains(&seen.len()), "about one report per percent, not one per row: {} reports", seen.len());
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0), "progress never goes back");
    assert_eq!(seen.last(), Some(&(5_000, 5_000)));
    // From 5,000 rows the index is rebuilt once rather than kept row by row: it must still find them.
    let found = api.search(plenary_api::SearchArgs { text: "okonkwo4999".into(), meeting_id: Some(m.clone()), ..Default::default() }).expect("a search");
    assert_eq!(found.iter().filter(|h| h.kind == "participant").count(), 1, "the last row is found: {found:?}");
    let found = api.search(plenary_api::SearchArgs { text: "baumgartner".into(), meeting_id: Some(m.clone()), ..Default::default() }).expect("a search");
    assert!(found.iter().any(|h| h.kind == "participant"), "the meeting's earlier participants stay found after the one-pass re-index: {found:?}");
    let report = api.check().expect("a check");
    assert!(report.ok, "the index matches the data after a large import: {:?}", report.problems);
    // The ordering indexes, dropped for the import and made again after, are as the schema had them.
    assert_eq!(participant_indexes(&dir), indexes, "every index of participants is back, with its statement");
    let filter = ParticipantFilter { meeting_id: m.clone(), search: Some("okonkwo".into()), limit: Some(3), ..Default::default() };
    let page = api.list_participants(ListParticipantsArgs { filter, order: None, lang: None }).expect("a page");
    let names: Vec<&str> = page.rows.iter().map(|r| r.participant.family_name.as_str()).collect();
    assert_eq!((names, page.total), (vec!["Okonkwo0", "Okonkwo1", "Okonkwo10"], 5_000), "the name order reads the index made again");
}

/// A list of `n` people in four West African delegations, in a file of `dir`.
fn large_list(dir: &TempDir, n: usize) -> PathBuf {
    let file = dir.path().join("large.csv");
    let mut text = String::from("Last name,First name,Country,Email\n");
    for i in 0..n {
        text.push_str(&format!("Okonkwo{i},Ifeoma,{},p{i}@example.org\n", ["NG", "GH", "SN", "CI"][i % 4]));
    }
    std::fs::write(&file, text).expect("a file");
    file
}

/// The indexes of participants as the schema holds them: name and statement.
fn participant_indexes(dir: &TempDir) -> Vec<(String, Option<String>)> {
    let conn = raw(dir);
    let mut stmt = conn.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'participants' ORDER BY name").expect("a query");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).expect("rows").collect::<Result<_, _>>().expect("indexes read")
}

#[test]
fn a_large_import_that_fails_near_its_end_keeps_every_index_and_writes_nothing() {
    let (dir, api) = host();
    let m = lagos(&api);
    let file = large_list(&dir, 5_000);
    // The ordering indexes are dropped for a large import: a failure after most rows must
    // bring them back with everything else.
    raw(&dir)
        .execute_batch("CREATE TRIGGER fail_late BEFORE INSERT ON participants WHEN NEW.family_name = 'Okonkwo4990' BEGIN SELECT RAISE(ABORT, 'disk full'); END;")
        .expect("a failing trigger");
    let (indexes, counts, before) = (participant_indexes(&dir), row_counts(&dir), dump(&dir));
    let err = api.import_participants(args(&m, file, ImportOptions::default())).expect_err("row 4,991 fails");
    assert_eq!((err.code, err.row), (ErrorCode::Storage, Some(4_992)), "the failure names the row (after the header): {err:?}");
    assert_eq!(participant_indexes(&dir), indexes, "the dropped indexes come back with the rollback");
    assert_eq!(row_counts(&dir), counts, "no person of the failed import stays");
    assert!(changed_tables(&before, &dump(&dir)).is_empty());
}
