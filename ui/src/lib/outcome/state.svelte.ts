// The drafting screen's data: the meeting's outcome documents, the one open (as the Rust side
// reads it, labels and counts included), the sessions with their rapporteurs' notes, the
// delegations that may propose amendments, and the autosave queue with each field's status.
// Every write goes through here, and the draft is read again after a write that renumbers or
// merges, once the pending autosaves are in (so that nothing typed is read back over).
import {
  api,
  ApiFailure,
  type AddCommentArgs,
  type AddParagraphArgs,
  type AmendmentStatus,
  type AmendmentView,
  type BilingualText,
  type Comment,
  type DelegationRow,
  type DocumentStatus,
  type Fact,
  type Lang,
  type Note,
  type NoteToParagraphArgs,
  type OutcomeDraft,
  type OutcomeSummary,
  type Paragraph,
  type ParagraphState,
  type ProposeAmendmentArgs,
  type RevisionSummary,
  type SaveFactArgs,
  type SaveNoteArgs,
  type SessionNotes,
} from "../ipc";
import { messageOf } from "../app/state.svelte";
import { AutosaveQueue, type SaveStatus } from "./autosave";
import { hasBrackets } from "./brackets";
import { paragraphsOf } from "./document";
import { withParagraph, withParagraphText, withSectionHeading, withTitle } from "./patch";

/** The parts of the drafting screen. */
export type Tab = "text" | "notes" | "facts" | "revisions" | "export";
export const TABS: Tab[] = ["text", "notes", "facts", "revisions", "export"];

/** What an autosaved field is: a key of the queue. */
export const fieldKey = {
  title: (documentId: string, lang: Lang) => `title:${documentId}:${lang}`,
  heading: (sectionId: string, lang: Lang) => `heading:${sectionId}:${lang}`,
  paragraph: (paragraphId: string, lang: Lang) => `paragraph:${paragraphId}:${lang}`,
  note: (editor: string) => `note:${editor}`,
};

function describe(error: unknown) {
  if (error instanceof ApiFailure) return { code: error.code, field: error.field ?? null, message: error.message };
  return { code: null, field: null, message: messageOf(error) };
}

class OutcomeScreen {
  meetingId: string | null = $state(null);
  documents: OutcomeSummary[] = $state.raw([]);
  documentId: string | null = $state(null);
  draft: OutcomeDraft | null = $state.raw(null);
  revisions: RevisionSummary[] = $state.raw([]);
  sessions: SessionNotes[] = $state.raw([]);
  delegations: DelegationRow[] = $state.raw([]);
  tab: Tab = $state("text");
  loading = $state(false);
  error: string | null = $state(null);
  /** Each autosaved field's status, by key. */
  saves: Record<string, SaveStatus> = $state({});
  /** A paragraph to put the cursor in once it is on screen (one just added). */
  focusParagraph: string | null = $state(null);

  readonly queue = new AutosaveQueue({ describe, onstatus: (key, status) => (this.saves[key] = status) });
  private request = 0;

  /** Loads the meeting's documents when the screen is shown, the meeting changed or another
   * screen changed its data: always from the store, since the translation screen and the
   * timetable change what this screen shows (paragraph sides, the facts paragraph). */
  async sync(meetingId: string | null) {
    if (meetingId !== this.meetingId) {
      await this.queue.flush();
      this.documentId = null;
      this.draft = null;
      this.revisions = [];
      this.tab = "text";
    }
    this.meetingId = meetingId;
    await this.loadAll();
  }

  /** Reads the list, the sessions and delegations, and the open document. */
  async loadAll() {
    const meetingId = this.meetingId;
    if (!meetingId) return;
    await this.latest(async (current) => {
      const [documents, sessions, delegations] = await Promise.all([
        api.outcomeDocuments({ meeting_id: meetingId }),
        api.sessionNotes({ meeting_id: meetingId }),
        api.listDelegations({ meeting_id: meetingId, order: null, lang: null }),
      ]);
      if (!current()) return;
      this.documents = documents;
      this.sessions = sessions;
      this.delegations = delegations;
      if (this.documentId && !documents.some((d) => d.id === this.documentId)) this.documentId = null;
      if (this.documentId) await this.readDocument(this.documentId, current);
    });
  }

