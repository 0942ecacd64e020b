//! The agenda as one self-contained HTML file: inline style, no script, no link to anything,
//! readable offline, printable, and accessible (languages marked, headings in order,
//! machine-readable dates and times).

pub(crate) mod escape;
mod session;

use crate::render::{self, Printed};
use crate::{AgendaOptions, ExportError, Exported, Layout};
use chrono_tz::Tz;
use plenary_core::Lang;
use plenary_core::agenda::Agenda;
use plenary_core::typography::typeset;

use escape::escape;

/// The style every HTML document starts with; each adds its own rules after it.
const BASE_STYLE: &str = include_str!("html/base.css");
const STYLE: &str = include_str!("html/agenda.css");

/// The agenda as a HTML document.
pub fn agenda(agenda: &Agenda, options: AgendaOptions) -> Result<Exported, ExportError> {
    let langs = options.languages.langs();
    let zone: Option<Tz> = agenda.time_zone.parse().ok();
    let mut out = String::with_capacity(4096 + agenda.sessions().count() * 1500);
    let title: Vec<String> =
        langs.iter().map(|&lang| typeset(&format!("{}: {}", render::agenda_word(lang), agenda.title.get_or_other(lang)), lang)).collect();
    open(&mut out, langs, &title.join(" / "), STYLE);
    editions(&mut out, langs, |l| *l, options.layout, |out, langs| header(out, agenda, langs), |out, langs| days(out, agenda, langs, zone));
    Ok(Exported { bytes: out.into_bytes(), gaps: agenda.gaps(langs) })
}

/// The document up to `<body>`: in the first of `langs`, titled `title`, with the base
/// style and `style` inline.
pub(crate) fn open(out: &mut String, langs: &[Lang], title: &str, style: &str) {
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{BASE_STYLE}{style}</style>\n</head>\n<body>\n",
        langs.first().map_or("en", |l| l.code()),
        escape(title)
    ));
}

/// The body of a document made of `items` (one per language): side by side, one header
/// above one `<main>` holding every language; in separate editions, an `<article>` per
/// language holding its own header and main part. Ends the document.
pub(crate) fn editions<T>(
    out: &mut String,
    items: &[T],
    lang_of: impl Fn(&T) -> Lang,
    layout: Layout,
    header: impl Fn(&mut String, &[T]),
    main: impl Fn(&mut String, &[T]),
) {
    match layout {
        Layout::SideBySide => {
            header(out, items);
            out.push_str("<main>\n");
            main(out, items);
            out.push_str("</main>\n");
        }
        Layout::Separate => {
            out.push_str("<main>\n");
            for item in items {
                out.push_str(&format!("<article class=\"edition\" lang=\"{}\">\n", lang_of(item).code()));
                header(out, std::slice::from_ref(item));
                main(out, std::slice::from_ref(item));
                out.push_str("</article>\n");
            }
            out.push_str("</main>\n");
        }
    }
    out.push_str("</body>\n</html>\n");
}

/// The "DRAFT" / "PROJET" banner, in each language of `langs`.
pub(crate) fn draft_banner(out: &mut String, langs: &[Lang]) {
    out.push_str(&format!("<p class=\"draft {}\" role=\"note\">", cols_class(langs)));
    for &lang in langs {
        out.push_str(&format!("<span lang=\"{}\">{}</span>", lang.code(), escape(render::draft_mark(lang))));
    }
    out.push_str("</p>\n");
}

/// A `tag` of class `class` laid out in columns, holding each cell (already HTML) in a
/// span of its language.
pub(crate) fn row(out: &mut String, tag: &str, class: &str, cells: impl ExactSizeIterator<Item = (Lang, String)>) {
    out.push_str(&format!("<{tag} class=\"{class} {}\">", columns(cells.len())));
    for (lang, html) in cells {
        out.push_str(&format!("<span lang=\"{}\">{html}</span>", lang.code()));
    }
    out.push_str(&format!("</{tag}>\n"));
}

/// The title block: what, when, where, who chairs, which version, in which time zone.
fn header(out: &mut String, agenda: &Agenda, langs: &[Lang]) {
    out.push_str("<header>\n");
    if agenda.version.is_none() {
        draft_banner(out, langs);
    }
    let row = |out: &mut String, tag: &str, class: &str, text: &dyn Fn(Lang) -> String| row(out, tag, class, langs.iter().map(|&lang| (lang, text(lang))));
    row(out, "p", "kicker", &|lang| escape(render::agenda_word(lang)));
    row(out, "h1", "title", &|lang| printed(&render::printed(&agenda.title, lang)));
    row(out, "p", "place", &|lang| escape(&render::dates_and_place(agenda, lang)));
    if !agenda.co_chairs.is_empty() {
        row(out, "p", "co-chairs", &|lang| escape(&render::co_chairs_line(agenda, lang).unwrap_or_default()));
    }
    row(out, "p", "note", &|lang| escape(&render::version_line(agenda, lang)));
    row(out, "p", "note", &|lang| escape(&render::time_zone_note(agenda, lang)));
    out.push_str("</header>\n");
}

fn days(out: &mut String, agenda: &Agenda, langs: &[Lang], zone: Option<Tz>) {
    for (n, day) in agenda.days.iter().enumerate() {
        session::day(out, day, n + 1, langs, zone);
    }
}

/// The class laying out one column per language.
pub(crate) fn cols_class(langs: &[Lang]) -> &'static str {
    columns(langs.len())
}

fn columns(count: usize) -> &'static str {
    if count > 1 { "cols-2" } else { "cols-1" }
}

/// A text as HTML: escaped, and when it stands in for a missing translation, tagged with
/// its language ("[EN]"), in italics, and marked up in the language it is really in.
pub(crate) fn printed(text: &Printed) -> String {
    borrowed(text.fallback, escape(&text.text))
}

/// `html` (already escaped) as is, or, when it is a text in `fallback` standing in for a
/// missing translation, tagged, in italics and marked up in its own language.
pub(crate) fn borrowed(fallback: Option<Lang>, html: String) -> String {
    match fallback {
        None => html,
        Some(lang) => format!(
            "<span class=\"fallback\" lang=\"{}\"><span class=\"tag\">{}</span> <i>{html}</i></span>",
            lang.code(),
            escape(&render::fallback_tag(lang)),
        ),
    }
}
