//! TypeScript declarations of everything that crosses to the UI, generated from the Rust
//! types with ts-rs and committed under `ui/src/lib/ipc/bindings/`. A test fails when the
//! committed files drift from the Rust types; `UPDATE_BINDINGS=1 cargo test -p plenary-api
//! bindings` rewrites them.

use std::path::Path;
use ts_rs::TS;

/// Writes the declaration of every type the commands take or return (and of the types they
/// use) into `dir`, one file per type.
pub fn export_bindings(dir: &Path) -> Result<(), ts_rs::ExportError> {
    // 64-bit integers cross as JSON numbers (serde_json), so TypeScript sees `number`; no count
    // or position of Plenary comes near 2^53.
    let cfg = ts_rs::Config::new().with_out_dir(dir).with_large_int("number");
    macro_rules! export {
        ($($t:ty),* $(,)?) => { $( <$t>::export_all(&cfg)?; )* };
    }
    export!(
        crate::ApiError,
        crate::AppStatus,
        crate::SnapshotInfo,
        crate::SnapshotReason,
        crate::RestoreArgs,
        crate::RestoreReport,
        crate::ByIdArgs,
        crate::LanguageArgs,
        crate::MeetingArgs,
        crate::MeetingInput,
        crate::UpdateMeetingArgs,
        crate::MeetingSummary,
        crate::MeetingDetail,
        crate::SetMeetingDialoguesArgs,
        crate::SetCoChairsArgs,
        crate::PillarInput,
        crate::RoomInput,
        crate::DialogueInput,
        crate::UpdateDialogueArgs,
        crate::OrganisationInput,
        crate::UpdateOrganisationArgs,
        crate::ListCountriesArgs,
        crate::CountryDto,
        crate::DelegationInput,
        crate::UpdateDelegationArgs,
        crate::ListDelegationsArgs,
        crate::DelegationRow,
        crate::ParticipantInput,
        crate::UpdateParticipantArgs,
        crate::ListParticipantsArgs,
        crate::ParticipantPage,
        crate::ParticipantRow,
        crate::SessionInput,
        crate::UpdateSessionArgs,
        crate::SessionPersonInput,
        crate::SetSessionPeopleArgs,
        crate::AgendaItemInput,
        crate::SessionRow,
        crate::StatsArgs,
        crate::StatsDto,
        crate::SearchArgs,
        crate::UndoState,
        crate::UndoOutcome,
        crate::Hit,
        crate::CheckReport,
        crate::DemoResult,
        plenary_core::timetable::Conflict,
        plenary_core::organisation::Organisation,
        plenary_core::dialogue::Dialogue,
        plenary_core::Lang,
        crate::AgendaArgs,
        crate::ReleaseCheck,
        crate::ReleaseAgendaArgs,
        crate::AgendaVersion,
        crate::ReleasedAgenda,
        crate::AgendaChangelogArgs,
        crate::AgendaChangelog,
        crate::ChangeEntry,
        crate::SaveAgendaArgs,
        crate::ExportResult,
        crate::PersonalDataCounts,
        plenary_core::agenda::Agenda,
        crate::WorklistArgs,
        crate::Worklist,
        crate::TranslateTextArgs,
        crate::SetTextStateArgs,
        crate::GlossaryTermInput,
        crate::GlossaryFinding,
        plenary_core::glossary::Term,
        crate::SaveXliffArgs,
        crate::OpenXliffArgs,
        crate::XliffExport,
        crate::XliffImport,
        crate::DocumentArgs,
        crate::ParagraphArgs,
        crate::SaveTextArgs,
        crate::CreateOutcomeArgs,
        crate::SetStatusArgs,
        crate::OutcomeSummary,
        crate::OutcomeDraft,
        crate::AddSectionArgs,
        crate::SectionArgs,
        crate::MoveArgs,
        crate::AddParagraphArgs,
        crate::SetParagraphStateArgs,
        crate::MoveParagraphArgs,
        crate::LinkArgs,
        crate::HistoryEntry,
        crate::SaveNoteArgs,
        crate::NoteArgs,
        crate::NoteToParagraphArgs,
        crate::Note,
        crate::SessionNotes,
        crate::AddCommentArgs,
        crate::ResolveCommentArgs,
        crate::CommentArgs,
        crate::Comment,
        crate::ProposeAmendmentArgs,
        crate::DecideAmendmentArgs,
        crate::AmendmentView,
        crate::SaveFactArgs,
        crate::FactArgs,
        crate::SaveRevisionArgs,
        crate::RevisionArgs,
        crate::CompareArgs,
        crate::RevisionSummary,
        crate::SaveOutcomeArgs,
        crate::SaveParticipantsArgs,
        crate::SaveBadgesArgs,
        crate::SaveTentCardsArgs,
        crate::SaveStatsArgs,
        plenary_core::outcome::OutcomeDocument,
        plenary_core::outcome::Paragraph,
        plenary_core::outcome::Section,
        plenary_core::outcome::facts::Fact,
        plenary_core::outcome::compare::Comparison,
        crate::ImportFileArgs,
        crate::ImportOptions,
        crate::ImportPreview,
        crate::ImportProgress,
        crate::ImportReport,
    );
    write_index(dir).map_err(ts_rs::ExportError::from)
}

/// Writes `index.ts`, re-exporting every declaration, so the UI imports types from one place.
fn write_index(dir: &Path) -> std::io::Result<()> {
    let mut names: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".ts")).map(str::to_owned))
        .filter(|n| n != "index")
        .collect();
    names.sort();
    let mut text = String::from("// Generated with the declarations beside it. Do not edit this file manually.\n");
    for name in names {
        text.push_str(&format!("export type * from \"./{name}\";\n"));
    }
    std::fs::write(dir.join("index.ts"), text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    fn committed_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/lib/ipc/bindings")
    }

    fn read_all(dir: &Path) -> BTreeMap<String, String> {
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ts") {
                files.insert(name, std::fs::read_to_string(entry.path()).unwrap_or_default());
            }
        }
        files
    }

    #[test]
    fn committed_typescript_bindings_match_the_rust_types() {
        let fresh = std::env::temp_dir().join(format!("plenary-bindings-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&fresh);
        export_bindings(&fresh).expect("bindings export");
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            let dir = committed_dir();
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("bindings folder");
            for (name, text) in read_all(&fresh) {
                std::fs::write(dir.join(name), text).expect("write binding");
            }
        }
        let generated = read_all(&fresh);
        let committed = read_all(&committed_dir());
        let _ = std::fs::remove_dir_all(&fresh);
        assert!(!generated.is_empty(), "ts-rs generated nothing");
        let missing: Vec<_> = generated.keys().filter(|k| !committed.contains_key(*k)).collect();
        let extra: Vec<_> = committed.keys().filter(|k| !generated.contains_key(*k)).collect();
        let changed: Vec<_> = generated.iter().filter(|(k, v)| committed.get(*k).is_some_and(|c| c != *v)).map(|(k, _)| k).collect();
        assert!(
            missing.is_empty() && extra.is_empty() && changed.is_empty(),
            "ui/src/lib/ipc/bindings drifted from the Rust types (missing {missing:?}, extra {extra:?}, changed {changed:?}); \
             run `UPDATE_BINDINGS=1 cargo test -p plenary-api bindings` and commit the result"
        );
    }
}