  /** Reads the open document again, after the pending autosaves. */
  async reload() {
    const documentId = this.documentId;
    if (!documentId) return;
    await this.latest((current) => this.readDocument(documentId, current));
  }

  /** Runs a read once the pending autosaves are in, showing it as loading; a later read
   * supersedes it (`current()` turns false), so that an old answer never overwrites a newer. */
  private async latest(read: (current: () => boolean) => Promise<void>) {
    const request = ++this.request;
    const current = () => request === this.request;
    this.loading = true;
    this.error = null;
    try {
      await this.queue.flush();
      await read(current);
    } catch (e) {
      if (current()) this.error = messageOf(e);
    } finally {
      if (current()) this.loading = false;
    }
  }

  private async readDocument(documentId: string, current: () => boolean) {
    const [draft, revisions] = await Promise.all([api.outcomeDocument({ document_id: documentId }), api.outcomeRevisions({ document_id: documentId })]);
    if (!current() || documentId !== this.documentId) return;
    this.draft = draft;
    this.revisions = revisions;
  }

  /** Opens a document on its text. */
  async open(documentId: string) {
    await this.queue.flush();
    this.documentId = documentId;
    this.draft = null;
    this.tab = "text";
    await this.reload();
  }

  /** Back to the list of documents. */
  async close() {
    await this.queue.flush();
    this.documentId = null;
    this.draft = null;
    await this.refreshList();
  }

  /** Reads the list of documents again (counts change with amendments and revisions). */
  async refreshList() {
    if (!this.meetingId) return;
    this.documents = await api.outcomeDocuments({ meeting_id: this.meetingId });
  }

  /** Reads the sessions' notes again. */
  async refreshNotes() {
    if (!this.meetingId) return;
    this.sessions = await api.sessionNotes({ meeting_id: this.meetingId });
  }

  get locked(): boolean {
    return this.draft?.document.status === "adopted";
  }

  // --- autosaved texts ---------------------------------------------------------------------

  /** Saves a side of the title. */
  async saveTitle(lang: Lang, text: string) {
    const documentId = this.documentId;
    if (!documentId) return;
    const saved = await api.saveOutcomeTitle({ id: documentId, lang, text });
    this.patch((d) => withTitle(d, saved));
    this.documents = this.documents.map((d) => (d.id === documentId ? { ...d, title: saved } : d));
  }

  /** Saves a side of a section's heading. */
  async saveHeading(sectionId: string, lang: Lang, text: string) {
    const saved = await api.saveSectionHeading({ id: sectionId, lang, text });
    this.patch((d) => withSectionHeading(d, sectionId, saved));
  }

  /** Saves a side of a paragraph, as a translation of the other side when `translation`.
   * Brackets typed into a draft paragraph make it bracketed on the Rust side, so the
   * paragraph is then read again for its state. */
  async saveParagraph(paragraphId: string, lang: Lang, text: string, translation = false) {
    const saved: BilingualText = await api.saveParagraphText({ id: paragraphId, lang, text, translation });
    const before = this.draft ? paragraphsOf(this.draft.document).find((p) => p.id === paragraphId) : undefined;
    this.patch((d) => withParagraphText(d, paragraphId, saved));
    if (before?.state === "draft" && hasBrackets(text)) void this.reloadQuietly();
  }

  /** Reads the document again without showing it as loading, once the saves under way are
   * done (a field being typed in keeps its own text meanwhile). */
  private async reloadQuietly() {
    const documentId = this.documentId;
    if (!documentId) return;
    try {
      await this.queue.flush();
      const draft = await api.outcomeDocument({ document_id: documentId });
      if (documentId === this.documentId) this.draft = draft;
    } catch {
      // The next reload shows it; the text itself is saved.
    }
  }

  private patch(change: (draft: OutcomeDraft) => OutcomeDraft) {
    if (this.draft) this.draft = change(this.draft);
  }

  // --- structure ---------------------------------------------------------------------------

