//! The styles of the DOCX documents. Every paragraph and run of a document uses one of
//! them, so the secretariat restyles a whole agenda or outcome document from Word's or
//! LibreOffice's style list instead of retouching paragraphs one by one.

use docx_rs::{LineSpacing, Style, StyleType};
use plenary_core::Lang;

/// The document's title.
pub const TITLE: &str = "Title";
/// "Agenda" under the title.
pub const SUBTITLE: &str = "Subtitle";
/// Dates, place, co-chairs, descriptions. docx-rs always writes this style itself; its
/// size and spacing come from the document defaults ([`DEFAULT_SIZE`], [`DEFAULT_AFTER`]).
pub const NORMAL: &str = "Normal";
/// The text size of Normal, in half-points.
pub const DEFAULT_SIZE: usize = 21;
/// The space after a Normal paragraph, in twentieths of a point.
pub const DEFAULT_AFTER: u32 = 100;
/// A day of the agenda; a section of an outcome document.
pub const HEADING_1: &str = "Heading1";
/// A session or a break.
pub const HEADING_2: &str = "Heading2";
/// A session's time, room and pillar, and its people.
pub const SESSION_DETAILS: &str = "SessionDetails";
/// A session's agenda items.
pub const AGENDA_ITEM: &str = "AgendaItem";
/// "English" / "Français" above the columns.
pub const COLUMN_HEADING: &str = "ColumnHeading";
/// The page header.
pub const HEADER: &str = "Header";
/// The page footer.
pub const FOOTER: &str = "Footer";
/// "DRAFT" / "PROJET" in the page header of an unreleased agenda.
pub const DRAFT_MARK: &str = "DraftMark";
/// The "[EN]" before a text printed in place of a missing translation.
pub const FALLBACK_TAG: &str = "FallbackTag";

/// The character style of text in `lang`; it carries the language (`w:lang`), so spelling
/// and hyphenation follow the text's language, not the document's.
pub fn text(lang: Lang) -> &'static str {
    lang.pick("TextEn", "TextFr")
}

/// The `w:lang` of a character style, for the styles that have one.
pub fn language_of(style_id: &str) -> Option<&'static str> {
    match style_id {
        "TextEn" => Some(tag(Lang::En)),
        "TextFr" => Some(tag(Lang::Fr)),
        _ => None,
    }
}

/// The language tag Word and LibreOffice use for `lang`.
pub fn tag(lang: Lang) -> &'static str {
    lang.pick("en-GB", "fr-FR")
}

/// A paragraph style `id` shown as `name` in the style list.
pub fn paragraph(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph).name(name).q_format(true)
}

/// Space before and after a paragraph, in twentieths of a point.
pub fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new().before(before).after(after)
}

/// The styles every document uses. Built-in names (`heading 1`, `Title`…) are kept so Word
/// and LibreOffice treat them as their own: the navigation pane, the table of contents and
/// "Heading 1" in the style list all find them.
pub fn common() -> Vec<Style> {
    vec![
        paragraph(TITLE, "Title").based_on(NORMAL).next(NORMAL).size(36).bold().color("1F3864").line_spacing(spacing(0, 120)),
        paragraph(SUBTITLE, "Subtitle").based_on(NORMAL).next(NORMAL).size(28).color("1F3864").line_spacing(spacing(0, 160)),
        paragraph(HEADING_1, "heading 1")
            .based_on(NORMAL)
            .next(NORMAL)
            .size(28)
            .bold()
            .color("1F3864")
            .outline_lvl(0)
            .line_spacing(spacing(360, 120)),
        paragraph(COLUMN_HEADING, "Column heading").based_on(NORMAL).bold().color("1F3864"),
        paragraph(HEADER, "header").based_on(NORMAL).size(17).color("595959").line_spacing(spacing(0, 0)),
        paragraph(FOOTER, "footer").based_on(NORMAL).size(17).color("595959"),
        paragraph(DRAFT_MARK, "Draft mark").based_on(HEADER).size(24).bold().color("C00000"),
        Style::new("TextEn", StyleType::Character).name("English text"),
        Style::new("TextFr", StyleType::Character).name("French text"),
        Style::new(FALLBACK_TAG, StyleType::Character).name("Missing translation").italic().color("C00000"),
    ]
}

/// The styles of the agenda's sessions.
pub fn agenda() -> Vec<Style> {
    vec![
        paragraph(HEADING_2, "heading 2")
            .based_on(NORMAL)
            .next(SESSION_DETAILS)
            .size(23)
            .bold()
            .outline_lvl(1)
            .line_spacing(spacing(200, 60)),
        paragraph(SESSION_DETAILS, "Session details").based_on(NORMAL).size(19).color("404040").line_spacing(spacing(0, 60)),
        paragraph(AGENDA_ITEM, "Agenda item").based_on(NORMAL).indent(Some(360), None, None, None),
    ]
}
