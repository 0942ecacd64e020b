//! What docx-rs 0.4 cannot write, added to the XML it built: the language of runs and
//! styles (`w:lang`), the default paragraph style, table header rows repeated on every
//! page (`w:tblHeader`), and tracked changes numbered from 1 in each part (docx-rs numbers
//! them from a counter of the process, so two exports of one document would differ). A
//! streaming rewrite with quick-xml: every other event is copied as it was read, already
//! escaped.

use super::styles;
use crate::ExportError;
use quick_xml::events::{BytesEnd, BytesStart, Event};
use quick_xml::{Reader, Writer};

/// `document.xml` or a header part, with `w:lang` in the properties of every run whose
/// character style has a language, the first row of every table marked as its header, and
/// insertions and deletions numbered in order.
pub fn document(xml: &[u8]) -> Result<Vec<u8>, ExportError> {
    let mut reader = Reader::from_reader(xml);
    let mut writer = Writer::new(Vec::with_capacity(xml.len() + xml.len() / 8));
    // The language of the run whose properties are being read.
    let mut run_lang: Option<&'static str> = None;
    // Set from a table's start until its first row's properties are written.
    let mut header_row_pending = false;
    let mut revisions: usize = 0;
    loop {
        let event = reader.read_event().map_err(|e| broken("document", &e))?;
        match &event {
            Event::Eof => break,
            Event::Start(e) if matches!(e.name().as_ref(), b"w:ins" | b"w:del") => {
                revisions += 1;
                write(&mut writer, Event::Start(renumbered(e, revisions)))?;
                continue;
            }
            Event::Start(e) if e.name().as_ref() == b"w:tbl" => header_row_pending = true,
            Event::Start(e) if e.name().as_ref() == b"w:trPr" && header_row_pending => {
                header_row_pending = false;
                write(&mut writer, event.borrow())?;
                write(&mut writer, Event::Empty(BytesStart::new("w:tblHeader")))?;
                continue;
            }
            Event::Empty(e) if e.name().as_ref() == b"w:trPr" && header_row_pending => {
                header_row_pending = false;
                write(&mut writer, Event::Start(BytesStart::new("w:trPr")))?;
                write(&mut writer, Event::Empty(BytesStart::new("w:tblHeader")))?;
                write(&mut writer, Event::End(BytesEnd::new("w:trPr")))?;
                continue;
            }
            Event::Empty(e) if e.name().as_ref() == b"w:rStyle" => {
                run_lang = val(e).as_deref().and_then(styles::language_of);
            }
            Event::End(e) if e.name().as_ref() == b"w:rPr" => {
                if let Some(lang) = run_lang.take() {
                    write(&mut writer, lang_element(lang))?;
                }
            }
            _ => {}
        }
        write(&mut writer, event)?;
    }
    Ok(writer.into_inner())
}

/// `styles.xml` with `w:lang` in the document defaults (`default_lang`) and in the
/// character styles that have a language, and Normal marked as the default paragraph style.
pub fn styles(xml: &[u8], default_lang: &'static str) -> Result<Vec<u8>, ExportError> {
    let mut reader = Reader::from_reader(xml);
    let mut writer = Writer::new(Vec::with_capacity(xml.len() + 512));
    // The language to add to the run properties being read, if any.
    let mut pending: Option<&'static str> = None;
    loop {
        let event = reader.read_event().map_err(|e| broken("styles", &e))?;
        match &event {
            Event::Eof => break,
            Event::Start(e) if e.name().as_ref() == b"w:rPrDefault" => pending = Some(default_lang),
            Event::Start(e) if e.name().as_ref() == b"w:style" => {
                let id = attribute(e, b"w:styleId");
                pending = id.as_deref().and_then(styles::language_of);
                if id.as_deref() == Some(styles::NORMAL) && attribute(e, b"w:default").is_none() {
                    let mut start = e.clone();
                    start.push_attribute(("w:default", "1"));
                    write(&mut writer, Event::Start(start))?;
                    continue;
                }
            }
            Event::Empty(e) if e.name().as_ref() == b"w:rPr" => {
                if let Some(lang) = pending.take() {
                    write(&mut writer, Event::Start(BytesStart::new("w:rPr")))?;
                    write(&mut writer, lang_element(lang))?;
                    write(&mut writer, Event::End(BytesEnd::new("w:rPr")))?;
                    continue;
                }
            }
            Event::End(e) if e.name().as_ref() == b"w:rPr" => {
                if let Some(lang) = pending.take() {
                    write(&mut writer, lang_element(lang))?;
                }
            }
            Event::End(e) if e.name().as_ref() == b"w:style" || e.name().as_ref() == b"w:rPrDefault" => pending = None,
            _ => {}
        }
        write(&mut writer, event)?;
    }
    Ok(writer.into_inner())
}

