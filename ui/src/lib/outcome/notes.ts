// Rapporteurs' notes: what "Make a paragraph" takes from a note (the text selected in it, or
// the whole note), and how a session is named in the list of notes and in the pickers.
import type { Lang, SessionNotes } from "../ipc";
import { formatShortDay, formatTime } from "../format";

/** The excerpt a paragraph is made from: the selected text, trimmed, or null (the whole note)
 * when nothing but blanks is selected. The excerpt must occur in the note as it is saved, so a
 * selection is only used while the note holds no unsaved change. */
export function excerptOf(body: string, start: number, end: number): string | null {
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(body.length, Math.max(start, end));
  const picked = body.slice(from, to).trim();
  return picked === "" ? null : picked;
}

/** "Tue 4 Nov · 09:00 — Opening session": a session as the notes and pickers name it. */
export function sessionLine(s: Pick<SessionNotes, "day" | "start" | "title">, lang: Lang): string {
  const title = (lang === "fr" ? s.title.fr.text || s.title.en.text : s.title.en.text || s.title.fr.text) || "—";
  return `${formatShortDay(s.day, lang)} · ${formatTime(s.start, lang)} — ${title}`;
}

/** How many notes the meeting's sessions hold, and how many sessions have one. */
export function noteCounts(sessions: readonly SessionNotes[]): { notes: number; sessions: number } {
  let notes = 0;
  let withNotes = 0;
  for (const s of sessions) {
    const written = s.notes.filter((n) => n.body.trim() !== "").length;
    notes += written;
    if (written > 0) withNotes += 1;
  }
  return { notes, sessions: withNotes };
}
