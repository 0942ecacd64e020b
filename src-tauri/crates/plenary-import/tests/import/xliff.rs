//! XLIFF 2.0 in: round trip with the exporter, and every malformed file refused at its line.

use plenary_core::text::fingerprint;
use plenary_core::{BilingualText, Lang, TranslationState};
use plenary_export::xliff::{Unit, write};
use plenary_import::xliff::{TranslatedUnit, XliffError, read};

fn unit(id: &str, text: BilingualText) -> Unit {
    Unit { id: id.to_owned(), note: format!("Note for {id}"), text }
}

/// Texts in every state, with ids and characters that need encoding.
fn units() -> Vec<Unit> {
    let mut stale = BilingualText::pair("Awareness campaigns.", "Campagnes de sensibilisation.", TranslationState::Reviewed);
    stale.edit(Lang::En, "Awareness campaigns along the routes.");
    let mut odd = BilingualText::default();
    odd.en.text = "Line one\r\nLine  two\u{7}\t<end> & \"quotes\" 'single' 🌍".into();
    odd.en.state = TranslationState::Draft;
    odd.fr.text = "Ligne un\u{202f}: «\u{202f}deux\u{202f}»".into();
    odd.fr.state = TranslationState::Final;
    // Signed off against this very English, so not stale.
    odd.fr.source_hash = Some(fingerprint(&odd.en.text));
    vec![
        unit(
            "0198c0de-0001-7000-8000-000000000001/title",
            BilingualText::pair("Opening ceremony", "Cérémonie d'ouverture", TranslationState::Translated),
        ),
        unit(
            "0198c0de-0001-7000-8000-000000000001/item:1",
            BilingualText::pair("Welcome remarks", "Mots de bienvenue", TranslationState::Reviewed),
        ),
        unit("s_side/title", BilingualText::original(Lang::En, "Side event: <script>alert(1)</script> & {{ markup }}")),
        unit("s-prevention/description", stale),
        unit("s-draft/title", BilingualText::pair("Closing", "Clôture", TranslationState::Draft)),
        unit("s-odd/description", odd),
    ]
}

#[test]
fn what_plenary_writes_it_reads_back() {
    let units = units();
    let bytes = write("0198c0de-meeting", Lang::En, &units).expect("written");
    let file = read(&bytes).expect("read back");
    assert_eq!(file.meeting_id, "0198c0de-meeting");
    assert_eq!((file.source, file.target), (Lang::En, Lang::Fr));
    let got: Vec<(&str, &str, &str, TranslationState)> =
        file.units.iter().map(|u| (u.id.as_str(), u.source.as_str(), u.target.as_str(), u.state)).collect();
    let want: Vec<(&str, &str, &str, TranslationState)> = vec![
        (units[0].id.as_str(), "Opening ceremony", "Cérémonie d'ouverture", TranslationState::Translated),
        (units[1].id.as_str(), "Welcome remarks", "Mots de bienvenue", TranslationState::Reviewed),
        ("s_side/title", "Side event: <script>alert(1)</script> & {{ markup }}", "", TranslationState::Missing),
        ("s-prevention/description", "Awareness campaigns along the routes.", "Campagnes de sensibilisation.", TranslationState::Draft),
        ("s-draft/title", "Closing", "Clôture", TranslationState::Draft),
        ("s-odd/description", units[5].text.en.text.as_str(), units[5].text.fr.text.as_str(), TranslationState::Final),
    ];
    assert_eq!(got, want, "ids, sources, targets and states survive (a stale translation comes back as a draft)");
    let lines: Vec<usize> = file.units.iter().map(|u| u.line).collect();
    assert!(lines.windows(2).all(|w| w[0] < w[1]) && lines[0] > 3, "each unit knows its line: {lines:?}");
}

#[test]
fn french_source_files_read_back_the_other_way() {
    let bytes = write("m", Lang::Fr, &units()[..1]).expect("written");
    let file = read(&bytes).expect("read back");
    assert_eq!((file.source, file.target), (Lang::Fr, Lang::En));
    assert_eq!((file.units[0].source.as_str(), file.units[0].target.as_str()), ("Cérémonie d'ouverture", "Opening ceremony"));
}

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"fr-CA\">\n<file id=\"m-lagos\">\n";
const TAIL: &str = "</file>\n</xliff>\n";

