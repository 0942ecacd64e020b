//! The outcome document as Akoma Ntoso 3.0 XML, the OASIS standard the United Nations
//! archive their documents in (AKN4UN), one document per language.
//!
//! `<doc name="outcomeDocument">` holds the FRBR identification of the work (the document,
//! whatever its language), of the expression (the document in this language, as of its
//! revision) and of the manifestation (this file); the preface (title, meeting, status); the
//! preamble, a `<container>` per preambular paragraph; and the main body, a `<section>` per
//! section with its `<paragraph>`s numbered as printed. Bracketed passages are
//! `<inline name="bracketed">`, figures a `<blockList>`, quotes `<embeddedText>` followed
//! by their attribution. Element ids (`eId`) follow the AKN naming convention: `sec_2`,
//! `sec_2__para_5` (the paragraph's number, which is unique in the document).

use super::edition::{self, Edition, FactGroup, Para, Piece, Row};
use super::words;
use crate::render::{self, Printed};
use crate::xml::{Xml, xml_char};
use crate::{ExportError, Exported};
use plenary_core::Lang;
use plenary_core::outcome::OutcomeDocument;
use quick_xml::events::{BytesDecl, Event};

/// The Akoma Ntoso 3.0 namespace.
pub const AKN_NS: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The date of a work whose creation day is unknown: AKN wants a date, and this one says
/// plainly that it is not one.
const UNKNOWN_DATE: &str = "9999-01-01";

/// The document in `lang` as an Akoma Ntoso document.
pub(super) fn document(doc: &OutcomeDocument, lang: Lang) -> Result<Exported, ExportError> {
    let edition = edition::edition(doc, lang);
    let mut x = Xml::new("Akoma Ntoso");
    x.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    x.newline(0)?;
    x.start_with("akomaNtoso", &[("xmlns", AKN_NS)])?;
    x.newline(1)?;
    x.start_with("doc", &[("name", "outcomeDocument")])?;
    meta(&mut x, doc, lang)?;
    preface(&mut x, &edition)?;
    body(&mut x, &edition)?;
    x.newline(1)?;
    x.end("doc")?;
    x.newline(0)?;
    x.end("akomaNtoso")?;
    x.newline(0)?;
    Ok(Exported { bytes: x.into_bytes(), gaps: doc.gaps(&[lang]) })
}

/// ISO 639-2, as FRBR names languages.
fn frbr_language(lang: Lang) -> &'static str {
    lang.pick("eng", "fra")
}

/// The FRBR identification and the organisations it refers to.
fn meta(x: &mut Xml, doc: &OutcomeDocument, lang: Lang) -> Result<(), ExportError> {
    let created = words::created_on(doc.id.as_str()).or_else(|| doc.revision.as_ref().map(|r| r.saved_on));
    let work_date = created.map_or_else(|| UNKNOWN_DATE.to_owned(), |d| d.format("%Y-%m-%d").to_string());
    let expression_date = doc.revision.as_ref().map(|r| r.saved_on.format("%Y-%m-%d").to_string());
    let work = format!("/akn/un/doc/outcomeDocument/{work_date}/{}", uri_part(doc.id.as_str()));
    let expression = format!("{work}/{}@{}", frbr_language(lang), expression_date.as_deref().unwrap_or_default());
    let expression_day = expression_date.as_deref().unwrap_or(&work_date);
    let (expression_event, manifestation_event) = match &doc.revision {
        Some(_) => ("revision", "revision"),
        None => ("draft", "draft"),
    };
    x.newline(2)?;
    x.start("meta")?;
    x.newline(3)?;
    x.start_with("identification", &[("source", "#plenary")])?;
    let parts: [(&str, String, String, &str, &str, &str); 3] = [
        ("FRBRWork", format!("{work}/!main"), work.clone(), work_date.as_str(), "creation", "#meeting"),
        ("FRBRExpression", format!("{expression}/!main"), expression.clone(), expression_day, expression_event, "#meeting"),
        ("FRBRManifestation", format!("{expression}/!main.xml"), format!("{expression}.akn"), expression_day, manifestation_event, "#plenary"),
    ];
    for (element, this, uri, date, event, author) in &parts {
        x.newline(4)?;
        x.start(element)?;
        for (name, attributes) in [("FRBRthis", vec![("value", this.as_str())]), ("FRBRuri", vec![("value", uri.as_str())])] {
            x.newline(5)?;
            x.empty(name, &attributes)?;
        }
        x.newline(5)?;
        x.empty("FRBRdate", &[("date", date), ("name", event)])?;
        x.newline(5)?;
        x.empty("FRBRauthor", &[("href", author)])?;
        match *element {
            "FRBRWork" => {
                x.newline(5)?;
                x.empty("FRBRcountry", &[("value", "un")])?;
            }
            "FRBRExpression" => {
                x.newline(5)?;
                x.empty("FRBRlanguage", &[("language", frbr_language(lang))])?;
            }
            _ => {
                x.newline(5)?;
                x.empty("FRBRformat", &[("value", "application/akn+xml")])?;
            }
        }
        x.newline(4)?;
        x.end(element)?;
    }
    x.newline(3)?;
    x.end("identification")?;
    x.newline(3)?;
    x.start_with("references", &[("source", "#plenary")])?;
    let meeting = words::name(&doc.meeting.title, lang).map(|p| p.text).unwrap_or_default();
    let meeting_href = format!("/ontology/organization/un/meeting.{}", uri_part(doc.meeting_id.as_str()));
    for (id, href, show) in [("plenary", "/ontology/organization/plenary", "Plenary"), ("meeting", meeting_href.as_str(), meeting.as_str())] {
        x.newline(4)?;
        x.empty("TLCOrganization", &[("eId", id), ("href", href), ("showAs", &clean(show))])?;
    }
    x.newline(3)?;
    x.end("references")?;
    x.newline(2)?;
    x.end("meta")
}

