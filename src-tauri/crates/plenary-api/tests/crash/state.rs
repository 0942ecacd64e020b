//! What the reopened database holds of the rows the harness follows, read through the API
//! (and plain SQL for the participants' names), and the checks of the file itself.

use crate::worker::IMPORT_MEETING;
use plenary_api::{Api, DocumentArgs, Id, Lang, MeetingArgs};
use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeMap;
use std::path::Path;

/// key → value of each kind the ledger follows.
pub type Found = BTreeMap<&'static str, BTreeMap<String, String>>;

/// SQLite's own checks on a plain connection, before Plenary opens the file: `quick_check`
/// and the foreign keys.
pub fn file_problems(db: &Path) -> Vec<String> {
    let conn = match Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_WRITE) {
        Ok(c) => c,
        Err(e) => return vec![format!("the file does not open: {e}")],
    };
    let mut problems = Vec::new();
    match conn.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0)) {
        Ok(v) if v == "ok" => {}
        Ok(v) => problems.push(format!("quick_check: {v}")),
        Err(e) => problems.push(format!("quick_check failed: {e}")),
    }
    match conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get::<_, i64>(0)) {
        Ok(0) => {}
        Ok(n) => problems.push(format!("{n} rows break a foreign key")),
        Err(e) => problems.push(format!("foreign_key_check failed: {e}")),
    }
    problems
}

/// The followed rows as the database holds them.
pub fn read(api: &Api, db: &Path, meeting: &Id, document: &Id) -> Result<Found, String> {
    let mut found = Found::new();
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| e.to_string())?;
    let mut stmt = conn
        .prepare("SELECT family_name, given_name FROM participants WHERE family_name GLOB 'Crash*'")
        .map_err(|e| e.to_string())?;
    let people = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .and_then(|rows| rows.collect::<rusqlite::Result<BTreeMap<_, _>>>())
        .map_err(|e| e.to_string())?;
    found.insert("participant", people);

    let sessions = api.list_sessions(MeetingArgs { meeting_id: meeting.clone() }).map_err(|e| format!("{e:?}"))?;
    found.insert(
        "session",
        sessions
            .into_iter()
            .map(|s| (s.session.title.get(Lang::En).to_owned(), s.session.end.format("%H:%M").to_string()))
            .filter(|(title, _)| title.starts_with("Crashsess"))
            .collect(),
    );

    let draft = api.outcome_document(DocumentArgs { document_id: document.clone() }).map_err(|e| format!("{e:?}"))?;
    let doc = draft.document;
    let paragraphs = doc.preamble.iter().chain(doc.sections.iter().flat_map(|s| s.paragraphs.iter()));
    found.insert(
        "paragraph",
        paragraphs
            .filter_map(|p| p.text.get(Lang::En).split_once(' ').map(|(k, v)| (k.to_owned(), v.to_owned())))
            .filter(|(key, _)| key.starts_with("Crashpara"))
            .collect(),
    );

    let meetings = api.list_meetings().map_err(|e| format!("{e:?}"))?;
    found.insert(
        "import",
        meetings
            .into_iter()
            .filter_map(|m| m.meeting.title.get(Lang::En).strip_prefix(IMPORT_MEETING).map(|tag| (tag.to_owned(), m.participants.to_string())))
            .collect(),
    );
    Ok(found)
}

/// Whether `bytes` is a whole ZIP archive (an XLSX workbook): the end-of-central-directory
/// record closes the file and points at a central directory that ends right before it. A
/// file cut anywhere fails this.
pub fn is_whole_zip(bytes: &[u8]) -> bool {
    const EOCD: usize = 22;
    if bytes.len() < EOCD {
        return false;
    }
    let end = &bytes[bytes.len() - EOCD..];
    if end[..4] != [0x50, 0x4b, 0x05, 0x06] {
        return false;
    }
    let size = u32::from_le_bytes([end[12], end[13], end[14], end[15]]) as usize;
    let offset = u32::from_le_bytes([end[16], end[17], end[18], end[19]]) as usize;
    offset + size == bytes.len() - EOCD && bytes.get(offset..offset + 4) == Some(&[0x50, 0x4b, 0x01, 0x02][..])
}
