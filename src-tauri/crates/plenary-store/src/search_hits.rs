//! What a search hit shows: its title and context in the reader's language, and the ids the
//! app needs to open it. Worked out when a hit is returned, not indexed, so that a renamed
//! document or a moved paragraph never leaves a stale title behind.

use crate::error::found;
use crate::rows;
use crate::{Db, Result};
use plenary_core::calendar::{date, time_range};
use plenary_core::meeting::parse_date;
use plenary_core::number::format_count;
use plenary_core::outcome::{DocumentKind, Label, ParagraphKind};
use plenary_core::participant::{NameParts, display_name};
use plenary_core::{Id, Lang};

/// A hit's title, context and targets.
pub(crate) struct HitAbout {
    pub title: String,
    pub context: String,
    pub delegation_id: Option<Id>,
    pub document_id: Option<Id>,
}

/// `own` in its language, else the other language's, else nothing.
fn either(lang: Lang, en: Option<String>, fr: Option<String>) -> String {
    let (own, other) = lang.pick((en.clone(), fr.clone()), (fr, en));
    own.filter(|s| !s.is_empty()).or(other).unwrap_or_default()
}

/// The name of a delegation in `lang`: its display name, else its country's or
/// organisation's name; read from `columns` starting at `start` (see [`DELEGATION_NAME`]).
fn delegation_name(r: &rusqlite::Row<'_>, start: usize, lang: Lang) -> rusqlite::Result<String> {
    let pick = |i: usize| -> rusqlite::Result<String> { Ok(either(lang, r.get(start + i)?, r.get(start + i + 1)?)) };
    let display = pick(0)?;
    if !display.is_empty() {
        return Ok(display);
    }
    let country = pick(2)?;
    if !country.is_empty() { Ok(country) } else { pick(4) }
}

/// The columns [`delegation_name`] reads, over `delegations d`, `countries c`, `organisations o`.
const DELEGATION_NAME: &str = "d.display_name_en, d.display_name_fr, c.name_en, c.name_fr, o.name_en, o.name_fr";

fn document_kind(kind: DocumentKind, lang: Lang) -> &'static str {
    match kind {
        DocumentKind::OutcomeDocument => lang.pick("Outcome document", "Document final"),
        DocumentKind::SummaryReport => lang.pick("Summary report", "Rapport de synthèse"),
        DocumentKind::PressRelease => lang.pick("Press release", "Communiqué de presse"),
    }
}

