// The agenda screen's data: the agenda shown (the draft or a released version), the released
// versions, what a release would do now, and the view options of the preview.
import { api, type Agenda, type AgendaChangelog, type AgendaVersion, type ExportFormat, type Languages, type Layout, type ReleaseCheck } from "../ipc";
import { messageOf } from "../app/state.svelte";
import type { VersionChoice } from "./report";

/** The preview's options, kept while the app runs. */
export const options = $state<{ languages: Languages; layout: Layout; format: ExportFormat }>({
  languages: "both",
  layout: "side-by-side",
  format: "pdf",
});

class AgendaScreen {
  meetingId: string | null = $state(null);
  /** The version shown: a released one's number, or the draft. */
  version: VersionChoice = $state("draft");
  agenda: Agenda | null = $state.raw(null);
  versions: AgendaVersion[] = $state.raw([]);
  /** The gaps of the draft, the next number and its date. */
  check: ReleaseCheck | null = $state.raw(null);
  changelog: AgendaChangelog | null = $state.raw(null);
  loading = $state(false);
  error: string | null = $state(null);
  private seenRevision = -1;
  private request = 0;

  /** Loads the meeting's agenda when the meeting changed or another screen changed its data. */
  async sync(meetingId: string | null, revision: number) {
    if (meetingId === this.meetingId && revision === this.seenRevision) return;
    if (meetingId !== this.meetingId) {
      this.version = "draft";
      this.changelog = null;
    }
    this.meetingId = meetingId;
    this.seenRevision = revision;
    await this.load();
  }

  /** Reloads everything the screen shows. */
  async load() {
    const meetingId = this.meetingId;
    if (!meetingId) return;
    const request = ++this.request;
    this.loading = true;
    this.error = null;
    try {
      const [versions, check] = await Promise.all([
        api.listAgendaVersions({ meeting_id: meetingId }),
        api.agendaReleaseCheck({ meeting_id: meetingId }),
      ]);
      if (this.version !== "draft" && !versions.some((v) => v.number === this.version)) this.version = "draft";
      const agenda = await api.agenda({ meeting_id: meetingId, version: this.version === "draft" ? undefined : this.version });
      if (request !== this.request) return;
      this.versions = versions;
      this.check = check;
      this.agenda = agenda;
    } catch (e) {
      if (request === this.request) this.error = messageOf(e);
    } finally {
      if (request === this.request) this.loading = false;
    }
  }

  /** Shows another version. */
  async show(version: VersionChoice) {
    this.version = version;
    await this.load();
  }

  /** Releases the draft (the person confirmed the gaps, if any) and shows the new version. */
  async release(note: string, acknowledgeGaps: boolean): Promise<AgendaVersion> {
    const meetingId = this.meetingId;
    if (!meetingId) throw new Error("no meeting");
    const released = await api.releaseAgenda({ meeting_id: meetingId, note, acknowledge_gaps: acknowledgeGaps });
    this.version = released.version.number;
    await this.load();
    return released.version;
  }

  /** The changes from version `from` to `to` (a later version or the draft). */
  async compare(from: number, to: VersionChoice) {
    const meetingId = this.meetingId;
    if (!meetingId) return;
    this.changelog = await api.agendaChangelog({ meeting_id: meetingId, from, to: to === "draft" ? undefined : to });
  }
}

export const agendaScreen = new AgendaScreen();
