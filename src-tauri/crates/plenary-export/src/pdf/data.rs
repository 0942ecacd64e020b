//! What the template prints, already worded and typeset in each language, as the JSON the
//! template reads. User text only ever travels as JSON strings, which Typst prints as text:
//! a title such as `#sys` or `*bold*` can never be taken for markup.

use plenary_core::Lang;
use plenary_core::agenda::{Agenda, AgendaSession};
use plenary_core::calendar;
use plenary_core::session::SessionKind;
use plenary_core::typography::typeset;
use serde::Serialize;

use crate::render::{self, Printed};
use crate::{AgendaOptions, Layout};

/// Sessions longer than this are allowed to break across pages; shorter ones (a third of a
/// page at most) are kept whole. Keeping longer ones whole left pages two-thirds empty
/// before an opening session with a dozen speakers.
const KEEP_PEOPLE: usize = 4;
const KEEP_ITEMS: usize = 4;
const KEEP_DESCRIPTION: usize = 400;

/// The whole document.
#[derive(Debug, Serialize)]
pub(super) struct Document {
    /// The PDF's title metadata.
    title: String,
    /// One edition per language (separate layout) or one edition with both (side by side).
    editions: Vec<Edition>,
}

/// A run of pages in one or more languages, side by side, numbered on its own.
#[derive(Debug, Serialize)]
struct Edition {
    /// BCP 47 codes of the columns, left to right.
    langs: Vec<&'static str>,
    /// Per column: the running header, the title block and the page footer words.
    columns: Vec<Column>,
    /// The watermark across unreleased agendas, one line per language.
    watermark: Vec<&'static str>,
    days: Vec<Day>,
}

#[derive(Debug, Serialize)]
struct Column {
    lang: &'static str,
    agenda_word: &'static str,
    title: Text,
    dates_and_place: String,
    co_chairs: Option<String>,
    version: String,
    time_zone: String,
    /// "Page" and "of" / "sur", around the page number and the total.
    page: &'static str,
    of: &'static str,
}

#[derive(Debug, Serialize)]
struct Day {
    /// One heading per column.
    headings: Vec<String>,
    sessions: Vec<Session>,
}

#[derive(Debug, Serialize)]
struct Session {
    is_break: bool,
    /// Whether the session is short enough to be kept on one page.
    keep: bool,
    /// One cell per column.
    cells: Vec<Cell>,
}

#[derive(Debug, Serialize)]
struct Cell {
    lang: &'static str,
    time: String,
    room: Option<String>,
    kind: &'static str,
    /// "Pillar:" / "Pilier :".
    pillar_label: String,
    pillar: Option<Text>,
    title: Text,
    description: Option<Text>,
    items: Vec<Text>,
    roles: Vec<Role>,
}

#[derive(Debug, Serialize)]
struct Role {
    label: String,
    people: Vec<String>,
}

/// A text, with the language it is in and, when that is not the column's language, the
/// tag the template prints before it (`txt` in `common.typ`).
#[derive(Debug, Serialize)]
pub(crate) struct Text {
    text: String,
    lang: &'static str,
    mark: Option<String>,
}

impl Text {
    /// `printed` in a column of `lang`.
    pub(crate) fn new(printed: Printed, lang: Lang) -> Self {
        let shown = printed.fallback.unwrap_or(lang);
        Text { text: printed.text, lang: shown.code(), mark: printed.fallback.map(render::fallback_tag) }
    }

    fn of(text: &plenary_core::BilingualText, lang: Lang) -> Option<Self> {
        (!text.is_empty()).then(|| Text::new(render::printed(text, lang), lang))
    }
}

impl Document {
    /// The agenda in the languages and layout of `options`.
    pub(super) fn new(agenda: &Agenda, options: AgendaOptions) -> Self {
        let langs = options.languages.langs();
        let editions = match options.layout {
            Layout::SideBySide => vec![Edition::new(agenda, langs)],
            Layout::Separate => langs.iter().map(|&lang| Edition::new(agenda, &[lang])).collect(),
        };
        let title = langs.iter().map(|&lang| render::printed(&agenda.title, lang).text).collect::<Vec<_>>().join(" / ");
        Document { title, editions }
    }
}

impl Edition {
    fn new(agenda: &Agenda, langs: &[Lang]) -> Self {
        let draft = agenda.version.is_none();
        Edition {
            langs: langs.iter().map(|l| l.code()).collect(),
            columns: langs.iter().map(|&lang| Column::new(agenda, lang)).collect(),
            watermark: if draft { langs.iter().map(|&l| render::draft_mark(l)).collect() } else { Vec::new() },
            days: agenda
                .days
                .iter()
                .map(|day| Day {
                    headings: langs.iter().map(|&lang| calendar::day_heading(day.date, lang)).collect(),
                    sessions: day.sessions.iter().map(|s| Session::new(s, langs)).collect(),
                })
                .collect(),
        }
    }
}

impl Column {
    fn new(agenda: &Agenda, lang: Lang) -> Self {
        Column {
            lang: lang.code(),
            agenda_word: render::agenda_word(lang),
            title: Text::new(render::printed(&agenda.title, lang), lang),
            dates_and_place: render::dates_and_place(agenda, lang),
            co_chairs: render::co_chairs_line(agenda, lang),
            version: render::version_line(agenda, lang),
            time_zone: render::time_zone_note(agenda, lang),
            page: "Page",
            of: lang.pick("of", "sur"),
        }
    }
}

impl Session {
    fn new(session: &AgendaSession, langs: &[Lang]) -> Self {
        let keep = session.people.len() <= KEEP_PEOPLE
            && session.items.len() <= KEEP_ITEMS
            && Lang::ALL.iter().all(|&l| session.description.get(l).chars().count() <= KEEP_DESCRIPTION);
        Session { is_break: session.kind == SessionKind::Break, keep, cells: langs.iter().map(|&lang| Cell::new(session, lang)).collect() }
    }
}

impl Cell {
    fn new(session: &AgendaSession, lang: Lang) -> Self {
        Cell {
            lang: lang.code(),
            time: calendar::time_range(session.start, session.end, lang),
            room: session.room.as_deref().filter(|r| !r.is_empty()).map(|r| typeset(r, lang)),
            kind: session.kind.label(lang),
            pillar_label: typeset(&format!("{}:", render::pillar_label(lang)), lang),
            pillar: session.pillar.as_ref().and_then(|p| Text::of(p, lang)),
            title: Text::new(render::printed(&session.title, lang), lang),
            description: Text::of(&session.description, lang),
            items: session.items.iter().filter_map(|item| Text::of(item, lang)).collect(),
            roles: render::people_by_role(session)
                .into_iter()
                .map(|(role, people)| Role {
                    label: role.label(lang, people.len() > 1).to_owned(),
                    people: people.iter().map(|p| render::person_line(p, lang)).collect(),
                })
                .collect(),
        }
    }
}
