//! The outcome document as one self-contained HTML file, on the agenda's page: inline style,
//! no script, no link to anything, every text marked with its language and escaped by the
//! one escape function. Side by side, each paragraph is a row of two cells; in separate
//! editions, an article per language.

use super::edition::{self, Edit, Edition, FactGroup, Para, Piece, Row};
use super::words;
use crate::html::{self as page, escape::escape};
use crate::{ExportError, Exported, OutcomeOptions};
use plenary_core::Lang;
use plenary_core::diff::SpanKind;
use plenary_core::outcome::OutcomeDocument;
use plenary_core::outcome::amendment::Amendment;

const STYLE: &str = include_str!("style.css");

/// The outcome document as a HTML document.
pub(super) fn document(doc: &OutcomeDocument, pending: &[Amendment], options: &OutcomeOptions) -> Result<Exported, ExportError> {
    let langs = options.languages.langs();
    let editions = edition::editions(doc, pending, langs);
    let mut out = String::with_capacity(8192 + doc.paragraph_count() * 1200);
    let title: Vec<&str> = editions.iter().map(|e| e.front.title.text.as_str()).collect();
    page::open(&mut out, langs, &title.join(" / "), STYLE);
    let draft = words::marked_draft(doc);
    page::editions(&mut out, &editions, |e| e.lang, options.layout, |out, editions| header(out, editions, draft), main);
    Ok(Exported { bytes: out.into_bytes(), gaps: doc.gaps(langs) })
}

/// The title block: the kind of document, the title, the meeting, the status.
fn header(out: &mut String, editions: &[Edition], draft: bool) {
    out.push_str("<header>\n");
    if draft {
        page::draft_banner(out, &editions.iter().map(|e| e.lang).collect::<Vec<_>>());
    }
    let cells = |text: &dyn Fn(&Edition) -> String| editions.iter().map(move |e| (e.lang, text(e))).collect::<Vec<_>>().into_iter();
    page::row(out, "p", "kicker", cells(&|e| escape(e.front.kind)));
    page::row(out, "h1", "title", cells(&|e| page::printed(&e.front.title)));
    let lines = editions.iter().map(|e| e.front.meeting.len()).max().unwrap_or(0);
    for i in 0..lines {
        page::row(out, "p", "meeting", cells(&|e| e.front.meeting.get(i).map(page::printed).unwrap_or_default()));
    }
    page::row(out, "p", "note", cells(&|e| escape(&e.front.status)));
    out.push_str("</header>\n");
}

/// The preamble, then each section with its heading, a row per paragraph.
fn main(out: &mut String, editions: &[Edition]) {
    let langs: Vec<Lang> = editions.iter().map(|e| e.lang).collect();
    let cols = page::cols_class(&langs);
    out.push_str("<section class=\"preamble\">\n");
    for row in edition::rows(editions) {
        match row {
            Row::Section(headings) => {
                out.push_str("</section>\n<section class=\"part\">\n");
                if headings.iter().any(Option::is_some) {
                    let cells = headings.iter().zip(&langs).map(|(h, &lang)| (lang, h.map(page::printed).unwrap_or_default()));
                    page::row(out, "h2", "heading", cells.collect::<Vec<_>>().into_iter());
                }
            }
            Row::Paragraph(paras) => {
                out.push_str(&format!("<div class=\"row {cols}\">\n"));
                for (para, &lang) in paras.iter().zip(&langs) {
                    paragraph(out, para, lang);
                }
                out.push_str("</div>\n");
            }
        }
    }
    out.push_str("</section>\n");
}

/// A paragraph in `lang`: its number and text, the facts it places, the amendments to it.
fn paragraph(out: &mut String, para: &Para, lang: Lang) {
    let label = para.label.clone();
    let kind = if para.is_operative() { "operative" } else { "preambular" };
    let id = format!("{}-{}", lang.code(), label.reference().to_lowercase());
    out.push_str(&format!("<div class=\"para {kind}\" lang=\"{}\" id=\"{id}\">\n<p>", lang.code()));
    if let Some(number) = label.printed() {
        out.push_str(&format!("<span class=\"num\">{}</span>", escape(&number)));
    }
    out.push_str(&page::borrowed(para.fallback, pieces(&para.pieces)));
    out.push_str("</p>\n");
    for group in &para.facts {
        match group {
            FactGroup::Figures(figures) => {
                out.push_str("<ul class=\"figures\">");
                for fact in figures {
                    out.push_str(&format!("<li>{}", page::printed(&fact.text)));
                    if !fact.attribution.is_empty() {
                        out.push_str(&format!(" <span class=\"source\">({})</span>", escape(&fact.attribution)));
                    }
                    out.push_str("</li>");
                }
                out.push_str("</ul>\n");
            }
            FactGroup::Quote(fact) => {
                out.push_str(&format!("<figure class=\"quote\"><blockquote><p>{}</p></blockquote>", page::printed(&fact.text)));
                if !fact.attribution.is_empty() {
                    out.push_str(&format!("<figcaption>— {}</figcaption>", escape(&fact.attribution)));
                }
                out.push_str("</figure>\n");
            }
        }
    }
    for proposal in &para.proposals {
        out.push_str(&format!("<aside class=\"amendment\"><p class=\"label\">{}</p><p>", escape(&proposal.label)));
        for Edit { kind, text, bracketed } in &proposal.edits {
            let html = marked(text, *bracketed);
            match kind {
                SpanKind::Equal => out.push_str(&html),
                SpanKind::Insert => out.push_str(&format!("<ins>{html}</ins>")),
                SpanKind::Delete => out.push_str(&format!("<del>{html}</del>")),
            }
        }
        out.push_str("</p></aside>\n");
    }
    out.push_str("</div>\n");
}

/// A text cut at brackets, each contested passage in a `<mark>`.
fn pieces(pieces: &[Piece]) -> String {
    pieces.iter().map(|p| marked(&p.text, p.bracketed)).collect()
}

fn marked(text: &str, bracketed: bool) -> String {
    if bracketed { format!("<mark class=\"bracketed\">{}</mark>", escape(text)) } else { escape(text) }
}
