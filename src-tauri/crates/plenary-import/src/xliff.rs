//! XLIFF 2.0 files coming back from a translator.
//!
//! Strict: a file is read whole or refused with the line and the reason, because a half-read
//! translation would silently lose texts. Refused: bytes that are not UTF-8 XML, another
//! vocabulary, XLIFF 1.2 (and any version but 2.0 / 2.1), languages other than English and
//! French (`en-GB`, `fr-CA`… are read by their primary subtag), a file without `<file id>`,
//! a unit without id or source, twice the same unit id, and inline markup (`<ph>`, `<pc>`,
//! `<mrk>`…) that Plenary's plain texts cannot keep. Modules and extensions in other
//! namespaces (translation candidates, metadata…) are skipped, as XLIFF allows.
//!
//! A unit split into several segments by a translation tool is joined back (with its
//! `<ignorable>` white space); its state is the lowest of its segments'.

mod cursor;
mod ids;
mod units;

use cursor::{Cursor, Element, Node, XLIFF_2};
use plenary_core::{Lang, TranslationState};

/// A translated file, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffFile {
    /// The meeting the file was exported from (the `<file id>`), checked by the caller.
    pub meeting_id: String,
    /// The source language (`srcLang`).
    pub source: Lang,
    /// The target language (`trgLang`).
    pub target: Lang,
    /// The units, in file order.
    pub units: Vec<TranslatedUnit>,
}

/// One unit of a translated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatedUnit {
    /// The unit's id: the text's id in Plenary.
    pub id: String,
    /// The source text as exported (compared by the caller with the text as it is now).
    pub source: String,
    /// The translation; empty when the translator left the unit untranslated.
    pub target: String,
    /// The segment's state, mapped to Plenary's (`initial` → draft, `translated`,
    /// `reviewed`, `final`); `missing` when there is no translation.
    pub state: TranslationState,
    /// The line of the unit in the file, for messages.
    pub line: usize,
}

/// Why a file was refused, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason} (line {line})")]
pub struct XliffError {
    /// The line in the file (1-based; 0 when the file as a whole is wrong).
    pub line: usize,
    /// What is wrong, in English; the api maps it to a coded, translated message.
    pub reason: String,
}

fn error(line: usize, reason: impl Into<String>) -> XliffError {
    XliffError { line, reason: reason.into() }
}

/// Reads an XLIFF 2.0 file; refuses anything that is not one (XLIFF 1.2, another XML,
/// bytes that are not XML), naming the line.
pub fn read(bytes: &[u8]) -> Result<XliffFile, XliffError> {
    let text = text(bytes)?;
    let mut cursor = Cursor::new(text);
    let root = loop {
        match cursor.next()? {
            (_, Node::Start(element)) => break element,
            (_, Node::Text(t)) if t.trim().is_empty() => {}
            (line, Node::Text(_)) => return Err(error(line, "this is not an XML file: it starts with text, not an element")),
            (line, Node::End) => return Err(error(line, "this is not an XML file: it starts with a closing tag")),
            (_, Node::Eof) => return Err(error(0, "this is not an XML file: it holds no element")),
        }
    };
    let (source, target) = languages(&root)?;
    let mut file = None;
    loop {
        match cursor.next()? {
            (_, Node::Start(element)) if element.is("file") => match &file {
                Some(_) => {
                    return Err(element.error("a second <file>: Plenary exports one <file> per meeting and reads one back"));
                }
                None => file = Some(units::file(&mut cursor, &element)?),
            },
            (_, Node::Start(element)) if element.is_core() => {
                return Err(element.error(format!("<{}> is not allowed directly in <xliff>", element.name)));
            }
            (_, Node::Start(_)) => cursor.skip()?,
            (_, Node::Text(t)) if t.trim().is_empty() => {}
            (line, Node::Text(_)) => return Err(error(line, "text directly inside <xliff>")),
            (_, Node::End) => break,
            (_, Node::Eof) => return Err(cursor.unexpected_end()),
        }
    }
    loop {
        match cursor.next()? {
            (_, Node::Eof) => break,
            (_, Node::Text(t)) if t.trim().is_empty() => {}
            (line, _) => return Err(error(line, "content after the end of <xliff>")),
        }
    }
    let (meeting_id, units) = file.ok_or_else(|| root.error("the file has no <file> element"))?;
    Ok(XliffFile { meeting_id, source, target, units })
}

/// The bytes as UTF-8 text, without a byte order mark.
fn text(bytes: &[u8]) -> Result<&str, XliffError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(error(1, "the file is in UTF-16; save it as UTF-8"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count();
        error(line, "this is not an XML file: it is not UTF-8 text")
    })
}

/// The source and target languages of the root, after checking it is XLIFF 2.0.
fn languages(root: &Element) -> Result<(Lang, Lang), XliffError> {
    const FAMILY: &str = "urn:oasis:names:tc:xliff:document:";
    let version = root.attribute("version");
    if root.name != "xliff" {
        let ns = if root.ns.is_empty() { String::new() } else { format!(" in {}", root.ns) };
        return Err(root.error(format!("this is not an XLIFF file: the document is <{}>{ns}", root.name)));
    }
    if root.ns == format!("{FAMILY}1.2") || version.is_some_and(|v| v.starts_with("1.")) {
        return Err(root.error("XLIFF 1.2 is not supported: export the file as XLIFF 2.0 from the translation tool"));
    }
    if root.ns != XLIFF_2 {
        let reason = match root.ns.strip_prefix(FAMILY) {
            Some(other) => format!("XLIFF {other} is not supported: export the file as XLIFF 2.0"),
            None => format!("this is not an XLIFF 2.0 file: <xliff> is in the namespace {:?}, not {XLIFF_2}", root.ns),
        };
        return Err(root.error(reason));
    }
    match version {
        Some("2.0" | "2.1") => {}
        Some(v) => return Err(root.error(format!("XLIFF version {v} is not supported: export the file as XLIFF 2.0"))),
        None => return Err(root.error("<xliff> has no version")),
    }
    let source = language(root, "srcLang")?;
    let target = language(root, "trgLang")?;
    if source == target {
        return Err(
            root.error(format!("srcLang and trgLang are both {}: a translation goes from one language to the other", source.code()))
        );
    }
    Ok((source, target))
}

/// English or French, by the primary subtag of the attribute (`en-GB`, `fr_CA`…).
fn language(root: &Element, attribute: &str) -> Result<Lang, XliffError> {
    let Some(code) = root.attribute(attribute) else {
        return Err(root.error(format!("<xliff> has no {attribute}: Plenary needs to know which language is which")));
    };
    let primary = code.split(['-', '_']).next().unwrap_or_default().trim().to_ascii_lowercase();
    match primary.as_str() {
        "en" => Ok(Lang::En),
        "fr" => Ok(Lang::Fr),
        _ => Err(root.error(format!("{attribute} is {code:?}: Plenary translates between English (en) and French (fr)"))),
    }
}
