// Where the user is: the screen, the open meeting, and the messages shown to them.
import { api, ApiFailure, type MeetingDetail } from "../ipc";

export type View = "meetings" | "overview" | "participants" | "timetable" | "co_chairs" | "agenda" | "translation" | "outcome" | "statistics" | "backups";

export const nav = $state<{ view: View; meetingId: string | null }>({ view: "meetings", meetingId: null });

/** The open meeting's detail (dates, time zone, rooms, pillars, co-chairs), reloaded on demand. */
export const current = $state<{ meeting: MeetingDetail | null; revision: number }>({ meeting: null, revision: 0 });

export async function openMeeting(id: string, view: View = "overview") {
  current.meeting = await api.getMeeting({ meeting_id: id });
  nav.meetingId = id;
  nav.view = view;
}

/** Reloads the open meeting and tells every screen that its data changed. */
export async function refreshMeeting() {
  if (nav.meetingId) current.meeting = await api.getMeeting({ meeting_id: nav.meetingId });
  current.revision += 1;
}

export type Toast = { id: number; kind: "ok" | "error"; text: string };
export const toasts = $state<Toast[]>([]);
let next = 1;

export function notify(kind: Toast["kind"], text: string) {
  const id = next++;
  toasts.push({ id, kind, text });
  setTimeout(() => dismiss(id), kind === "error" ? 8000 : 3000);
}

export function dismiss(id: number) {
  const i = toasts.findIndex((t) => t.id === id);
  if (i >= 0) toasts.splice(i, 1);
}

/** The message of any failure, for a toast. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiFailure) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Errors by field, from a refused save: each shown next to its field. */
export function fieldErrors(e: unknown): Record<string, string> {
  if (e instanceof ApiFailure && e.field) return { [e.field]: e.message };
  return {};
}

/** A form's errors from a refused save: by field when the refusal names one, else under
 * `form`, for a message under the whole form. */
export function formErrors(e: unknown): Record<string, string> {
  const byField = fieldErrors(e);
  return Object.keys(byField).length > 0 ? byField : { form: messageOf(e) };
}
