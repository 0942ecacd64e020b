//! XLIFF 2.0 out, checked by xmllint and by Python's ElementTree.

use crate::fixture::lagos;
use crate::readers::{python, run, temp_file};
use plenary_core::{BilingualText, Lang, TranslationState};
use plenary_export::xliff::{self, Unit};

/// The texts of the Lagos agenda a translator gets: titles and descriptions.
fn units() -> Vec<Unit> {
    let agenda = lagos(true);
    let mut units = Vec::new();
    for (_, session) in agenda.sessions() {
        units.push(Unit {
            id: format!("{}/title", session.id),
            note: format!("Session title — {}", session.title.get_or_other(Lang::En)),
            text: session.title.clone(),
        });
        if !session.description.get(Lang::En).is_empty() {
            units.push(Unit { id: format!("{}/description", session.id), note: String::new(), text: session.description.clone() });
        }
    }
    units
}

/// Namespace, version, languages, file id, then per unit: id, state, note, source, target.
const DUMP: &str = r#"
import json, sys
import xml.etree.ElementTree as ET
NS = 'urn:oasis:names:tc:xliff:document:2.0'
root = ET.parse(sys.argv[1]).getroot()
q = lambda tag: '{%s}%s' % (NS, tag)
files = root.findall(q('file'))
units = []
for u in files[0].iter(q('unit')):
    seg = u.find(q('segment'))
    note = u.find(q('notes') + '/' + q('note'))
    target = seg.find(q('target'))
    units.append({"id": u.get('id'), "state": seg.get('state'),
                  "note": note.text if note is not None else None,
                  "source": seg.find(q('source')).text,
                  "target": target.text if target is not None else None})
print(json.dumps({"tag": root.tag, "version": root.get('version'), "src": root.get('srcLang'),
                  "trg": root.get('trgLang'), "files": [f.get('id') for f in files], "units": units}))
"#;

#[derive(Debug, serde::Deserialize)]
struct Dump {
    tag: String,
    version: String,
    src: String,
    trg: String,
    files: Vec<String>,
    units: Vec<DumpUnit>,
}

#[derive(Debug, serde::Deserialize)]
struct DumpUnit {
    id: String,
    state: String,
    note: Option<String>,
    source: Option<String>,
    target: Option<String>,
}

fn dump(bytes: &[u8]) -> Dump {
    let (_dir, path) = temp_file("texts.xlf", bytes);
    run("xmllint", &["--noout", path.to_str().expect("a UTF-8 path")]);
    serde_json::from_str(&python(DUMP, &path)).expect("the dump is JSON")
}

#[test]
fn the_file_is_well_formed_xliff_2_with_one_unit_per_text() {
    let units = units();
    let bytes = xliff::write("m-lagos", Lang::En, &units).expect("the XLIFF is written");
    let text = std::str::from_utf8(&bytes).expect("UTF-8");
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">"), "{text}");
    let d = dump(&bytes);
    assert_eq!(d.tag, "{urn:oasis:names:tc:xliff:document:2.0}xliff", "the XLIFF 2.0 namespace");
    assert_eq!((d.version.as_str(), d.src.as_str(), d.trg.as_str()), ("2.0", "en", "fr"));
    assert_eq!(d.files, ["m-lagos"], "one <file> per meeting");
    assert_eq!(d.units.len(), units.len(), "one unit per text");
    assert_eq!(d.units[0].id, "s-opening_2f_title", "'/' is not allowed in an NMTOKEN: encoded");
    assert_eq!(d.units[0].note.as_deref(), Some("Session title — Opening ceremony"));
    assert_eq!(d.units[0].source.as_deref(), Some("Opening ceremony"));
    assert_eq!(d.units[0].target.as_deref(), Some("Cérémonie d'ouverture"));
    assert_eq!(d.units[0].state, "translated");
    assert_eq!(d.units[1].note, None, "no note, no <notes>");

    let side = d.units.iter().find(|u| u.id == "s-side_2f_title").expect("the side event's title");
    assert_eq!(
        side.source.as_deref(),
        Some("Side event: <script>alert(1)</script> & {{ markup }} #heading"),
        "escaped, read back as typed"
    );
    assert_eq!((side.target.as_deref(), side.state.as_str()), (None, "initial"), "no French yet: no <target>, initial");
    let stale = d.units.iter().find(|u| u.id == "s-prevention_2f_description").expect("the stale description");
    assert_eq!(stale.state, "initial", "a translation of an older source must be looked at again");
    assert_eq!(stale.target.as_deref(), Some("Campagnes de sensibilisation le long des routes."), "the old translation is offered");
}

#[test]
fn french_to_english_swaps_the_sides() {
    let bytes = xliff::write("m-lagos", Lang::Fr, &units()[..1]).expect("written");
    let d = dump(&bytes);
    assert_eq!((d.src.as_str(), d.trg.as_str()), ("fr", "en"));
    assert_eq!(d.units[0].source.as_deref(), Some("Cérémonie d'ouverture"));
    assert_eq!(d.units[0].target.as_deref(), Some("Opening ceremony"));
}

#[test]
fn states_map_to_xliff_states() {
    let states = [
        (TranslationState::Draft, "initial"),
        (TranslationState::Translated, "translated"),
        (TranslationState::Reviewed, "reviewed"),
        (TranslationState::Final, "final"),
    ];
    let units: Vec<Unit> = states
        .iter()
        .enumerate()
        .map(|(i, &(state, _))| Unit {
            id: format!("t{i}/title"),
            note: String::new(),
            text: BilingualText::pair("Protection", "Protection", state),
        })
        .collect();
    let d = dump(&xliff::write("m", Lang::En, &units).expect("written"));
    let got: Vec<&str> = d.units.iter().map(|u| u.state.as_str()).collect();
    let want: Vec<&str> = states.iter().map(|&(_, s)| s).collect();
    assert_eq!(got, want);
}

#[test]
fn characters_xml_cannot_hold_travel_as_code_points_and_white_space_is_kept() {
    // Set directly: editing trims, and the point is what the writer does with any text.
    let mut text = BilingualText::default();
    text.en.text = "Line one\r\nLine  two\u{7}\t<end>".into();
    text.en.state = TranslationState::Draft;
    let bytes = xliff::write("m", Lang::En, &[Unit { id: "x/description".into(), note: "a < b & c".into(), text }]).expect("written");
    let xml = std::str::from_utf8(&bytes).expect("UTF-8");
    assert!(
        xml.contains(
            r#"<source xml:space="preserve">Line one&#13;
Line  two<cp hex="0007"/>	&lt;end&gt;</source>"#
        ),
        "{xml}"
    );
    assert!(xml.contains("<note>a &lt; b &amp; c</note>"), "{xml}");
    dump(&bytes);
}

#[test]
fn a_text_without_source_or_a_repeated_id_is_refused() {
    let empty = Unit { id: "s/title".into(), note: String::new(), text: BilingualText::original(Lang::Fr, "Clôture") };
    let err = xliff::write("m", Lang::En, &[empty]).expect_err("nothing to translate from");
    assert!(err.to_string().contains("s/title"), "{err}");
    let twice = units()[..1].iter().chain(units()[..1].iter()).cloned().collect::<Vec<_>>();
    let err = xliff::write("m", Lang::En, &twice).expect_err("ids must be unique");
    assert!(err.to_string().contains("s-opening/title"), "{err}");
}
