//! Writing XML whose structure is laid out by the exporter (XLIFF, Akoma Ntoso): quick-xml
//! escapes every text and attribute value; line breaks and indentation are placed by hand
//! between elements only, because quick-xml's own indentation would also indent inside
//! mixed content (an inline element in a paragraph), changing the text.

use crate::ExportError;
use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};

/// An XML document being written.
pub(crate) struct Xml {
    writer: Writer<Vec<u8>>,
    /// The format's name, for error messages ("XLIFF").
    format: &'static str,
}

impl Xml {
    /// An empty document of `format`.
    pub(crate) fn new(format: &'static str) -> Self {
        Xml { writer: Writer::new(Vec::new()), format }
    }

    /// The bytes written.
    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.writer.into_inner()
    }

    /// Writes one event as it is.
    pub(crate) fn event(&mut self, event: Event<'_>) -> Result<(), ExportError> {
        let format = self.format;
        self.writer.write_event(event).map_err(|e| ExportError::Write(format!("{format}: {e}")))
    }

    /// A line break, then `depth` levels of indentation.
    pub(crate) fn newline(&mut self, depth: usize) -> Result<(), ExportError> {
        let indent = format!("\n{}", "  ".repeat(depth));
        self.event(Event::Text(BytesText::from_escaped(indent)))
    }

    /// `<name>`.
    pub(crate) fn start(&mut self, name: &str) -> Result<(), ExportError> {
        self.event(Event::Start(BytesStart::new(name)))
    }

    /// `<name a="…">`, the values escaped.
    pub(crate) fn start_with(&mut self, name: &str, attributes: &[(&str, &str)]) -> Result<(), ExportError> {
        self.event(Event::Start(BytesStart::new(name).with_attributes(attributes.iter().copied())))
    }

    /// `<name a="…"/>`, the values escaped.
    pub(crate) fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) -> Result<(), ExportError> {
        self.event(Event::Empty(BytesStart::new(name).with_attributes(attributes.iter().copied())))
    }

    /// `</name>`.
    pub(crate) fn end(&mut self, name: &str) -> Result<(), ExportError> {
        self.event(Event::End(BytesEnd::new(name)))
    }

    /// `chunk` escaped, which must hold only characters XML allows ([`xml_char`]); a
    /// carriage return as a character reference, so that parsers do not fold it into a
    /// line feed.
    pub(crate) fn escaped(&mut self, chunk: &str) -> Result<(), ExportError> {
        let escaped = quick_xml::escape::escape(chunk).replace('\r', "&#13;");
        self.event(Event::Text(BytesText::from_escaped(escaped)))
    }
}

/// Whether XML 1.0 allows `c` in a document.
pub(crate) fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}
