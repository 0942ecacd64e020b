// The timetable of the open meeting: its sessions, their clashes, the selection and the view
// options, and the saves that move a session (optimistic, undone when the API refuses).
import { api, type MeetingDetail, type SessionRow } from "../ipc";
import { current, messageOf, notify, refreshMeeting } from "../app/state.svelte";
import { i18n, t } from "../i18n/index.svelte";
import { formatTimeRange } from "../format";
import { bySession, fromApi, outsideDays, findConflicts, type Clash, type Slot } from "./conflicts";
import { samePlacement, type Placement } from "./drag";
import { firstDay, inputOf, meetingDays, placementOf, slotOf, textIn, withPlacement, type Mode } from "./model";

/** How long arrow-key moves wait for the next key before they are saved. */
const KEY_SAVE_DELAY = 700;

/** Above this many sessions, a meeting's timetable opens on one day rather than all. */
export const ONE_DAY_ABOVE = 400;

/** Zoom levels of the time axis, in pixels per minute. */
export const ZOOMS = [0.8, 1.1, 1.5, 2.2] as const;

/** The view options, remembered for the session of the app. */
export const view = $state<{
  mode: Mode;
  zoom: number;
  step: 5 | 15;
  /** The day shown, or null for all days. */
  day: string | null;
  /** Rooms hidden from the grid (ids; "" for sessions without a room). */
  hiddenRooms: string[];
  showConflicts: boolean;
}>({ mode: "rooms", zoom: 1, step: 5, day: null, hiddenRooms: [], showConflicts: true });

class Timetable {
  /** The meeting the sessions belong to. */
  meetingId: string | null = $state(null);
  /** The sessions, in time order. Replaced, never mutated, so that a thousand stay cheap. */
  sessions: SessionRow[] = $state.raw([]);
  /** The clashes the API reported after the last save (null before the first answer). */
  serverClashes: Clash[] | null = $state.raw(null);
  loading = $state(false);
  loadError: string | null = $state(null);
  selectedId: string | null = $state(null);
  /** Ids of sessions whose new place is being saved. */
  saving: ReadonlySet<string> = $state.raw(new Set());
  /** The meeting revision this screen has seen (its own saves included). */
  private seenRevision = -1;
  /** Arrow-key moves waiting to be saved: the session as it was before the first key. */
  private pendingKeys = new Map<string, { before: SessionRow; timer: ReturnType<typeof setTimeout> }>();
  /** Saves run one after another, so that a refusal restores the right state. */
  private queue: Promise<unknown> = Promise.resolve();

  byId: Map<string, SessionRow> = $derived(new Map(this.sessions.map((s) => [s.id, s])));

  /** The slots of each day, for the live check of a drag. */
  slotsByDay: Map<string, Slot[]> = $derived.by(() => {
    const out = new Map<string, Slot[]>();
    for (const s of this.sessions) {
      const slot = slotOf(s);
      const list = out.get(s.day);
      if (list) list.push(slot);
      else out.set(s.day, [slot]);
    }
    return out;
  });

  /**
   * The clashes shown when nothing is dragged: the API's, or the same rules worked out here
   * until it answers, plus sessions outside the meeting's days.
   */
  clashes: Clash[] = $derived.by(() => {
    const slots = this.sessions.map((s) => slotOf(s));
    const meeting = current.meeting;
    const days = new Set(meeting ? meetingDays(meeting.start_date, meeting.end_date) : []);
    const pairs = this.serverClashes ?? findConflicts(slots);
    return [...pairs, ...outsideDays(slots, days)];
  });

  /** The clashes of a drag in progress, checked here at each step (null when none). */
  liveClashes: Clash[] | null = $state.raw(null);

  /** What the screen shows: the drag's clashes while dragging, else the timetable's. */
  shownClashes: Clash[] = $derived(this.liveClashes ?? this.clashes);

  /** The shown clashes of each session. */
  clashIndex: Map<string, Clash[]> = $derived(bySession(this.shownClashes));

  /** Loads the sessions of `meetingId` when it or the meeting's revision changed elsewhere. */
  async sync(meetingId: string | null, revision: number) {
    if (meetingId === this.meetingId && revision === this.seenRevision) return;
    const changedMeeting = meetingId !== this.meetingId;
    this.meetingId = meetingId;
    this.seenRevision = revision;
    if (changedMeeting) {
      this.sessions = [];
      this.serverClashes = null;
      this.selectedId = null;
      view.day = null;
      view.hiddenRooms = [];
    }
    if (!meetingId) return;
    await this.load();
    // A large timetable (a COP's 1,000 sessions over 12 days and 40 rooms) opens on its first
    // day: all days at once would be hundreds of columns, too many to read. "All days" stays
    // one choice away in the day filter.
    if (changedMeeting && meetingId === this.meetingId && view.day === null && this.sessions.length > ONE_DAY_ABOVE) {
      view.day = firstDay(this.sessions) || null;
    }
  }

