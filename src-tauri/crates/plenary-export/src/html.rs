//! The agenda as one self-contained HTML file: inline style, no script, no link to anything,
//! readable offline, printable, and accessible (languages marked, headings in order,
//! machine-readable dates and times).

mod escape;
mod session;

use crate::render::{self, Printed};
use crate::{AgendaOptions, ExportError, Exported, Layout};
use chrono_tz::Tz;
use plenary_core::Lang;
use plenary_core::agenda::Agenda;
use plenary_core::typography::typeset;

use escape::escape;

const STYLE: &str = include_str!("html/style.css");

/// The agenda as a HTML document.
pub fn agenda(agenda: &Agenda, options: AgendaOptions) -> Result<Exported, ExportError> {
    let langs = options.languages.langs();
    let zone: Option<Tz> = agenda.time_zone.parse().ok();
    let mut out = String::with_capacity(4096 + agenda.sessions().count() * 1500);
    let title: Vec<String> =
        langs.iter().map(|&lang| typeset(&format!("{}: {}", render::agenda_word(lang), agenda.title.get_or_other(lang)), lang)).collect();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        langs.first().map_or("en", |l| l.code()),
        escape(&title.join(" / "))
    ));
    match options.layout {
        Layout::SideBySide => {
            header(&mut out, agenda, langs);
            out.push_str("<main>\n");
            days(&mut out, agenda, langs, zone);
            out.push_str("</main>\n");
        }
        Layout::Separate => {
            out.push_str("<main>\n");
            for &lang in langs {
                out.push_str(&format!("<article class=\"edition\" lang=\"{}\">\n", lang.code()));
                header(&mut out, agenda, &[lang]);
                days(&mut out, agenda, &[lang], zone);
                out.push_str("</article>\n");
            }
            out.push_str("</main>\n");
        }
    }
    out.push_str("</body>\n</html>\n");
    Ok(Exported { bytes: out.into_bytes(), gaps: agenda.gaps(langs) })
}

/// The title block: what, when, where, who chairs, which version, in which time zone.
fn header(out: &mut String, agenda: &Agenda, langs: &[Lang]) {
    let cols = cols_class(langs);
    out.push_str("<header>\n");
    if agenda.version.is_none() {
        out.push_str(&format!("<p class=\"draft {cols}\" role=\"note\">"));
        for &lang in langs {
            out.push_str(&format!("<span lang=\"{}\">{}</span>", lang.code(), escape(render::draft_mark(lang))));
        }
        out.push_str("</p>\n");
    }
    let row = |out: &mut String, tag: &str, class: &str, text: &dyn Fn(Lang) -> String| {
        out.push_str(&format!("<{tag} class=\"{class} {cols}\">"));
        for &lang in langs {
            out.push_str(&format!("<span lang=\"{}\">{}</span>", lang.code(), text(lang)));
        }
        out.push_str(&format!("</{tag}>\n"));
    };
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
fn cols_class(langs: &[Lang]) -> &'static str {
    if langs.len() > 1 { "cols-2" } else { "cols-1" }
}

/// A text as HTML: escaped, and when it stands in for a missing translation, tagged with
/// its language ("[EN]"), in italics, and marked up in the language it is really in.
fn printed(text: &Printed) -> String {
    match text.fallback {
        None => escape(&text.text),
        Some(lang) => format!(
            "<span class=\"fallback\" lang=\"{}\"><span class=\"tag\">{}</span> <i>{}</i></span>",
            lang.code(),
            escape(&render::fallback_tag(lang)),
            escape(&text.text)
        ),
    }
}
