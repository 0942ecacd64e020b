//! An outcome document as it is now (read from its tables, with its meeting line and its
//! generated paragraphs written from the data), and a revision's snapshot read back.

use crate::agenda::assemble;
use plenary_core::agenda::{Agenda, NamePair};
use plenary_core::outcome::facts::{MeetingFacts, meeting_facts};
use plenary_core::outcome::{MeetingLine, OUTCOME_FORMAT, OutcomeDocument, Paragraph};
use plenary_core::typography::and_list;
use plenary_core::{BilingualText, DomainError, Id, Lang};
use plenary_export::render;
use plenary_store::{Db, StoreError};

/// The document `document_id` as it is now. The meeting's facts paragraph is written from
/// the data at each read, so it never lags behind a change to the list of participants;
/// once the document is adopted, it reads as it was adopted (its revision "Adopted").
pub(crate) fn current(db: &Db<'_>, document_id: &Id) -> Result<OutcomeDocument, StoreError> {
    let mut doc = db.outcome_document(document_id)?;
    let meeting = assemble::header(db, &doc.meeting_id)?;
    doc.meeting = meeting_line(&meeting);
    let adopted = match db.newest_outcome_revision(document_id)? {
        Some((revision, json)) if doc.status.is_locked() => Some(snapshot(&json, revision.number)?),
        _ => None,
    };
    let mut facts: Option<BilingualText> = None;
    let generated: Vec<Id> = doc.numbered().iter().filter(|n| n.paragraph.generated.is_some()).map(|n| n.paragraph.id.clone()).collect();
    for id in generated {
        let text = match (&adopted, &facts) {
            (Some(adopted), _) => adopted.paragraph(&id).map(|n| n.paragraph.text.clone()).unwrap_or_default(),
            (None, Some(text)) => text.clone(),
            (None, None) => facts.insert(facts_paragraph(db, &meeting)?).clone(),
        };
        if let Some(paragraph) = paragraph_mut(&mut doc, &id) {
            paragraph.text = text;
        }
    }
    Ok(doc)
}

fn paragraph_mut<'a>(doc: &'a mut OutcomeDocument, id: &Id) -> Option<&'a mut Paragraph> {
    doc.preamble.iter_mut().chain(doc.sections.iter_mut().flat_map(|s| s.paragraphs.iter_mut())).find(|p| &p.id == id)
}

/// The meeting as a document's front matter shows it: its title, its dates and place as
/// the agenda prints them, and its co-chairs.
fn meeting_line(meeting: &Agenda) -> MeetingLine {
    let both = |f: &dyn Fn(Lang) -> String| NamePair { en: f(Lang::En), fr: f(Lang::Fr) };
    MeetingLine {
        title: both(&|lang| meeting.title.get(lang).to_owned()),
        dates_and_place: both(&|lang| render::dates_and_place(meeting, lang)),
        co_chairs: both(&|lang| and_list(&meeting.co_chairs.iter().map(|c| c.get(lang)).collect::<Vec<_>>(), lang)),
    }
}

/// "The meeting (Lagos, Nigeria, 4–5 November 2025) gathered …", from the data as it is now.
fn facts_paragraph(db: &Db<'_>, meeting: &Agenda) -> Result<BilingualText, StoreError> {
    let stats = db.meeting_stats(&meeting.meeting_id, Lang::En)?;
    Ok(meeting_facts(&MeetingFacts {
        stats,
        city: meeting.city.clone(),
        country: meeting.country.clone(),
        start_date: meeting.start_date,
        end_date: meeting.end_date,
        co_chairs: meeting.co_chairs.clone(),
    }))
}

/// The JSON stored for a revision: the document, with the snapshot format beside its fields
/// so that a later Plenary knows how to read it.
pub(crate) fn to_snapshot(doc: &OutcomeDocument) -> Result<String, DomainError> {
    let invalid = |e: serde_json::Error| DomainError::invalid("revision", &e.to_string());
    let mut value = serde_json::to_value(doc).map_err(invalid)?;
    if let Some(fields) = value.as_object_mut() {
        fields.insert("format".to_owned(), serde_json::Value::from(OUTCOME_FORMAT));
    }
    serde_json::to_string(&value).map_err(invalid)
}

/// A revision's snapshot read back, refused when a newer Plenary wrote it in a format this
/// one does not know.
pub(crate) fn snapshot(json: &str, number: i32) -> Result<OutcomeDocument, DomainError> {
    let invalid = |detail: String| DomainError::invalid("revision", &format!("{number}: {detail}"));
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| invalid(e.to_string()))?;
    match value.get("format").and_then(serde_json::Value::as_str) {
        Some(OUTCOME_FORMAT) => {}
        other => return Err(invalid(format!("format {}", other.unwrap_or("?")))),
    }
    serde_json::from_value(value).map_err(|e| invalid(e.to_string()))
}
