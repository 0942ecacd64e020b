//! Outcome documents: drafting, notes, comments, amendments, facts, revisions, and exports
//! whose file is chosen in a save dialog opened here.

use super::delegate;
use crate::dialogs::{FileKind, save_path};
use crate::error::AppState;
use plenary_api::core::outcome::compare::Comparison;
use plenary_api::core::outcome::facts::Fact;
use plenary_api::core::outcome::{Paragraph, Section};
use plenary_api::core::BilingualText;
use plenary_api::{
    AddCommentArgs, AddParagraphArgs, AddSectionArgs, AmendmentView, ApiError, Comment, CommentArgs, CompareArgs, CreateOutcomeArgs,
    DecideAmendmentArgs, DocumentArgs, ExportResult, FactArgs, HistoryEntry, LinkArgs, MeetingArgs, MoveArgs, MoveParagraphArgs, Note,
    NoteArgs, NoteToParagraphArgs, OutcomeDraft, OutcomeSummary, ParagraphArgs, ProposeAmendmentArgs, ResolveCommentArgs,
    RevisionArgs, RevisionSummary, SaveFactArgs, SaveNoteArgs, SaveOutcomeArgs, SaveRevisionArgs, SaveTextArgs, SectionArgs,
    SessionNotes, SetParagraphStateArgs, SetStatusArgs,
};
use tauri::{AppHandle, Runtime, State};

delegate! {
    outcome_documents(MeetingArgs) -> Vec<OutcomeSummary>;
    outcome_document(DocumentArgs) -> OutcomeDraft;
    create_outcome_document(CreateOutcomeArgs) -> OutcomeSummary;
    delete_outcome_document(DocumentArgs) -> ();
    set_outcome_status(SetStatusArgs) -> OutcomeSummary;
    save_outcome_title(SaveTextArgs) -> BilingualText;
    add_outcome_section(AddSectionArgs) -> Section;
    save_section_heading(SaveTextArgs) -> BilingualText;
    delete_outcome_section(SectionArgs) -> ();
    move_outcome_section(MoveArgs) -> ();
    add_paragraph(AddParagraphArgs) -> Paragraph;
    save_paragraph_text(SaveTextArgs) -> BilingualText;
    set_paragraph_state(SetParagraphStateArgs) -> ();
    move_paragraph(MoveParagraphArgs) -> ();
    delete_paragraph(ParagraphArgs) -> ();
    link_paragraph_session(LinkArgs) -> ();
    place_fact(LinkArgs) -> ();
    paragraph_history(ParagraphArgs) -> Vec<HistoryEntry>;
    session_notes(MeetingArgs) -> Vec<SessionNotes>;
    save_note(SaveNoteArgs) -> Note;
    delete_note(NoteArgs) -> ();
    note_to_paragraph(NoteToParagraphArgs) -> Paragraph;
    paragraph_comments(ParagraphArgs) -> Vec<Comment>;
    add_comment(AddCommentArgs) -> Comment;
    resolve_comment(ResolveCommentArgs) -> ();
    delete_comment(CommentArgs) -> ();
    propose_amendment(ProposeAmendmentArgs) -> AmendmentView;
    decide_amendment(DecideAmendmentArgs) -> AmendmentView;
    save_fact(SaveFactArgs) -> Fact;
    delete_fact(FactArgs) -> ();
    outcome_revisions(DocumentArgs) -> Vec<RevisionSummary>;
    save_revision(SaveRevisionArgs) -> RevisionSummary;
    restore_revision(RevisionArgs) -> RevisionSummary;
    compare_revisions(CompareArgs) -> Comparison;
}

/// Asks where to save a document, offering a name that says what the file holds
/// (`Lagos-2025-outcome-document-Rev2-EN-FR.docx`) and the format's filter, then writes it
/// (`Api::export_outcome`). `None` when the person cancels.
#[tauri::command(async)]
pub fn save_outcome<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, args: SaveOutcomeArgs) -> Result<Option<ExportResult>, ApiError> {
    let api = state.api()?;
    let dialog = api.outcome_save_dialog(&args)?;
    let kind = FileKind { name: &dialog.filter_name, extensions: &[dialog.extension.as_str()] };
    let Some(path) = save_path(&app, &dialog.title, &dialog.file_name, kind) else { return Ok(None) };
    api.export_outcome(args.to_path(path)).map(Some)
}
