// The outcome documents' commands: drafting, notes, comments, amendments, facts, revisions
// and the export (whose file is chosen in a save dialog opened on the Rust side). Spread into
// `api` by ./index, so the screens call them as every other command.
import { call } from "./call";
import type { AddCommentArgs } from "./bindings/AddCommentArgs";
import type { AddParagraphArgs } from "./bindings/AddParagraphArgs";
import type { AddSectionArgs } from "./bindings/AddSectionArgs";
import type { AmendmentView } from "./bindings/AmendmentView";
import type { BilingualText } from "./bindings/BilingualText";
import type { Comment } from "./bindings/Comment";
import type { CommentArgs } from "./bindings/CommentArgs";
import type { CompareArgs } from "./bindings/CompareArgs";
import type { Comparison } from "./bindings/Comparison";
import type { CreateOutcomeArgs } from "./bindings/CreateOutcomeArgs";
import type { DecideAmendmentArgs } from "./bindings/DecideAmendmentArgs";
import type { DocumentArgs } from "./bindings/DocumentArgs";
import type { ExportResult } from "./bindings/ExportResult";
import type { Fact } from "./bindings/Fact";
import type { FactArgs } from "./bindings/FactArgs";
import type { HistoryEntry } from "./bindings/HistoryEntry";
import type { LinkArgs } from "./bindings/LinkArgs";
import type { MeetingArgs } from "./bindings/MeetingArgs";
import type { MoveArgs } from "./bindings/MoveArgs";
import type { MoveParagraphArgs } from "./bindings/MoveParagraphArgs";
import type { Note } from "./bindings/Note";
import type { NoteArgs } from "./bindings/NoteArgs";
import type { NoteToParagraphArgs } from "./bindings/NoteToParagraphArgs";
import type { OutcomeDraft } from "./bindings/OutcomeDraft";
import type { OutcomeSummary } from "./bindings/OutcomeSummary";
import type { Paragraph } from "./bindings/Paragraph";
import type { ParagraphArgs } from "./bindings/ParagraphArgs";
import type { ProposeAmendmentArgs } from "./bindings/ProposeAmendmentArgs";
import type { ResolveCommentArgs } from "./bindings/ResolveCommentArgs";
import type { RevisionArgs } from "./bindings/RevisionArgs";
import type { RevisionSummary } from "./bindings/RevisionSummary";
import type { SaveFactArgs } from "./bindings/SaveFactArgs";
import type { SaveNoteArgs } from "./bindings/SaveNoteArgs";
import type { SaveOutcomeArgs } from "./bindings/SaveOutcomeArgs";
import type { SaveRevisionArgs } from "./bindings/SaveRevisionArgs";
import type { SaveTextArgs } from "./bindings/SaveTextArgs";
import type { Section } from "./bindings/Section";
import type { SectionArgs } from "./bindings/SectionArgs";
import type { SessionNotes } from "./bindings/SessionNotes";
import type { SetParagraphStateArgs } from "./bindings/SetParagraphStateArgs";
import type { SetStatusArgs } from "./bindings/SetStatusArgs";

export const outcomeCommands = {
  outcomeDocuments: (args: MeetingArgs) => call<OutcomeSummary[]>("outcome_documents", args),
  outcomeDocument: (args: DocumentArgs) => call<OutcomeDraft>("outcome_document", args),
  createOutcomeDocument: (args: CreateOutcomeArgs) => call<OutcomeSummary>("create_outcome_document", args),
  deleteOutcomeDocument: (args: DocumentArgs) => call<null>("delete_outcome_document", args),
  setOutcomeStatus: (args: SetStatusArgs) => call<OutcomeSummary>("set_outcome_status", args),
  saveOutcomeTitle: (args: SaveTextArgs) => call<BilingualText>("save_outcome_title", args),

  addOutcomeSection: (args: AddSectionArgs) => call<Section>("add_outcome_section", args),
  saveSectionHeading: (args: SaveTextArgs) => call<BilingualText>("save_section_heading", args),
  deleteOutcomeSection: (args: SectionArgs) => call<null>("delete_outcome_section", args),
  moveOutcomeSection: (args: MoveArgs) => call<null>("move_outcome_section", args),

  addParagraph: (args: AddParagraphArgs) => call<Paragraph>("add_paragraph", args),
  saveParagraphText: (args: SaveTextArgs) => call<BilingualText>("save_paragraph_text", args),
  setParagraphState: (args: SetParagraphStateArgs) => call<null>("set_paragraph_state", args),
  moveParagraph: (args: MoveParagraphArgs) => call<null>("move_paragraph", args),
  deleteParagraph: (args: ParagraphArgs) => call<null>("delete_paragraph", args),
  linkParagraphSession: (args: LinkArgs) => call<null>("link_paragraph_session", args),
  placeFact: (args: LinkArgs) => call<null>("place_fact", args),
  paragraphHistory: (args: ParagraphArgs) => call<HistoryEntry[]>("paragraph_history", args),

  sessionNotes: (args: MeetingArgs) => call<SessionNotes[]>("session_notes", args),
  saveNote: (args: SaveNoteArgs) => call<Note>("save_note", args),
  deleteNote: (args: NoteArgs) => call<null>("delete_note", args),
  noteToParagraph: (args: NoteToParagraphArgs) => call<Paragraph>("note_to_paragraph", args),

  paragraphComments: (args: ParagraphArgs) => call<Comment[]>("paragraph_comments", args),
  addComment: (args: AddCommentArgs) => call<Comment>("add_comment", args),
  resolveComment: (args: ResolveCommentArgs) => call<null>("resolve_comment", args),
  deleteComment: (args: CommentArgs) => call<null>("delete_comment", args),

  proposeAmendment: (args: ProposeAmendmentArgs) => call<AmendmentView>("propose_amendment", args),
  decideAmendment: (args: DecideAmendmentArgs) => call<AmendmentView>("decide_amendment", args),

  saveFact: (args: SaveFactArgs) => call<Fact>("save_fact", args),
  deleteFact: (args: FactArgs) => call<null>("delete_fact", args),

  outcomeRevisions: (args: DocumentArgs) => call<RevisionSummary[]>("outcome_revisions", args),
  saveRevision: (args: SaveRevisionArgs) => call<RevisionSummary>("save_revision", args),
  restoreRevision: (args: RevisionArgs) => call<RevisionSummary>("restore_revision", args),
  compareRevisions: (args: CompareArgs) => call<Comparison>("compare_revisions", args),

  /** Asks where to save, then writes the document; null when cancelled. */
  saveOutcome: (args: SaveOutcomeArgs) => call<ExportResult | null>("save_outcome", args),
};
