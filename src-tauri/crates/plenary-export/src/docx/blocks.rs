//! Runs of text in a language, and the paragraphs of the agenda in one language: the front
//! matter, a day's heading, a session. The layouts (side by side, separate editions)
//! arrange these blocks.

use super::styles;
use crate::render::{self, Printed};
use docx_rs::{BreakType, Paragraph, Run};
use plenary_core::agenda::{Agenda, AgendaSession};
use plenary_core::typography::typeset;
use plenary_core::{Lang, calendar};

/// A run of text in `lang`, in the character style that carries the language. Line breaks
/// in the text become line breaks in the run.
pub fn run(text: &str, lang: Lang) -> Run {
    lines(text, lang, |run, line| run.add_text(line))
}

/// A run of deleted text (a tracked deletion's `w:delText`) in `lang`.
pub fn deleted_run(text: &str, lang: Lang) -> Run {
    lines(text, lang, |run, line| run.add_delete_text(line))
}

fn lines(text: &str, lang: Lang, add: fn(Run, &str) -> Run) -> Run {
    let mut run = Run::new().style(styles::text(lang));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        if !line.is_empty() {
            run = add(run, line);
        }
    }
    run
}

/// The visible "[EN] " before a text in `other` standing in for a missing translation.
pub fn fallback_tag(other: Lang) -> Run {
    Run::new().style(styles::FALLBACK_TAG).add_text(format!("{} ", render::fallback_tag(other)))
}

/// `paragraph` with a printed text appended: in its own language, or the other language's
/// text behind a visible "[EN]" when the translation is missing.
pub fn printed(paragraph: Paragraph, printed: &Printed, lang: Lang) -> Paragraph {
    match printed.fallback {
        Some(other) => paragraph.add_run(fallback_tag(other)).add_run(run(&printed.text, other)),
        None => paragraph.add_run(run(&printed.text, lang)),
    }
}

fn styled(style: &str) -> Paragraph {
    Paragraph::new().style(style)
}

/// The title, "Agenda", dates and place, the co-chairs and the time zone, in `lang`.
pub fn front(agenda: &Agenda, lang: Lang) -> Vec<Paragraph> {
    let mut out = vec![
        printed(styled(styles::TITLE), &render::printed(&agenda.title, lang), lang),
        styled(styles::SUBTITLE).add_run(run(render::agenda_word(lang), lang)),
        styled(styles::NORMAL).add_run(run(&render::dates_and_place(agenda, lang), lang)),
    ];
    if let Some(line) = render::co_chairs_line(agenda, lang) {
        out.push(styled(styles::NORMAL).add_run(run(&line, lang)));
    }
    out.push(styled(styles::NORMAL).add_run(run(&render::time_zone_note(agenda, lang), lang)));
    out
}

/// A day's heading in `lang`: "Tuesday 4 November 2025".
pub fn day(date: chrono::NaiveDate, lang: Lang) -> Paragraph {
    styled(styles::HEADING_1).keep_next(true).add_run(run(&calendar::day_heading(date, lang), lang))
}

/// A day's heading in every language of `langs`, separated by " / ", for side-by-side
/// documents, where the days run across both columns.
pub fn day_in(date: chrono::NaiveDate, langs: &[Lang]) -> Paragraph {
    let mut paragraph = styled(styles::HEADING_1).keep_next(true);
    for (i, &lang) in langs.iter().enumerate() {
        if i > 0 {
            paragraph = paragraph.add_run(Run::new().add_text(" / "));
        }
        paragraph = paragraph.add_run(run(&calendar::day_heading(date, lang), lang));
    }
    paragraph
}

/// A session in `lang`: its title, its time, room and pillar, its description and items,
/// and its people by part.
pub fn session(session: &AgendaSession, lang: Lang) -> Vec<Paragraph> {
    let mut out = vec![printed(styled(styles::HEADING_2).keep_next(true), &render::printed(&session.title, lang), lang)];
    out.push(details(session, lang));
    if !session.description.is_empty() {
        out.push(printed(styled(styles::NORMAL), &render::printed(&session.description, lang), lang));
    }
    for (i, item) in session.items.iter().filter(|item| !item.is_empty()).enumerate() {
        let number = styled(styles::AGENDA_ITEM).add_run(run(&format!("{}. ", i + 1), lang));
        out.push(printed(number, &render::printed(item, lang), lang));
    }
    for (role, people) in render::people_by_role(session) {
        let label = typeset(&format!("{}: ", role.label(lang, people.len() > 1)), lang);
        let mut paragraph = styled(styles::SESSION_DETAILS).add_run(run(&label, lang).bold());
        for person in people {
            paragraph = paragraph.add_run(run(&format!("\n{}", render::person_line(person, lang)), lang));
        }
        out.push(paragraph);
    }
    out
}

/// "09:00–10:30 · Plenary Hall · Pillar: Prevention".
fn details(session: &AgendaSession, lang: Lang) -> Paragraph {
    let mut line = calendar::time_range(session.start, session.end, lang);
    if let Some(room) = session.room.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        line.push_str(&format!(" · {room}"));
    }
    let paragraph = styled(styles::SESSION_DETAILS).add_run(run(&line, lang));
    match session.pillar.as_ref().filter(|p| !p.is_empty()) {
        Some(pillar) => {
            let label = typeset(&format!(" · {}: ", render::pillar_label(lang)), lang);
            printed(paragraph.add_run(run(&label, lang)), &render::printed(pillar, lang), lang)
        }
        None => paragraph,
    }
}