  /** Adds a paragraph (empty, in `lang`) and reads the document again; the cursor goes into it. */
  async addParagraph(args: Omit<AddParagraphArgs, "document_id">): Promise<Paragraph | null> {
    const documentId = this.documentId;
    if (!documentId) return null;
    await this.queue.flush();
    const paragraph = await api.addParagraph({ document_id: documentId, ...args });
    this.focusParagraph = paragraph.id;
    await this.reload();
    return paragraph;
  }

  async setParagraphState(paragraphId: string, state: ParagraphState) {
    await api.setParagraphState({ paragraph_id: paragraphId, state });
    this.patch((d) => withParagraph(d, paragraphId, (p) => ({ ...p, state })));
  }

  async moveParagraph(paragraphId: string, sectionId: string | null, position: number) {
    await this.queue.flush();
    await api.moveParagraph({ paragraph_id: paragraphId, section_id: sectionId, position });
    await this.reload();
  }

  async deleteParagraph(paragraphId: string) {
    for (const lang of ["en", "fr"] as const) this.queue.forget(fieldKey.paragraph(paragraphId, lang));
    await api.deleteParagraph({ paragraph_id: paragraphId });
    await this.reload();
  }

  async addSection(headingEn: string, headingFr: string, after: string | null) {
    const documentId = this.documentId;
    if (!documentId) return;
    await api.addOutcomeSection({ document_id: documentId, heading_en: headingEn, heading_fr: headingFr, pillar_id: null, after });
    await this.reload();
  }

  async moveSection(sectionId: string, position: number) {
    await api.moveOutcomeSection({ id: sectionId, position });
    await this.reload();
  }

  async deleteSection(sectionId: string) {
    await api.deleteOutcomeSection({ section_id: sectionId });
    for (const lang of ["en", "fr"] as const) this.queue.forget(fieldKey.heading(sectionId, lang));
    await this.reload();
  }

  async linkSession(paragraphId: string, sessionId: string, linked: boolean) {
    await api.linkParagraphSession({ paragraph_id: paragraphId, other_id: sessionId, linked });
    this.patch((d) =>
      withParagraph(d, paragraphId, (p) => ({
        ...p,
        sessions: linked ? [...p.sessions.filter((s) => s !== sessionId), sessionId] : p.sessions.filter((s) => s !== sessionId),
      })),
    );
  }

  async placeFact(paragraphId: string, factId: string, linked: boolean) {
    await api.placeFact({ paragraph_id: paragraphId, other_id: factId, linked });
    this.patch((d) =>
      withParagraph(d, paragraphId, (p) => ({
        ...p,
        facts: linked ? [...p.facts.filter((f) => f !== factId), factId] : p.facts.filter((f) => f !== factId),
      })),
    );
  }

  // --- rapporteurs' notes ------------------------------------------------------------------

  /** Saves a note (a new one when `note_id` is null); the list of notes follows. */
  async saveNote(args: SaveNoteArgs): Promise<Note> {
    const saved = await api.saveNote(args);
    this.sessions = this.sessions.map((s) =>
      s.session_id !== saved.session_id
        ? s
        : { ...s, notes: s.notes.some((n) => n.id === saved.id) ? s.notes.map((n) => (n.id === saved.id ? saved : n)) : [...s.notes, saved] },
    );
    return saved;
  }

  async deleteNote(noteId: string) {
    this.queue.forget(fieldKey.note(noteId));
    await api.deleteNote({ note_id: noteId });
    this.sessions = this.sessions.map((s) => ({ ...s, notes: s.notes.filter((n) => n.id !== noteId) }));
  }

  /** Turns a note, or a passage of it, into a paragraph of the open document. */
  async noteToParagraph(args: NoteToParagraphArgs): Promise<Paragraph> {
    await this.queue.flush();
    const paragraph = await api.noteToParagraph(args);
    await Promise.all([this.reload(), this.refreshNotes()]);
    return paragraph;
  }

  // --- facts and quotes --------------------------------------------------------------------

