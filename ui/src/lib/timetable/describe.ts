// Clashes in words, in the interface language: the sentences of the conflicts panel and the
// tooltips of the marked blocks.
import type { Lang, MeetingDetail, SessionRow } from "../ipc";
import { formatDayHeading, formatTimeRange } from "../format";
import { translate } from "../i18n/index.svelte";
import type { Clash } from "./conflicts";
import { textIn } from "./model";

/** What the sentences need to name things. */
export type Names = {
  lang: Lang;
  sessions: ReadonlyMap<string, SessionRow>;
  meeting: Pick<MeetingDetail, "rooms"> | null;
};

function title(n: Names, id: string): string {
  const s = n.sessions.get(id);
  return s ? textIn(s.title, n.lang) || translate(n.lang, "timetable.untitled") : translate(n.lang, "timetable.new_session");
}

function when(n: Names, id: string): string {
  const s = n.sessions.get(id);
  return s ? formatTimeRange(s.start, s.end, n.lang) : "";
}

/** The printed name of a participant, from any session that lists them. */
export function personName(n: Names, participantId: string, hint: readonly string[] = []): string {
  for (const id of hint) {
    const p = n.sessions.get(id)?.people.find((x) => x.participant_id === participantId);
    if (p) return p.display_name;
  }
  for (const s of n.sessions.values()) {
    const p = s.people.find((x) => x.participant_id === participantId);
    if (p) return p.display_name;
  }
  return translate(n.lang, "timetable.someone");
}

function roomName(n: Names, roomId: string): string {
  return n.meeting?.rooms.find((r) => r.id === roomId)?.name ?? translate(n.lang, "timetable.a_room");
}

/** A clash as a sentence of the conflicts panel. */
export function clashSentence(n: Names, c: Clash): string {
  const tr = (key: string, params: Record<string, string>) => translate(n.lang, `timetable.conflict.${key}`, params);
  if (c.kind === "outside") {
    const s = n.sessions.get(c.session);
    return tr("outside", { title: title(n, c.session), day: s ? formatDayHeading(s.day, n.lang) : "" });
  }
  const pair = { first: title(n, c.first), first_time: when(n, c.first), second: title(n, c.second), second_time: when(n, c.second) };
  if (c.kind === "room") return tr("room", { room: roomName(n, c.roomId), ...pair });
  return tr("person", { person: personName(n, c.participantId, [c.first, c.second]), ...pair });
}

/** The clashes of session `id`, one line each, naming the other session or the person. */
export function clashTooltip(n: Names, id: string, clashes: readonly Clash[]): string {
  return clashes
    .map((c) => {
      if (c.kind === "outside") return translate(n.lang, "timetable.clash.outside");
      const other = c.first === id ? c.second : c.first;
      if (c.kind === "room") return translate(n.lang, "timetable.clash.room", { other: title(n, other), time: when(n, other) });
      return translate(n.lang, "timetable.clash.person", { person: personName(n, c.participantId, [c.first, c.second]), other: title(n, other), time: when(n, other) });
    })
    .join("\n");
}