/// `start` with its `w:id` replaced by `id`, its other attributes as they were.
fn renumbered(start: &BytesStart<'_>, id: usize) -> BytesStart<'static> {
    let id = id.to_string();
    let mut out = BytesStart::new(String::from_utf8_lossy(start.name().as_ref()).into_owned());
    for attribute in start.attributes().flatten() {
        if attribute.key.as_ref() == b"w:id" {
            out.push_attribute(("w:id", id.as_str()));
        } else {
            out.push_attribute(attribute);
        }
    }
    out.into_owned()
}

fn lang_element(lang: &str) -> Event<'static> {
    Event::Empty(BytesStart::new("w:lang").with_attributes([("w:val", lang)]).into_owned())
}

fn write(writer: &mut Writer<Vec<u8>>, event: Event<'_>) -> Result<(), ExportError> {
    writer.write_event(event).map_err(|e| ExportError::Write(format!("DOCX: {e}")))
}

fn broken(part: &str, e: &quick_xml::Error) -> ExportError {
    ExportError::Write(format!("DOCX: the {part} part docx-rs wrote could not be read back: {e}"))
}

fn val(e: &BytesStart<'_>) -> Option<String> {
    attribute(e, b"w:val")
}

fn attribute(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.as_ref() == name).and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_in_a_language_style_get_their_language() {
        let xml = br#"<w:p><w:r><w:rPr><w:b /><w:rStyle w:val="TextFr" /></w:rPr><w:t>Pause</w:t></w:r><w:r><w:rPr><w:b /></w:rPr><w:t>x</w:t></w:r></w:p>"#;
        let out = String::from_utf8(document(xml).expect("rewritten")).expect("UTF-8");
        assert_eq!(
            out,
            r#"<w:p><w:r><w:rPr><w:b /><w:rStyle w:val="TextFr" /><w:lang w:val="fr-FR"/></w:rPr><w:t>Pause</w:t></w:r><w:r><w:rPr><w:b /></w:rPr><w:t>x</w:t></w:r></w:p>"#,
            "only the styled run gets a language"
        );
    }

    #[test]
    fn the_first_row_of_each_table_repeats() {
        let xml = br#"<w:tbl><w:tr><w:trPr /></w:tr><w:tr><w:trPr /></w:tr></w:tbl><w:tbl><w:tr><w:trPr></w:trPr></w:tr></w:tbl>"#;
        let out = String::from_utf8(document(xml).expect("rewritten")).expect("UTF-8");
        assert_eq!(out.matches("<w:tblHeader/>").count(), 2, "one header row per table: {out}");
        assert!(out.starts_with("<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr></w:tr><w:tr><w:trPr />"), "{out}");
    }

    #[test]
    fn tracked_changes_are_numbered_in_order_whatever_docx_rs_counted() {
        let xml = br#"<w:p><w:del w:id="41" w:author="C&apos;te" w:date="d"><w:r /></w:del><w:ins w:id="7" w:author="x" w:date="d"><w:r /></w:ins></w:p>"#;
        let out = String::from_utf8(document(xml).expect("rewritten")).expect("UTF-8");
        assert_eq!(
            out,
            r#"<w:p><w:del w:id="1" w:author="C&apos;te" w:date="d"><w:r /></w:del><w:ins w:id="2" w:author="x" w:date="d"><w:r /></w:ins></w:p>"#,
            "ids from 1 in document order, the author still escaped once"
        );
    }

    #[test]
    fn styles_carry_languages_and_the_default() {
        let xml = br#"<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21" /></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Normal"><w:rPr /></w:style><w:style w:type="character" w:styleId="TextEn"><w:rPr /></w:style></w:styles>"#;
        let out = String::from_utf8(styles(xml, "fr-FR").expect("rewritten")).expect("UTF-8");
        assert!(out.contains(r#"<w:sz w:val="21" /><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault>"#), "{out}");
        assert!(out.contains(r#"w:styleId="Normal" w:default="1"><w:rPr />"#), "Normal is the default and has no language: {out}");
        assert!(out.contains(r#"w:styleId="TextEn"><w:rPr><w:lang w:val="en-GB"/></w:rPr>"#), "{out}");
    }
}