impl Db<'_> {
    /// The title, context and targets of the hit `id` of `kind`, in `lang`; an organisation
    /// opens as its delegation to `meeting_id`, if it has one.
    pub(crate) fn describe_hit(&self, kind: &str, id: &Id, meeting_id: Option<&Id>, lang: Lang) -> Result<HitAbout> {
        let key = id.as_str();
        let row = match kind {
            "participant" => self
                .conn
                .prepare_cached(&format!(
                    "SELECT p.honorific_prefix, p.given_name, p.family_name, p.honorific_suffix, p.family_name_first,
                            p.delegation_id, {DELEGATION_NAME}
                     FROM participants p JOIN delegations d ON d.id = p.delegation_id
                     LEFT JOIN countries c ON c.alpha2 = d.country LEFT JOIN organisations o ON o.id = d.organisation_id
                     WHERE p.id = ?1"
                ))?
                .query_row([key], |r| {
                    let (prefix, given, family, suffix): (Option<String>, String, String, Option<String>) =
                        (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
                    let parts = NameParts {
                        prefix: prefix.as_deref(),
                        given: &given,
                        family: &family,
                        suffix: suffix.as_deref(),
                        family_first: r.get(4)?,
                    };
                    Ok(HitAbout {
                        title: display_name(parts),
                        context: delegation_name(r, 6, lang)?,
                        delegation_id: Some(rows::id(r, 5)?),
                        document_id: None,
                    })
                }),
            "delegation" => self
                .conn
                .prepare_cached(&format!(
                    "SELECT {DELEGATION_NAME}, (SELECT count(*) FROM participants p WHERE p.delegation_id = d.id)
                     FROM delegations d
                     LEFT JOIN countries c ON c.alpha2 = d.country LEFT JOIN organisations o ON o.id = d.organisation_id
                     WHERE d.id = ?1"
                ))?
                .query_row([key], |r| {
                    let people = u64::try_from(r.get::<_, i64>(6)?).unwrap_or(0);
                    let noun = match (people, lang) {
                        (1, Lang::En) => "participant",
                        (_, Lang::En) => "participants",
                        (0 | 1, Lang::Fr) => "participant",
                        (_, Lang::Fr) => "participants",
                    };
                    Ok(HitAbout {
                        title: delegation_name(r, 0, lang)?,
                        context: format!("{} {noun}", format_count(people, lang)),
                        delegation_id: Some(id.clone()),
                        document_id: None,
                    })
                }),
            "organisation" => self
                .conn
                .prepare_cached(
                    "SELECT name_en, name_fr, acronym_en, acronym_fr,
                            (SELECT d.id FROM delegations d WHERE d.organisation_id = o.id AND d.meeting_id = ?2)
                     FROM organisations o WHERE o.id = ?1",
                )?
                .query_row(rusqlite::params![key, meeting_id.map(Id::as_str)], |r| {
                    Ok(HitAbout {
                        title: either(lang, r.get(0)?, r.get(1)?),
                        context: either(lang, r.get(2)?, r.get(3)?),
                        delegation_id: rows::id_opt(r, 4)?,
                        document_id: None,
                    })
                }),
            "session" => self
                .conn
                .prepare_cached(
                    "SELECT t.en_text, t.fr_text, s.day, s.start_time, s.end_time, r.name
                     FROM sessions s LEFT JOIN texts t ON t.owner_id = s.id AND t.field = 'title'
                     LEFT JOIN rooms r ON r.id = s.room_id WHERE s.id = ?1",
                )?
                .query_row([key], |r| {
                    let day = rows::parsed(r, 2, |s| parse_date("day", s))?;
                    let start = rows::parsed(r, 3, |s| plenary_core::session::parse_time("start", s))?;
                    let end = rows::parsed(r, 4, |s| plenary_core::session::parse_time("end", s))?;
                    let mut context = format!("{} · {}", date(day, lang), time_range(start, end, lang));
                    if let Some(room) = r.get::<_, Option<String>>(5)? {
                        context.push_str(" · ");
                        context.push_str(&room);
                    }
                    Ok(HitAbout { title: either(lang, r.get(0)?, r.get(1)?), context, delegation_id: None, document_id: None })
                }),
            "paragraph" => self
                .conn
                .prepare_cached(
                    // Operative paragraphs are numbered on through the sections, in order.
                    "SELECT p.document_id, p.section_id IS NULL,
                            CASE WHEN p.section_id IS NULL THEN p.position + 1 ELSE (
                                SELECT count(*) FROM outcome_paragraphs q JOIN outcome_sections qs ON qs.id = q.section_id
                                WHERE q.document_id = p.document_id
                                  AND (qs.position < s.position OR (qs.id = s.id AND q.position <= p.position))) END,
                            d.kind, dt.en_text, dt.fr_text
                     FROM outcome_paragraphs p JOIN outcome_documents d ON d.id = p.document_id
                     LEFT JOIN outcome_sections s ON s.id = p.section_id
                     LEFT JOIN texts dt ON dt.owner_id = d.id AND dt.field = 'title'
                     WHERE p.id = ?1",
                )?
                .query_row([key], |r| {
                    let kind = if r.get(1)? { ParagraphKind::Preambular } else { ParagraphKind::Operative };
                    let label = Label { kind, number: u32::try_from(r.get::<_, i64>(2)?).unwrap_or(0) };
                    let document_kind = document_kind(rows::parsed(r, 3, DocumentKind::parse)?, lang);
                    let document_title = either(lang, r.get(4)?, r.get(5)?);
                    let document = if document_title.is_empty() { document_kind.to_owned() } else { document_title };
                    Ok(HitAbout {
                        title: format!("{} — {document}", label.reference()),
                        context: document_kind.to_owned(),
                        delegation_id: None,
                        document_id: Some(rows::id(r, 0)?),
                    })
                }),
            _ => return Ok(HitAbout { title: String::new(), context: String::new(), delegation_id: None, document_id: None }),
        };
        found(row, kind, key)
    }
}