  /** Reloads everything from the API. */
  async load() {
    const id = this.meetingId;
    if (!id) return;
    this.loading = true;
    this.loadError = null;
    try {
      const [rows, conflicts] = await Promise.all([api.listSessions({ meeting_id: id }), api.listConflicts({ meeting_id: id })]);
      if (id !== this.meetingId) return;
      this.sessions = rows;
      this.serverClashes = conflicts.map(fromApi);
      if (this.selectedId && !rows.some((r) => r.id === this.selectedId)) this.selectedId = null;
    } catch (e) {
      this.loadError = messageOf(e);
    } finally {
      this.loading = false;
    }
  }

  /** Asks the API for the clashes again (after every save). */
  async refreshConflicts() {
    const id = this.meetingId;
    if (!id) return;
    try {
      const conflicts = await api.listConflicts({ meeting_id: id });
      if (id === this.meetingId) this.serverClashes = conflicts.map(fromApi);
    } catch {
      // The check made here stands in until the next answer.
      this.serverClashes = null;
    }
  }

  /** After any change: the clashes again, and the other screens told. */
  async afterChange() {
    this.serverClashes = null;
    // This screen already has the change: it need not reload on the new revision.
    this.seenRevision = current.revision + 1;
    await Promise.all([this.refreshConflicts(), refreshMeeting().catch(() => undefined)]);
    this.seenRevision = current.revision;
  }

  /** Puts a saved row in place of the old one (or adds it), keeping time order. */
  upsert(row: SessionRow) {
    const rest = this.sessions.filter((s) => s.id !== row.id);
    rest.push(row);
    rest.sort((a, b) => (a.day === b.day ? (a.start === b.start ? a.end.localeCompare(b.end) : a.start.localeCompare(b.start)) : a.day.localeCompare(b.day)));
    this.sessions = rest;
    this.serverClashes = null;
  }

  /** Drops a deleted session. */
  drop(id: string) {
    this.sessions = this.sessions.filter((s) => s.id !== id);
    this.serverClashes = null;
    if (this.selectedId === id) this.selectedId = null;
  }

  private setSaving(id: string, on: boolean) {
    const next = new Set(this.saving);
    if (on) next.add(id);
    else next.delete(id);
    this.saving = next;
  }

  private show(row: SessionRow) {
    // The API's list no longer matches: the check made here stands in until it answers.
    this.serverClashes = null;
    this.sessions = this.sessions.map((s) => (s.id === row.id ? row : s));
  }

  /**
   * Moves or resizes a session: shown at once, saved with every field of the row (people
   * kept), put back where it was with the API's message when refused.
   */
  place(id: string, p: Placement, meeting: MeetingDetail): Promise<boolean> {
    const before = this.byId.get(id);
    if (!before || samePlacement(placementOf(before), p)) return Promise.resolve(true);
    this.show(withPlacement(before, p, meeting.rooms));
    return this.save(before, p);
  }

  /** An arrow-key move: shown at once, saved when the keys pause. */
  nudge(id: string, p: Placement, meeting: MeetingDetail) {
    const row = this.byId.get(id);
    if (!row) return;
    const pending = this.pendingKeys.get(id);
    const before = pending?.before ?? row;
    if (pending) clearTimeout(pending.timer);
    this.show(withPlacement(row, p, meeting.rooms));
    const timer = setTimeout(() => this.flushKeys(id), KEY_SAVE_DELAY);
    this.pendingKeys.set(id, { before, timer });
  }

  /** Saves an arrow-key move now (when the block loses focus, say). */
  flushKeys(id: string) {
    const pending = this.pendingKeys.get(id);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pendingKeys.delete(id);
    const now = this.byId.get(id);
    if (!now) return;
    const p = placementOf(now);
    if (samePlacement(placementOf(pending.before), p)) return;
    void this.save(pending.before, p);
  }

  private save(before: SessionRow, p: Placement): Promise<boolean> {
    const run = async () => {
      this.setSaving(before.id, true);
      try {
        const saved = await api.updateSession({ session_id: before.id, input: inputOf(before, p) });
        this.show(saved);
        notify("ok", t("timetable.moved", { title: textIn(saved.title, i18n.lang), time: formatTimeRange(saved.start, saved.end, i18n.lang) }));
        await this.afterChange();
        return true;
      } catch (e) {
        // Back where it was, unless it was changed again meanwhile by another save.
        if (this.byId.has(before.id)) this.show(before);
        notify("error", messageOf(e));
        return false;
      } finally {
        this.setSaving(before.id, false);
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result;
    return result;
  }
}

/** The timetable of the open meeting. */
export const timetable = new Timetable();
