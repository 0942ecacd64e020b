//! XML events as the XLIFF reader needs them: elements with their namespace, attributes
//! and line, text with references resolved, and every error with the line it is on.

use super::XliffError;
use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

/// The XLIFF 2.0 core namespace.
pub const XLIFF_2: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// An element's start.
#[derive(Debug)]
pub struct Element {
    /// Its namespace URI, empty when it has none.
    pub ns: String,
    /// Its local name.
    pub name: String,
    /// Its unprefixed attributes, unescaped.
    attributes: Vec<(String, String)>,
    /// The line of its start tag.
    pub line: usize,
}

impl Element {
    /// Whether this is the XLIFF 2.0 element `name`.
    pub fn is(&self, name: &str) -> bool {
        self.ns == XLIFF_2 && self.name == name
    }

    /// Whether the element belongs to XLIFF 2.0's core (as opposed to a module or an
    /// extension, which a reader may skip).
    pub fn is_core(&self) -> bool {
        self.ns == XLIFF_2
    }

    /// The unprefixed attribute `name`.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// An error at this element.
    pub fn error(&self, reason: impl Into<String>) -> XliffError {
        XliffError { line: self.line, reason: reason.into() }
    }
}

/// What comes next in the file.
#[derive(Debug)]
pub enum Node {
    /// An element starts (empty elements are a start and an end).
    Start(Element),
    /// The current element ends.
    End,
    /// Character data, with line ends normalised and references resolved.
    Text(String),
    /// The end of the file.
    Eof,
}

/// A reader over the file's text that knows which line it is on.
pub struct Cursor<'a> {
    reader: NsReader<&'a [u8]>,
    bytes: &'a [u8],
    /// The byte offset `line` was counted up to.
    counted: usize,
    /// The 1-based line at `counted`.
    line: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        let mut reader = NsReader::from_str(text);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.check_comments = true;
        Cursor { reader, bytes: text.as_bytes(), counted: 0, line: 1 }
    }

    fn line_at(&mut self, offset: u64) -> usize {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX).min(self.bytes.len());
        if offset >= self.counted {
            self.line += self.bytes[self.counted..offset].iter().filter(|&&b| b == b'\n').count();
            self.counted = offset;
            self.line
        } else {
            1 + self.bytes[..offset].iter().filter(|&&b| b == b'\n').count()
        }
    }

    /// An error at the current position.
    fn broken(&mut self, e: impl std::fmt::Display) -> XliffError {
        let line = self.line_at(self.reader.error_position());
        XliffError { line, reason: format!("the file is not well-formed XML: {e}") }
    }

    /// The next node, and the line it starts on.
    pub fn next(&mut self) -> Result<(usize, Node), XliffError> {
        loop {
            let line = self.line_at(self.reader.buffer_position());
            let (ns, event) = match self.reader.read_resolved_event() {
                Ok((ResolveResult::Bound(ns), event)) => (String::from_utf8_lossy(ns.as_ref()).into_owned(), event),
                Ok((ResolveResult::Unbound, event)) => (String::new(), event),
                Ok((ResolveResult::Unknown(prefix), _)) => {
                    let prefix = String::from_utf8_lossy(&prefix).into_owned();
                    return Err(XliffError { line, reason: format!("the prefix {prefix}: is used but never declared") });
                }
                Err(e) => return Err(self.broken(e)),
            };
            let node = match event {
                Event::Start(e) => Node::Start(self.element(ns, &e, line)?),
                Event::End(_) => Node::End,
                Event::Text(t) => Node::Text(t.xml10_content().map_err(|e| self.broken(e))?.into_owned()),
                Event::CData(t) => Node::Text(t.xml10_content().map_err(|e| self.broken(e))?.into_owned()),
                Event::GeneralRef(r) => {
                    let name = r.decode().map_err(|e| self.broken(e))?.into_owned();
                    let resolved = if r.is_char_ref() {
                        r.resolve_char_ref().ok().flatten().map(String::from)
                    } else {
                        quick_xml::escape::resolve_predefined_entity(&name).map(str::to_owned)
                    };
                    match resolved {
                        Some(text) => Node::Text(text),
                        None => {
                            return Err(XliffError {
                                line,
                                reason: format!("&{name}; is not defined: XLIFF allows only XML's five entities and character references"),
                            });
                        }
                    }
                }
                Event::Decl(d) => {
                    if let Some(Ok(encoding)) = d.encoding() {
                        let encoding = String::from_utf8_lossy(&encoding).into_owned();
                        if !encoding.eq_ignore_ascii_case("utf-8") && !encoding.eq_ignore_ascii_case("utf8") {
                            return Err(XliffError {
                                line,
                                reason: format!("the file declares the encoding {encoding}; save it as UTF-8"),
                            });
                        }
                    }
                    continue;
                }
                Event::Empty(_) | Event::Comment(_) | Event::PI(_) | Event::DocType(_) => continue,
                Event::Eof => Node::Eof,
            };
            return Ok((line, node));
        }
    }

    fn element(&mut self, ns: String, e: &BytesStart<'_>, line: usize) -> Result<Element, XliffError> {
        let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
        let mut attributes = Vec::new();
        for attribute in e.attributes() {
            let attribute = attribute.map_err(|err| XliffError { line, reason: format!("<{name}> has a malformed attribute: {err}") })?;
            if attribute.key.prefix().is_some() {
                continue;
            }
            let value = attribute
                .decode_and_unescape_value(self.reader.decoder())
                .map_err(|err| XliffError { line, reason: format!("<{name}> has an attribute that cannot be read: {err}") })?;
            attributes.push((String::from_utf8_lossy(attribute.key.local_name().as_ref()).into_owned(), value.into_owned()));
        }
        Ok(Element { ns, name, attributes, line })
    }

    /// Skips the content of the element just started, up to and including its end.
    pub fn skip(&mut self) -> Result<(), XliffError> {
        let mut depth = 1usize;
        while depth > 0 {
            match self.next()?.1 {
                Node::Start(_) => depth += 1,
                Node::End => depth -= 1,
                Node::Text(_) => {}
                Node::Eof => return Err(self.unexpected_end()),
            }
        }
        Ok(())
    }

    /// The error for a file that stops inside an element.
    pub fn unexpected_end(&mut self) -> XliffError {
        let line = self.line_at(self.bytes.len() as u64);
        XliffError { line, reason: "the file ends before its elements are closed".to_owned() }
    }
}