  async saveFact(args: SaveFactArgs): Promise<Fact> {
    const saved = await api.saveFact(args);
    this.patch((d) => {
      const facts = d.document.facts.some((f) => f.id === saved.id) ? d.document.facts.map((f) => (f.id === saved.id ? saved : f)) : [...d.document.facts, saved];
      return { ...d, document: { ...d.document, facts } };
    });
    return saved;
  }

  /** Deletes a fact; the paragraphs that placed it no longer do. */
  async deleteFact(factId: string) {
    await api.deleteFact({ fact_id: factId });
    await this.reload();
  }

  // --- comments ------------------------------------------------------------------------------

  /** A paragraph's comments; the counts its row shows follow them. */
  async comments(paragraphId: string): Promise<Comment[]> {
    const list = await api.paragraphComments({ paragraph_id: paragraphId });
    const counts = { paragraph_id: paragraphId, open: list.filter((c) => !c.resolved).length, total: list.length };
    this.patch((d) => ({ ...d, comment_counts: [...d.comment_counts.filter((c) => c.paragraph_id !== paragraphId), counts] }));
    return list;
  }

  async addComment(args: AddCommentArgs): Promise<Comment> {
    return api.addComment(args);
  }

  async resolveComment(commentId: string, resolved: boolean) {
    await api.resolveComment({ comment_id: commentId, resolved });
  }

  async deleteComment(commentId: string) {
    await api.deleteComment({ comment_id: commentId });
  }

  // --- amendments ----------------------------------------------------------------------------

  /** Proposes an amendment (the paragraph's stored text is its original). */
  async proposeAmendment(args: ProposeAmendmentArgs): Promise<AmendmentView> {
    await this.queue.flush();
    const view = await api.proposeAmendment(args);
    this.patch((d) => ({ ...d, amendments: [...d.amendments, view] }));
    void this.refreshList();
    return view;
  }

  /** Accepts, rejects or withdraws an amendment. Accepting merges it into the paragraph, which
   * may put other pending amendments of it in conflict: the document is read again. */
  async decideAmendment(amendmentId: string, status: AmendmentStatus): Promise<AmendmentView> {
    await this.queue.flush();
    const view = await api.decideAmendment({ amendment_id: amendmentId, status });
    if (status === "accepted") {
      await this.reload();
    } else {
      this.patch((d) => ({ ...d, amendments: d.amendments.map((a) => (a.amendment.id === view.amendment.id ? view : a)) }));
    }
    void this.refreshList();
    return view;
  }

  // --- the document --------------------------------------------------------------------------

  async create(kind: OutcomeSummary["kind"], titleEn: string, titleFr: string): Promise<OutcomeSummary | null> {
    if (!this.meetingId) return null;
    const created = await api.createOutcomeDocument({ meeting_id: this.meetingId, kind, title_en: titleEn, title_fr: titleFr });
    await this.refreshList();
    await this.open(created.id);
    return created;
  }

  async setStatus(status: DocumentStatus) {
    const documentId = this.documentId;
    if (!documentId) return;
    await this.queue.flush();
    const summary = await api.setOutcomeStatus({ document_id: documentId, status });
    this.documents = this.documents.map((d) => (d.id === summary.id ? summary : d));
    await this.reload();
  }

  async deleteDocument(documentId: string) {
    await api.deleteOutcomeDocument({ document_id: documentId });
    if (this.documentId === documentId) {
      this.documentId = null;
      this.draft = null;
    }
    await this.refreshList();
  }

  // --- revisions -----------------------------------------------------------------------------

  async saveRevision(name: string): Promise<RevisionSummary | null> {
    const documentId = this.documentId;
    if (!documentId) return null;
    await this.queue.flush();
    const saved = await api.saveRevision({ document_id: documentId, name });
    this.revisions = await api.outcomeRevisions({ document_id: documentId });
    void this.refreshList();
    return saved;
  }

  async restoreRevision(revisionId: string): Promise<RevisionSummary> {
    await this.queue.flush();
    const restored = await api.restoreRevision({ revision_id: revisionId });
    await this.reload();
    void this.refreshList();
    return restored;
  }
}

export const outcomeScreen = new OutcomeScreen();