/// The kind of document, its title, the meeting and its status.
fn preface(x: &mut Xml, edition: &Edition) -> Result<(), ExportError> {
    let front = &edition.front;
    x.newline(2)?;
    x.start("preface")?;
    line(x, "kind", &|x| text(x, front.kind))?;
    line(x, "title", &|x| wrapped(x, "docTitle", &|x| printed(x, &front.title)))?;
    for meeting in &front.meeting {
        line(x, "meeting", &|x| printed(x, meeting))?;
    }
    line(x, "status", &|x| wrapped(x, "docStatus", &|x| text(x, &front.status)))?;
    x.newline(2)?;
    x.end("preface")
}

type Write<'w> = &'w dyn Fn(&mut Xml) -> Result<(), ExportError>;

/// `<p class="…">` on a line of its own, holding what `content` writes.
fn line(x: &mut Xml, class: &str, content: Write<'_>) -> Result<(), ExportError> {
    x.newline(3)?;
    x.start_with("p", &[("class", class)])?;
    content(x)?;
    x.end("p")
}

fn wrapped(x: &mut Xml, element: &str, content: Write<'_>) -> Result<(), ExportError> {
    x.start(element)?;
    content(x)?;
    x.end(element)
}

/// The preamble, then the main body.
fn body(x: &mut Xml, edition: &Edition) -> Result<(), ExportError> {
    let mut preamble = 0;
    let mut section = 0;
    let mut in_body = false;
    for row in edition::rows(std::slice::from_ref(edition)) {
        match row {
            Row::Paragraph(paras) => {
                let Some(para) = paras.first() else { continue };
                if section == 0 {
                    if preamble == 0 {
                        x.newline(2)?;
                        x.start("preamble")?;
                    }
                    preamble += 1;
                    let id = format!("preamble__container_{preamble}");
                    x.newline(3)?;
                    x.start_with("container", &[("name", "preambularParagraph"), ("eId", &id)])?;
                    blocks(x, para, edition.lang, &id, 4)?;
                    x.newline(3)?;
                    x.end("container")?;
                } else {
                    let id = format!("sec_{section}__para_{}", para.label.number);
                    x.newline(4)?;
                    x.start_with("paragraph", &[("eId", &id)])?;
                    if let Some(number) = para.label.printed() {
                        x.newline(5)?;
                        wrapped(x, "num", &|x| text(x, &number))?;
                    }
                    x.newline(5)?;
                    x.start("content")?;
                    blocks(x, para, edition.lang, &id, 6)?;
                    x.newline(5)?;
                    x.end("content")?;
                    x.newline(4)?;
                    x.end("paragraph")?;
                }
            }
            Row::Section(headings) => {
                if section == 0 {
                    if preamble > 0 {
                        x.newline(2)?;
                        x.end("preamble")?;
                    }
                    x.newline(2)?;
                    x.start("mainBody")?;
                    in_body = true;
                } else {
                    end_section(x)?;
                }
                section += 1;
                x.newline(3)?;
                x.start_with("section", &[("eId", &format!("sec_{section}"))])?;
                if let Some(heading) = headings.first().copied().flatten() {
                    x.newline(4)?;
                    wrapped(x, "heading", &|x| printed(x, heading))?;
                }
            }
        }
    }
    if section > 0 {
        end_section(x)?;
    } else if preamble > 0 {
        x.newline(2)?;
        x.end("preamble")?;
    }
    // A doc has a main body, even one without sections.
    if !in_body {
        x.newline(2)?;
        x.start("mainBody")?;
        x.newline(3)?;
        x.empty("p", &[])?;
    }
    x.newline(2)?;
    x.end("mainBody")
}

