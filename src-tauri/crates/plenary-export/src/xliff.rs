//! Texts to translate, as an XLIFF 2.0 file.
//!
//! One `<file>` per meeting, one `<unit>` per text, one `<segment>` per unit: the source side
//! in `<source>`, the other side in `<target>` when it has text, and the target side's state
//! as the segment's `state`. A target written against an older source (stale) is exported
//! as `initial`: the translator must look at it again.
//!
//! Ids: XLIFF 2.0 types `id` as an XML `NMTOKEN`, which has no `/`, and Plenary's text ids
//! are `owner_id/field`. [`encode_id`] writes every character outside `[A-Za-z0-9.:-]` as
//! `_<hex>_` (`/` → `_2f_`), which is reversible and leaves UUIDs readable; the XLIFF reader
//! of `plenary-import` decodes it.

use crate::ExportError;
use plenary_core::{BilingualText, Lang, TranslationState};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::collections::HashSet;

/// The XLIFF 2.0 core namespace.
pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// One text to translate.
#[derive(Debug, Clone)]
pub struct Unit {
    /// The text's id in Plenary (`owner_id/field`): the unit's id in the file.
    pub id: String,
    /// What the text is, for the translator ("Session title — Opening ceremony").
    pub note: String,
    /// The text.
    pub text: BilingualText,
}

/// An XLIFF 2.0 document translating `units` from `source` into the other language.
/// Refuses a unit without source text (there is nothing to translate) and two units with
/// the same id (the file could not be read back).
pub fn write(meeting_id: &str, source: Lang, units: &[Unit]) -> Result<Vec<u8>, ExportError> {
    let target = source.other();
    let mut seen = HashSet::new();
    for unit in units {
        if unit.text.get(source).trim().is_empty() {
            return Err(ExportError::Write(format!("XLIFF: the text {} has no {} side to translate from", unit.id, source.code())));
        }
        if !seen.insert(unit.id.as_str()) {
            return Err(ExportError::Write(format!("XLIFF: two texts have the id {}", unit.id)));
        }
    }

    let mut out = Xml::default();
    out.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    out.newline(0)?;
    out.event(Event::Start(BytesStart::new("xliff").with_attributes([
        ("xmlns", XLIFF_NS),
        ("version", "2.0"),
        ("srcLang", source.code()),
        ("trgLang", target.code()),
    ])))?;
    out.newline(1)?;
    let file_id = encode_id(meeting_id);
    out.event(Event::Start(BytesStart::new("file").with_attributes([("id", file_id.as_str())])))?;
    for unit in units {
        out.newline(2)?;
        let id = encode_id(&unit.id);
        out.event(Event::Start(BytesStart::new("unit").with_attributes([("id", id.as_str())])))?;
        if !unit.note.trim().is_empty() {
            out.newline(3)?;
            out.start("notes")?;
            out.newline(4)?;
            out.start("note")?;
            out.text(unit.note.trim())?;
            out.end("note")?;
            out.newline(3)?;
            out.end("notes")?;
        }
        out.newline(3)?;
        out.event(Event::Start(BytesStart::new("segment").with_attributes([("state", state(&unit.text, target))])))?;
        out.newline(4)?;
        out.content("source", unit.text.get(source))?;
        let translation = unit.text.get(target);
        if !translation.is_empty() {
            out.newline(4)?;
            out.content("target", translation)?;
        }
        out.newline(3)?;
        out.end("segment")?;
        out.newline(2)?;
        out.end("unit")?;
    }
    out.newline(1)?;
    out.end("file")?;
    out.newline(0)?;
    out.end("xliff")?;
    out.newline(0)?;
    Ok(out.0.into_inner())
}

/// The XLIFF state of the target side: `initial` for no text, a draft, or a translation of
/// an older source; otherwise the side's own state.
fn state(text: &BilingualText, target: Lang) -> &'static str {
    if text.get(target).is_empty() || text.is_stale(target) {
        return "initial";
    }
    match text.side(target).state {
        TranslationState::Missing | TranslationState::Draft => "initial",
        TranslationState::Translated => "translated",
        TranslationState::Reviewed => "reviewed",
        TranslationState::Final => "final",
    }
}

/// `id` as an XML NMTOKEN: ASCII letters, digits, `.`, `:` and `-` as they are, every other
/// character as `_<lowercase hex code point>_`. Reversible, since `_` itself is encoded.
pub fn encode_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 4);
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '-') {
            out.push(c);
        } else {
            out.push_str(&format!("_{:x}_", u32::from(c)));
        }
    }
    out
}

/// Whether XML 1.0 allows `c` in a document; the others travel as XLIFF `<cp hex>`.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// A writer that indents structure itself: quick-xml's indentation would also indent inside
/// mixed content (a `<cp/>` in a `<source>`), changing the text.
struct Xml(Writer<Vec<u8>>);

impl Default for Xml {
    fn default() -> Self {
        Xml(Writer::new(Vec::new()))
    }
}

impl Xml {
    fn event(&mut self, event: Event<'_>) -> Result<(), ExportError> {
        self.0.write_event(event).map_err(|e| ExportError::Write(format!("XLIFF: {e}")))
    }

    fn newline(&mut self, depth: usize) -> Result<(), ExportError> {
        let indent = format!("\n{}", "  ".repeat(depth));
        self.event(Event::Text(BytesText::from_escaped(indent)))
    }

    fn start(&mut self, name: &str) -> Result<(), ExportError> {
        self.event(Event::Start(BytesStart::new(name)))
    }

    fn end(&mut self, name: &str) -> Result<(), ExportError> {
        self.event(Event::End(BytesEnd::new(name)))
    }

    /// Text, escaped; characters XML cannot hold as `<cp hex>`, a carriage return as a
    /// character reference so that parsers do not fold it into a line feed.
    fn text(&mut self, text: &str) -> Result<(), ExportError> {
        let mut rest = text;
        while !rest.is_empty() {
            let split = rest.find(|c| !xml_char(c)).unwrap_or(rest.len());
            let (chunk, tail) = rest.split_at(split);
            if !chunk.is_empty() {
                let escaped = quick_xml::escape::escape(chunk).replace('\r', "&#13;");
                self.event(Event::Text(BytesText::from_escaped(escaped)))?;
            }
            let mut chars = tail.chars();
            if let Some(c) = chars.next() {
                let hex = format!("{:04X}", u32::from(c));
                self.event(Event::Empty(BytesStart::new("cp").with_attributes([("hex", hex.as_str())])))?;
            }
            rest = chars.as_str();
        }
        Ok(())
    }

    /// `<source>` or `<target>` holding `text`; white space kept as typed when it matters.
    fn content(&mut self, name: &str, text: &str) -> Result<(), ExportError> {
        let keep_space = text.contains(['\n', '\r', '\t']) || text.contains("  ") || text.trim() != text;
        let mut start = BytesStart::new(name);
        if keep_space {
            start.push_attribute(("xml:space", "preserve"));
        }
        self.event(Event::Start(start))?;
        self.text(text)?;
        self.end(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_become_nmtokens() {
        assert_eq!(encode_id("0198c0de-1234/title"), "0198c0de-1234_2f_title");
        assert_eq!(encode_id("a_b é"), "a_5f_b_20__e9_");
        assert_eq!(encode_id("item:1"), "item:1", "NMTOKEN allows ':'");
    }
}
