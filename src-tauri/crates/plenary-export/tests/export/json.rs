//! JSON: read back into an equal agenda by serde, and by Python's json.

use crate::fixture::{lagos, large};
use crate::readers::{python, temp_file};
use plenary_core::Lang;
use plenary_core::agenda::{Agenda, Gap};
use plenary_export::json;
use serde::Deserialize;

#[derive(Deserialize)]
struct Document {
    format: String,
    agenda: Agenda,
    gaps: Vec<Gap>,
}

#[test]
fn the_agenda_comes_back_equal_with_its_states_and_gaps() {
    let agenda = lagos(true);
    let exported = json::agenda(&agenda).expect("the JSON is written");
    let back: Document = serde_json::from_slice(&exported.bytes).expect("the JSON reads back");
    assert_eq!(back.format, "plenary-agenda/1");
    assert_eq!(back.agenda, agenda, "every field, both languages and the translation states survive");
    assert_eq!(back.gaps, agenda.gaps(&[Lang::En, Lang::Fr]), "the gaps of both languages are in the file");
    assert_eq!(exported.gaps, back.gaps);
    let text = std::str::from_utf8(&exported.bytes).expect("UTF-8");
    assert!(text.starts_with("{\n  \"format\": \"plenary-agenda/1\",\n"), "pretty-printed, format first: {}", &text[..60]);
    assert!(text.contains("\"state\": \"translated\""), "states are written");
}

#[test]
fn python_reads_the_file() {
    let agenda = large(100);
    let exported = json::agenda(&agenda).expect("written");
    let (_dir, path) = temp_file("agenda.json", &exported.bytes);
    let script = r#"
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
sessions = sum(len(day['sessions']) for day in d['agenda']['days'])
print(d['format'], sessions, len(d['gaps']), d['agenda']['days'][0]['sessions'][0]['title']['fr']['text'])
"#;
    let out = python(script, &path);
    assert_eq!(out.trim(), format!("plenary-agenda/1 100 {} Panel 0 : protection des victimes de la traite", exported.gaps.len()));
}