fn end_section(x: &mut Xml) -> Result<(), ExportError> {
    x.newline(3)?;
    x.end("section")
}

/// A paragraph's text, then the facts it places: figures as a list, quotes as embedded text
/// followed by their attribution.
fn blocks(x: &mut Xml, para: &Para, lang: Lang, id: &str, depth: usize) -> Result<(), ExportError> {
    x.newline(depth)?;
    x.start("p")?;
    match para.fallback {
        Some(other) => borrowed(x, other, &|x| pieces(x, &para.pieces))?,
        None => pieces(x, &para.pieces)?,
    }
    x.end("p")?;
    let mut lists = 0;
    for group in &para.facts {
        match group {
            FactGroup::Figures(figures) => {
                lists += 1;
                let list = format!("{id}__list_{lists}");
                x.newline(depth)?;
                x.start_with("blockList", &[("eId", &list)])?;
                for (i, figure) in figures.iter().enumerate() {
                    x.newline(depth + 1)?;
                    x.start_with("item", &[("eId", &format!("{list}__item_{}", i + 1))])?;
                    x.start("p")?;
                    printed(x, &figure.text)?;
                    if !figure.attribution.is_empty() {
                        text(x, &format!(" ({})", figure.attribution))?;
                    }
                    x.end("p")?;
                    x.end("item")?;
                }
                x.newline(depth)?;
                x.end("blockList")?;
            }
            FactGroup::Quote(quote) => {
                let (open, close) = if quote.text.fallback.unwrap_or(lang) == Lang::Fr { ("«", "»") } else { ("“", "”") };
                x.newline(depth)?;
                x.start_with("p", &[("class", "quote")])?;
                x.start_with("embeddedText", &[("startQuote", open), ("endQuote", close)])?;
                printed(x, &quote.text)?;
                x.end("embeddedText")?;
                x.end("p")?;
                if !quote.attribution.is_empty() {
                    x.newline(depth)?;
                    x.start_with("p", &[("class", "attribution")])?;
                    text(x, &format!("— {}", quote.attribution))?;
                    x.end("p")?;
                }
            }
        }
    }
    Ok(())
}

/// A text cut at brackets, each contested passage an `<inline name="bracketed">`.
fn pieces(x: &mut Xml, pieces: &[Piece]) -> Result<(), ExportError> {
    for piece in pieces {
        if piece.bracketed {
            x.start_with("inline", &[("name", "bracketed")])?;
            text(x, &piece.text)?;
            x.end("inline")?;
        } else {
            text(x, &piece.text)?;
        }
    }
    Ok(())
}

/// A printed text; one standing in for a missing translation is tagged ("[EN]") inside an
/// inline marked with the language it is really in.
fn printed(x: &mut Xml, printed: &Printed) -> Result<(), ExportError> {
    match printed.fallback {
        Some(other) => borrowed(x, other, &|x| text(x, &printed.text)),
        None => text(x, &printed.text),
    }
}

fn borrowed(x: &mut Xml, other: Lang, content: Write<'_>) -> Result<(), ExportError> {
    x.start_with("inline", &[("name", "missingTranslation"), ("xml:lang", other.code())])?;
    text(x, &format!("{} ", render::fallback_tag(other)))?;
    content(x)?;
    x.end("inline")
}

/// Text, escaped; a character XML 1.0 cannot hold (a control character pasted with a text)
/// as U+FFFD, since Akoma Ntoso has no element to carry it.
fn text(x: &mut Xml, value: &str) -> Result<(), ExportError> {
    if value.is_empty() {
        return Ok(());
    }
    x.escaped(&clean(value))
}

fn clean(value: &str) -> String {
    value.chars().map(|c| if xml_char(c) { c } else { '\u{fffd}' }).collect()
}

/// `value` as one segment of an FRBR URI: ids are UUIDs, but a stray `/` or space would
/// change the URI's structure.
fn uri_part(value: &str) -> String {
    value.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_') { c } else { '_' }).collect()
}
