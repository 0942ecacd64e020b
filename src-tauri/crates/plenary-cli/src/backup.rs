//! `plenary backup [OUT]`, `plenary backups`, `plenary restore SNAPSHOT`: snapshots of the
//! database, listed with their contents, and restored (the current state snapshotted first).

use crate::output::Output;
use plenary_api::{Api, ErrorCode, Lang, RestoreArgs, SnapshotInfo, SnapshotReason};
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// Takes a snapshot into the snapshots folder, or a verified copy at `out`.
pub fn backup(api: &Api, out: &Output, to: Option<&Path>) -> anyhow::Result<ExitCode> {
    let info = match to {
        Some(path) => api.backup_to(path)?,
        None => api.backup_now()?,
    };
    if out.json {
        print_json(&info)?;
    } else {
        let saved = out.lang.pick("Saved", "Enregistré");
        writeln!(std::io::stdout().lock(), "{saved} {}\n{}", info.path, line(&info, out.lang))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Lists the snapshots of the database at `db`, newest first, without opening it (so that
/// the list is there when the database is damaged).
pub fn list(db: &Path, out: &Output) -> anyhow::Result<ExitCode> {
    let snapshots = plenary_api::list_snapshots(db, out.lang)?;
    if out.json {
        print_json(&snapshots)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut stdout = std::io::stdout().lock();
    if snapshots.is_empty() {
        writeln!(stdout, "{}", out.lang.pick("No snapshot yet.", "Aucun instantané pour l’instant."))?;
    }
    for s in &snapshots {
        writeln!(stdout, "{}\n  {}", s.name, line(s, out.lang))?;
        for m in &s.contents.meetings {
            let title = if out.lang == Lang::Fr && !m.title_fr.is_empty() { &m.title_fr } else { &m.title_en };
            let colon = out.lang.pick(":", "\u{a0}:");
            writeln!(stdout, "  · {title}{colon} {}", counts(m.participants, m.delegations, m.sessions, m.paragraphs, out.lang))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Restores `snapshot` (a name from `plenary backups` or a path) over the database at `db`:
/// the current state is snapshotted first; a damaged database (which cannot be opened) is
/// kept as `.damaged` and replaced.
pub fn restore(db: &Path, out: &Output, snapshot: &str) -> anyhow::Result<ExitCode> {
    let (before, restored) = match Api::open(db, out.lang) {
        Ok(api) => {
            let report = api.restore_backup(RestoreArgs { name: snapshot.to_owned() })?;
            (report.before, report.restored)
        }
        Err(e) if e.code == ErrorCode::StorageDamaged => {
            let restored = plenary_api::list_snapshots(db, out.lang)?.into_iter().find(|s| s.name == snapshot || s.path == snapshot);
            let api = plenary_api::restore_damaged(db, snapshot, out.lang)?;
            let restored = match restored {
                Some(s) => s,
                None => api.list_backups()?.into_iter().find(|s| s.name == snapshot || s.path == snapshot).ok_or(e)?,
            };
            (None, restored)
        }
        Err(e) => return Err(e.into()),
    };
    if out.json {
        print_json(&serde_json::json!({ "before": before, "restored": restored }))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut stdout = std::io::stdout().lock();
    match &before {
        Some(b) => writeln!(stdout, "{} {}\n  {}", out.lang.pick("The state before was saved as", "L’état précédent a été enregistré sous"), b.name, line(b, out.lang))?,
        None => writeln!(stdout, "{}", out.lang.pick("The damaged database was kept beside it (.damaged).", "La base endommagée a été gardée à côté (.damaged)."))?,
    }
    writeln!(stdout, "{} {}\n  {}", out.lang.pick("Restored", "Restauré"), restored.name, line(&restored, out.lang))?;
    Ok(ExitCode::SUCCESS)
}

fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, value)?;
    writeln!(stdout)?;
    Ok(())
}

/// "4 November 2025, 07:30 UTC · before an import · 2 meetings · 3 participants… · 1.2 MB".
fn line(s: &SnapshotInfo, lang: Lang) -> String {
    let c = &s.contents;
    let meetings = match (c.meetings.len(), lang) {
        (1, Lang::En) => "1 meeting".to_owned(),
        (n, Lang::En) => format!("{n} meetings"),
        (n, Lang::Fr) => format!("{n}\u{a0}réunion{}", if n > 1 { "s" } else { "" }),
    };
    let size = format!("{:.1}", s.size as f64 / 1_048_576.0);
    let size = match lang {
        Lang::En => format!("{size} MB"),
        Lang::Fr => format!("{}\u{a0}Mo", size.replace('.', ",")),
    };
    let counts = counts(c.participants, c.delegations, c.sessions, c.paragraphs, lang);
    format!("{} · {} · {meetings} · {counts} · {size}", plenary_api::snapshot_time_in(&s.time, lang), reason(s.reason, lang))
}

fn counts(participants: u32, delegations: u32, sessions: u32, paragraphs: u32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{participants} participants, {delegations} delegations, {sessions} sessions, {paragraphs} outcome paragraphs"),
        Lang::Fr => format!(
            "{participants}\u{a0}participants, {delegations}\u{a0}délégations, {sessions}\u{a0}séances, {paragraphs}\u{a0}paragraphes de documents finals"
        ),
    }
}

/// Why a snapshot was taken, in the user's language.
pub fn reason(reason: SnapshotReason, lang: Lang) -> &'static str {
    match reason {
        SnapshotReason::Manual => lang.pick("backed up by hand", "sauvegarde manuelle"),
        SnapshotReason::Auto => lang.pick("automatic", "automatique"),
        SnapshotReason::Close => lang.pick("on closing", "à la fermeture"),
        SnapshotReason::Import => lang.pick("before an import", "avant une importation"),
        SnapshotReason::BulkDelete => lang.pick("before a deletion", "avant une suppression"),
        SnapshotReason::Migration => lang.pick("before an upgrade", "avant une mise à niveau"),
        SnapshotReason::Restore => lang.pick("before a restore", "avant une restauration"),
    }
}
