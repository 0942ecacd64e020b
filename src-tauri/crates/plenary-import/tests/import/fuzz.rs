//! Property tests of every reader: random bytes, and the real fixtures (CSV in several
//! encodings, XLSX, ODS, an XLIFF file Plenary writes) cut, flipped and spliced. Whatever
//! comes in, a reader answers with a value or an error, never a panic; what it reads is then
//! mapped to candidates, which must not panic either. `PROPTEST_CASES` raises the number of
//! cases (64 by default, so that `cargo test` stays quick in debug builds).

use plenary_core::{BilingualText, Lang, TranslationState};
use plenary_import::{columns, file, rows, table, workbook, xliff};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::path::PathBuf;
use std::sync::LazyLock;

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64);
    Config { cases, failure_persistence: None, ..Config::default() }
}

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/import")
}

/// Every fixture of the importer, by name.
static FIXTURES: LazyLock<Vec<(String, Vec<u8>)>> = LazyLock::new(|| {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures/import is readable")
        .map(|e| e.expect("an entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("csv" | "xlsx" | "ods")))
        .map(|p| (p.file_name().expect("a name").to_string_lossy().into_owned(), std::fs::read(&p).expect("a fixture is readable")))
        .collect();
    files.sort();
    assert!(files.iter().any(|(n, _)| n.ends_with(".xlsx")) && files.iter().any(|(n, _)| n.ends_with(".ods")), "the workbook fixtures are there");
    files
});

/// An XLIFF file as Plenary writes it, with markup-like and odd characters.
static XLIFF: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let units = vec![
        plenary_export::xliff::Unit {
            id: "m1/title".into(),
            note: "Title".into(),
            text: BilingualText::pair("Opening <b>ceremony</b> & {{7*7}}", "Cérémonie d’ouverture", TranslationState::Translated),
        },
        plenary_export::xliff::Unit {
            id: "s-1/description".into(),
            note: "Description".into(),
            text: BilingualText::original(Lang::En, "\u{202e}reversed\u{202c} =HYPERLINK(\"x\") #set page()"),
        },
    ];
    plenary_export::xliff::write("meeting-1", Lang::En, &units).expect("the XLIFF is written")
});

/// Reads `bytes` through every table reader, and maps what was read to candidates with the
/// suggested mapping: none may panic.
fn read_everything(bytes: &[u8]) {
    if let Ok(source) = file::read(bytes, None) {
        let mapping = columns::suggest(&source.table.header);
        let _ = rows::missing_columns(&mapping);
        let (candidates, issues) = rows::candidates(&source.table, &mapping);
        assert!(candidates.len() + issues.len() <= source.table.rows.len() * (1 + source.table.header.len().max(1)), "no row read twice over");
        for name in &source.sheets {
            let _ = file::read(bytes, Some(name));
        }
    }
    let _ = file::read(bytes, Some("no such sheet"));
    let _ = table::read(bytes);
    let _ = workbook::read(bytes, None);
    if let Err(e) = xliff::read(bytes) {
        assert!(!e.to_string().is_empty(), "a refusal says why");
    }
}

/// One change to a file: cut it, overwrite bytes, insert bytes, or splice in another file.
#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    Overwrite(usize, Vec<u8>),
    Insert(usize, Vec<u8>),
    Remove(usize, usize),
    Splice(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..16)).prop_map(|(at, b)| Mutation::Overwrite(at, b)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..64)).prop_map(|(at, b)| Mutation::Insert(at, b)),
        (any::<usize>(), 1..256usize).prop_map(|(at, n)| Mutation::Remove(at, n)),
        (any::<usize>(), any::<usize>()).prop_map(|(at, from)| Mutation::Splice(at, from)),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation, other: &[u8]) {
    let len = bytes.len().max(1);
    match m {
        Mutation::Truncate(at) => bytes.truncate(at % len),
        Mutation::Overwrite(at, b) => {
            for (i, byte) in b.iter().enumerate() {
                if let Some(slot) = bytes.get_mut((at % len) + i) {
                    *slot = *byte;
                }
            }
        }
        Mutation::Insert(at, b) => {
            let at = (at % len).min(bytes.len());
            bytes.splice(at..at, b.iter().copied());
        }
        Mutation::Remove(at, n) => {
            let at = (at % len).min(bytes.len());
            let end = (at + n).min(bytes.len());
            bytes.drain(at..end);
        }
        Mutation::Splice(at, from) => {
            let at = (at % len).min(bytes.len());
            let from = from % other.len().max(1);
            bytes.splice(at..at, other[from..other.len().min(from + 512)].iter().copied());
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_bytes_never_make_a_reader_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        read_everything(&bytes);
    }

    #[test]
    fn random_bytes_behind_a_workbook_or_pdf_signature_never_make_a_reader_panic(
        magic in prop_oneof![Just(&b"PK\x03\x04"[..]), Just(&b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"[..]), Just(&b"%PDF"[..]), Just(&b"\xFF\xFE"[..]), Just(&b"\xEF\xBB\xBF"[..])],
        rest in prop::collection::vec(any::<u8>(), 0..4096),
    ) {
        let mut bytes = magic.to_vec();
        bytes.extend(rest);
        read_everything(&bytes);
    }

    #[test]
    fn random_text_as_csv_never_makes_a_reader_panic(text in "(?s)[\\PC\\p{Cc}\u{202e}\u{200f},;\t\"=+@-]{0,600}") {
        read_everything(text.as_bytes());
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        read_everything(&utf16);
    }

    #[test]
    fn mutated_fixtures_never_make_a_reader_panic(
        which in any::<prop::sample::Index>(),
        other in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let (_, original) = which.get(&FIXTURES);
        let (_, spliced) = other.get(&FIXTURES);
        let mut bytes = original.clone();
        for m in &mutations {
            apply(&mut bytes, m, spliced);
        }
        read_everything(&bytes);
    }

    #[test]
    fn mutated_xliff_never_makes_the_reader_panic(mutations in prop::collection::vec(mutation(), 1..6)) {
        let mut bytes = XLIFF.clone();
        for m in &mutations {
            apply(&mut bytes, m, &XLIFF);
        }
        read_everything(&bytes);
    }
}

#[test]
fn the_unmutated_fixtures_read() {
    let read: Vec<&str> = FIXTURES.iter().filter(|(_, b)| file::read(b, None).is_ok()).map(|(n, _)| n.as_str()).collect();
    for name in ["participants.xlsx", "participants.ods", "utf8-bom.csv"] {
        assert!(read.contains(&name), "{name} reads, so the mutations start from real files: {read:?}");
    }
    assert!(xliff::read(&XLIFF).is_ok(), "the XLIFF Plenary writes reads back");
}
