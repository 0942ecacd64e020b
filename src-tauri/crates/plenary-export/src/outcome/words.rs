//! The words an outcome document prints around its texts, in each language: what the
//! document is, where it stands, who chairs, who proposed an amendment.

use crate::render::Printed;
use chrono::{DateTime, NaiveDate, Utc};
use plenary_core::agenda::NamePair;
use plenary_core::outcome::{DocumentKind, DocumentStatus, OutcomeDocument};
use plenary_core::typography::typeset;
use plenary_core::{Lang, calendar};

/// "Outcome document" / "Document final", printed above the title.
pub(crate) fn kind(kind: DocumentKind, lang: Lang) -> &'static str {
    match kind {
        DocumentKind::OutcomeDocument => lang.pick("Outcome document", "Document final"),
        DocumentKind::SummaryReport => lang.pick("Summary report", "Rapport de synthèse"),
        DocumentKind::PressRelease => lang.pick("Press release", "Communiqué de presse"),
    }
}

/// "Draft" / "Projet", and the other statuses.
pub(crate) fn status(status: DocumentStatus, lang: Lang) -> &'static str {
    match status {
        DocumentStatus::Draft => lang.pick("Draft", "Projet"),
        DocumentStatus::UnderReview => lang.pick("Under review", "En cours d’examen"),
        DocumentStatus::Agreed => lang.pick("Agreed ad referendum", "Approuvé ad referendum"),
        DocumentStatus::Adopted => lang.pick("Adopted", "Adopté"),
    }
}

/// The status, then the revision when the document is one: "Draft · Rev.1 — 5 November
/// 2025" / "Projet · Rev.1 — 5 novembre 2025".
pub(crate) fn status_line(doc: &OutcomeDocument, lang: Lang) -> String {
    let word = status(doc.status, lang);
    let line = match &doc.revision {
        Some(revision) => format!("{word} · {} — {}", revision.name.trim(), calendar::date(revision.saved_on, lang)),
        None => word.to_owned(),
    };
    typeset(&line, lang)
}

/// Whether the document is printed with a "DRAFT" mark: until it is adopted.
pub(crate) fn marked_draft(doc: &OutcomeDocument) -> bool {
    doc.status != DocumentStatus::Adopted
}

/// A name in `lang`, or in the other language (marked as such) when it has none in `lang`;
/// `None` when it has none at all.
pub(crate) fn name(pair: &NamePair, lang: Lang) -> Option<Printed> {
    [lang, lang.other()].into_iter().find(|&l| !pair.get(l).trim().is_empty()).map(|shown| Printed {
        text: typeset(pair.get(shown).trim(), shown),
        fallback: (shown != lang).then_some(shown),
    })
}

/// The lines under the title: the meeting, its dates and place, its co-chairs
/// ("Co-chairs: Nigeria and France" / "Coprésidence : Nigéria et France").
pub(crate) fn meeting_lines(doc: &OutcomeDocument, lang: Lang) -> Vec<Printed> {
    let meeting = &doc.meeting;
    let mut lines: Vec<Printed> = [&meeting.title, &meeting.dates_and_place].into_iter().filter_map(|pair| name(pair, lang)).collect();
    if let Some(chairs) = name(&meeting.co_chairs, lang) {
        let label = lang.pick("Co-chairs", "Coprésidence");
        lines.push(Printed { text: typeset(&format!("{label}: {}", chairs.text), lang), fallback: chairs.fallback });
    }
    lines
}

/// The day and time an amendment was proposed, from its RFC 3339 stamp; `None` for a stamp
/// that is not one (it is then printed without a date).
pub(crate) fn proposed_at(stamp: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(stamp.trim()).ok().map(|at| at.with_timezone(&Utc))
}

/// The line introducing an amendment: "Amendment — Côte d'Ivoire, 5 November 2025", with
/// "(proposed on an earlier text)" when the paragraph has changed since.
pub(crate) fn proposal_label(by: &str, on: Option<NaiveDate>, conflicts: bool, lang: Lang) -> String {
    let mut line = format!("{} — {by}", lang.pick("Amendment", "Amendement"));
    if let Some(day) = on {
        line.push_str(&format!(", {}", calendar::date(day, lang)));
    }
    if conflicts {
        line.push_str(lang.pick(" (proposed on an earlier text)", " (proposé sur un texte antérieur)"));
    }
    typeset(&line, lang)
}

/// The date the document carries: the day of its revision, or, for the document as it is
/// now, the day it was created.
pub(crate) fn document_date(doc: &OutcomeDocument) -> Option<NaiveDate> {
    doc.revision.as_ref().map(|r| r.saved_on).or_else(|| created_on(doc.id.as_str()))
}

/// The day a UUID v7 was made (its first 48 bits count milliseconds since 1970): the day a
/// document was created, a date no export has to take from the clock. `None` for an id
/// that is not a UUID v7.
pub(crate) fn created_on(id: &str) -> Option<NaiveDate> {
    let hex: String = id.chars().filter(|c| *c != '-').collect();
    if hex.len() != 32 || !hex.is_ascii() || hex.as_bytes()[12] != b'7' {
        return None;
    }
    let millis = i64::from_str_radix(&hex[..12], 16).ok()?;
    DateTime::from_timestamp_millis(millis).map(|at| at.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uuid_v7_tells_its_day_and_other_ids_none() {
        // 0x019a4d3c9c00 ms = 2025-11-04T…Z
        assert_eq!(created_on("019a4d3c-9c00-7000-8000-000000000000"), NaiveDate::from_ymd_opt(2025, 11, 4));
        assert_eq!(created_on("019a4d3c-9c00-4000-8000-000000000000"), None, "a v4 UUID carries no date");
        assert_eq!(created_on("doc"), None);
    }

    #[test]
    fn a_name_missing_in_one_language_is_borrowed_and_marked() {
        let pair = NamePair { en: "Nigeria and France".into(), fr: String::new() };
        let fr = name(&pair, Lang::Fr).expect("the English stands in");
        assert_eq!((fr.text.as_str(), fr.fallback), ("Nigeria and France", Some(Lang::En)));
        assert_eq!(name(&NamePair::default(), Lang::En), None);
    }

    #[test]
    fn labels_are_typeset_for_french() {
        let day = NaiveDate::from_ymd_opt(2025, 11, 5);
        assert_eq!(proposal_label("France", day, false, Lang::En), "Amendment — France, 5 November 2025");
        assert_eq!(proposal_label("France", day, true, Lang::Fr), "Amendement — France, 5\u{a0}novembre 2025 (proposé sur un texte antérieur)");
        assert!(proposed_at("2025-11-05T10:00:00Z").is_some() && proposed_at("yesterday").is_none());
    }
}
