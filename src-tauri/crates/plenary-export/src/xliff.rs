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
use crate::xml::{Xml, xml_char};
use plenary_core::{BilingualText, Lang, TranslationState};
use quick_xml::events::{BytesDecl, Event};
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

    let mut out = Xml::new("XLIFF");
    out.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    out.newline(0)?;
    out.start_with("xliff", &[("xmlns", XLIFF_NS), ("version", "2.0"), ("srcLang", source.code()), ("trgLang", target.code())])?;
    out.newline(1)?;
    let file_id = encode_id(meeting_id);
    out.start_with("file", &[("id", file_id.as_str())])?;
    for unit in units {
        out.newline(2)?;
        let id = encode_id(&unit.id);
        out.start_with("unit", &[("id", id.as_str())])?;
        if !unit.note.trim().is_empty() {
            out.newline(3)?;
            out.start("notes")?;
            out.newline(4)?;
            out.start("note")?;
            text(&mut out, unit.note.trim())?;
            out.end("note")?;
            out.newline(3)?;
            out.end("notes")?;
        }
        out.newline(3)?;
        out.start_with("segment", &[("state", state(&unit.text, target))])?;
        out.newline(4)?;
        content(&mut out, "source", unit.text.get(source))?;
        let translation = unit.text.get(target);
        if !translation.is_empty() {
            out.newline(4)?;
            content(&mut out, "target", translation)?;
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
    Ok(out.into_bytes())
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

/// Text, escaped; characters XML cannot hold as `<cp hex>`.
fn text(out: &mut Xml, text: &str) -> Result<(), ExportError> {
    let mut rest = text;
    while !rest.is_empty() {
        let split = rest.find(|c| !xml_char(c)).unwrap_or(rest.len());
        let (chunk, tail) = rest.split_at(split);
        if !chunk.is_empty() {
            out.escaped(chunk)?;
        }
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            let hex = format!("{:04X}", u32::from(c));
            out.empty("cp", &[("hex", hex.as_str())])?;
        }
        rest = chars.as_str();
    }
    Ok(())
}

/// `<source>` or `<target>` holding `text`; white space kept as typed when it matters.
fn content(out: &mut Xml, name: &str, value: &str) -> Result<(), ExportError> {
    let keep_space = value.contains(['\n', '\r', '\t']) || value.contains("  ") || value.trim() != value;
    let attributes: &[(&str, &str)] = if keep_space { &[("xml:space", "preserve")] } else { &[] };
    out.start_with(name, attributes)?;
    text(out, value)?;
    out.end(name)
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