/// A file whose units start on line 4.
fn doc(units: &str) -> String {
    format!("{HEAD}{units}\n{TAIL}")
}

fn ok(xml: &str) -> Vec<TranslatedUnit> {
    read(xml.as_bytes()).unwrap_or_else(|e| panic!("read: {e}\n{xml}")).units
}

fn refused(xml: impl AsRef<[u8]>, line: usize, reason: &str) -> XliffError {
    let err = read(xml.as_ref()).expect_err("refused");
    assert_eq!(err.line, line, "the line of {:?}: {err}", String::from_utf8_lossy(xml.as_ref()));
    assert!(err.reason.contains(reason), "{reason:?} in {:?}", err.reason);
    err
}

#[test]
fn regional_language_tags_are_read_by_their_primary_subtag() {
    let units = ok(&doc(r#"<unit id="u1"><segment state="translated"><source>Hello</source><target>Bonjour</target></segment></unit>"#));
    assert_eq!(units[0].target, "Bonjour");
    let file = read(doc("<unit id=\"u\"><segment><source>a</source></segment></unit>").replace("en-GB", "EN_us").as_bytes()).expect("read");
    assert_eq!((file.source, file.target), (Lang::En, Lang::Fr));
}

#[test]
fn bytes_that_are_not_xml_are_refused() {
    refused(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n\xFF\xFE", 2, "not UTF-8");
    refused("Hello, this is the translation.\n", 1, "not an XML file");
    refused("{\"units\": []}", 1, "not an XML file");
    refused("", 0, "holds no element");
    refused(b"\xFF\xFE<\x00x\x00", 1, "UTF-16");
    refused(doc("<unit id=\"u\"><segment><source>a</source></segment></unit>").replace("</file>", "</fiel>"), 5, "not well-formed");
}

#[test]
fn another_vocabulary_or_xliff_version_is_refused() {
    refused("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", 2, "the document is <html>");
    refused("\n\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file/></xliff>", 3, "XLIFF 1.2 is not supported");
    refused("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file/></xliff>", 1, "XLIFF 1.2");
    refused("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"1.2\" srcLang=\"en\"/>", 1, "XLIFF 1.2");
    refused("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.2\" version=\"2.2\" srcLang=\"en\"/>", 1, "XLIFF 2.2 is not supported");
    refused("<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"/>", 1, "not an XLIFF 2.0 file");
    refused(doc("").replace("version=\"2.0\"", "version=\"3.0\""), 2, "version 3.0");
}

#[test]
fn languages_must_be_given_and_be_english_and_french() {
    refused(doc("").replace(" srcLang=\"en-GB\"", ""), 2, "no srcLang");
    refused(doc("").replace(" trgLang=\"fr-CA\"", ""), 2, "no trgLang");
    refused(doc("").replace("fr-CA", "de-DE"), 2, "trgLang is \"de-DE\"");
    refused(doc("").replace("fr-CA", "en"), 2, "both en");
}

#[test]
fn a_file_needs_an_id_and_holds_one_file() {
    refused(doc("").replace("<file id=\"m-lagos\">", "<file>"), 3, "<file> has no id");
    refused(format!("{HEAD}</file>\n<file id=\"again\"></file>\n</xliff>"), 5, "a second <file>");
    refused(
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">\n</xliff>",
        1,
        "no <file>",
    );
}

#[test]
fn units_need_an_id_a_source_and_unique_ids() {
    refused(doc("<unit><segment><source>a</source></segment></unit>"), 4, "a <unit> has no id");
    refused(
        doc("<unit id=\"u1\">\n  <segment state=\"initial\">\n    <target>b</target>\n  </segment>\n</unit>"),
        5,
        "segment without <source>",
    );
    refused(doc("<unit id=\"u1\">\n  <notes><note>n</note></notes>\n</unit>"), 4, "has no <segment>");
    refused(doc("<unit id=\"u1\"><segment><source> </source></segment></unit>"), 4, "empty source");
    let err = refused(
        doc(
            "<unit id=\"u_2f_title\"><segment><source>a</source></segment></unit>\n\n<unit id=\"u_2f_title\"><segment><source>b</source></segment></unit>",
        ),
        6,
        "the unit u/title appears twice",
    );
    assert!(err.reason.contains("first on line 4"), "{err}");
    refused(doc("<unit id=\"u_title\"><segment><source>a</source></segment></unit>"), 4, "not written by Plenary");
}

#[test]
fn inline_markup_from_translation_tools_is_refused_not_dropped() {
    let pc = "<unit id=\"u\">\n<segment state=\"translated\">\n<source>Read the report</source>\n<target>Lisez le <pc id=\"1\">rapport</pc></target>\n</segment>\n</unit>";
    let err = refused(doc(pc), 7, "inline markup <pc>");
    assert!(err.reason.contains("unit u") && err.reason.contains("target"), "{err}");
    refused(doc("<unit id=\"u\"><segment><source>Total: <ph id=\"1\"/> euros</source></segment></unit>"), 4, "inline markup <ph>");
    refused(
        doc("<unit id=\"u\"><segment><source>a</source>\n<target><mrk id=\"m\" translate=\"no\">b</mrk></target></segment></unit>"),
        5,
        "<mrk>",
    );
    let cp = ok(&doc("<unit id=\"u\"><segment><source>bell<cp hex=\"0007\"/>!</source></segment></unit>"));
    assert_eq!(cp[0].source, "bell\u{7}!", "a code point is a character, not markup");
}

#[test]
fn segments_split_by_a_tool_are_joined_and_take_the_lowest_state() {
    let units = ok(&doc("<unit id=\"u\">\n<segment state=\"reviewed\"><source>First.</source><target>Premier.</target></segment>\n\
         <ignorable><source> </source></ignorable>\n\
         <segment state=\"translated\"><source>Second.</source><target>Second.</target></segment>\n</unit>"));
    assert_eq!((units[0].source.as_str(), units[0].target.as_str()), ("First. Second.", "Premier. Second."));
    assert_eq!(units[0].state, TranslationState::Translated);
    refused(
        doc(
            "<unit id=\"u\">\n<segment><source>First.</source><target>Premier.</target></segment>\n<segment><source>Second.</source></segment>\n</unit>",
        ),
        6,
        "partly translated",
    );
    refused(
        doc("<unit id=\"u\">\n<segment state=\"final\"><source>First.</source></segment>\n</unit>"),
        5,
        "marked final but has no translation",
    );
    refused(doc("<unit id=\"u\"><segment state=\"done\"><source>a</source></segment></unit>"), 4, "\"done\" is not an XLIFF 2.0 state");
}

#[test]
fn modules_and_extensions_are_skipped() {
    let units = ok(&doc("<unit id=\"u\" xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\">\n\
         <mtc:matches><mtc:match ref=\"#1\"><source>Hello</source><target>Salut</target></mtc:match></mtc:matches>\n\
         <notes><note>Greeting</note></notes>\n\
         <segment id=\"1\" state=\"translated\"><source>Hello</source><target>Bonjour</target></segment>\n</unit>"));
    assert_eq!(units[0].target, "Bonjour", "a translation candidate is not the translation");
    assert_eq!(ok(&doc("<group id=\"g\"><unit id=\"u\"><segment><source>a</source></segment></unit></group>")).len(), 1, "groups are read");
}

#[test]
fn encodings_entities_and_prefixes_are_checked() {
    refused(doc("").replace("UTF-8", "ISO-8859-1"), 1, "encoding ISO-8859-1");
    refused(doc("<unit id=\"u\"><segment><source>a&nbsp;b</source></segment></unit>"), 4, "&nbsp; is not defined");
    refused(doc("<unit id=\"u\"><x:segment><source>a</source></x:segment></unit>"), 4, "prefix x");
    let refs = ok(&doc("<unit id=\"u\"><segment><source>a &amp; b &#x2014; c&#13;</source></segment></unit>"));
    assert_eq!(refs[0].source, "a & b — c\r");
}
