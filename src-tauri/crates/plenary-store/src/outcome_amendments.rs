//! Amendments proposed by delegations to the paragraphs of an outcome document.

use crate::error::found;
use crate::outcome_documents::OutcomeRow;
use crate::rows::{self, delegation_joins, delegation_names};
use crate::sessions::MeetingRow;
use crate::{Db, Result};
use plenary_core::Lang;
use plenary_core::outcome::amendment::{Amendment, AmendmentStatus, Change};
use plenary_core::{DomainError, Id};
use rusqlite::params;

const AMENDMENT: &str = concat!(
    "SELECT x.id, x.paragraph_id, x.delegation_id, x.status, x.rationale, x.original_en, x.proposed_en,
            x.original_fr, x.proposed_fr, x.created_at, x.decided_at, ",
    delegation_names!("g"),
    " FROM outcome_amendments x",
    delegation_joins!("g", "x.delegation_id")
);

fn amendment(r: &rusqlite::Row<'_>) -> rusqlite::Result<Amendment> {
    let mut changes = Vec::new();
    for (lang, start) in [(Lang::En, 5), (Lang::Fr, 7)] {
        let original: Option<String> = r.get(start)?;
        let proposed: Option<String> = r.get(start + 1)?;
        if let (Some(original), Some(proposed)) = (original, proposed) {
            changes.push(Change { lang, original, proposed });
        }
    }
    Ok(Amendment {
        id: rows::id(r, 0)?,
        paragraph_id: rows::id(r, 1)?,
        delegation_id: rows::id(r, 2)?,
        status: rows::parsed(r, 3, AmendmentStatus::parse)?,
        rationale: r.get(4)?,
        changes,
        proposed_at: r.get(9)?,
        decided_at: r.get(10)?,
        delegation: rows::delegation_name(r, 11)?.unwrap_or_default(),
    })
}

impl Db<'_> {
    /// Stores a proposed amendment, dated now. The delegation must be of the meeting of the
    /// paragraph's document.
    pub fn insert_outcome_amendment(&self, a: &Amendment) -> Result<()> {
        let document = self.outcome_ref(OutcomeRow::Paragraph, &a.paragraph_id)?;
        self.check_of_meeting(MeetingRow::Delegation, &a.delegation_id, &document.meeting_id)?;
        let change = |lang: Lang| a.changes.iter().find(|c| c.lang == lang);
        let (en, fr) = (change(Lang::En), change(Lang::Fr));
        self.conn.execute(
            "INSERT INTO outcome_amendments (id, paragraph_id, delegation_id, status, rationale, original_en, proposed_en,
                                             original_fr, proposed_fr, decided_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, ?10, ?10)",
            params![
                a.id.as_str(), a.paragraph_id.as_str(), a.delegation_id.as_str(), a.status.as_str(), a.rationale,
                en.map(|c| c.original.as_str()), en.map(|c| c.proposed.as_str()),
                fr.map(|c| c.original.as_str()), fr.map(|c| c.proposed.as_str()), self.now
            ],
        )?;
        Ok(())
    }

    /// One amendment.
    pub fn outcome_amendment(&self, id: &Id) -> Result<Amendment> {
        let mut stmt = self.conn.prepare_cached(&format!("{AMENDMENT} WHERE x.id = ?1"))?;
        found(stmt.query_row([id.as_str()], amendment), "amendment", id.as_str())
    }

    /// Records a decision on an amendment (accepted, rejected, withdrawn), dated now.
    pub fn decide_outcome_amendment(&self, id: &Id, status: AmendmentStatus) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE outcome_amendments SET status = ?2, decided_at = ?3, updated_at = ?3 WHERE id = ?1",
            params![id.as_str(), status.as_str(), self.now],
        )?;
        if changed == 0 {
            return Err(DomainError::not_found("amendment", id.as_str()).into());
        }
        Ok(())
    }

    /// Every amendment to the paragraphs of a document, oldest first.
    pub fn outcome_amendments(&self, document_id: &Id) -> Result<Vec<Amendment>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{AMENDMENT} JOIN outcome_paragraphs p ON p.id = x.paragraph_id WHERE p.document_id = ?1 ORDER BY x.created_at, x.id"
        ))?;
        Ok(stmt.query_map([document_id.as_str()], amendment)?.collect::<rusqlite::Result<_>>()?)
    }

    /// The amendments to one paragraph, oldest first.
    pub fn paragraph_amendments(&self, paragraph_id: &Id) -> Result<Vec<Amendment>> {
        let mut stmt = self.conn.prepare_cached(&format!("{AMENDMENT} WHERE x.paragraph_id = ?1 ORDER BY x.created_at, x.id"))?;
        Ok(stmt.query_map([paragraph_id.as_str()], amendment)?.collect::<rusqlite::Result<_>>()?)
    }
}
