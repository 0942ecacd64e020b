// The session form's model: a draft from a row (or from a slot dragged on the grid), the
// input it saves, and the agenda-item changes to send after the session is saved.
import type { AgendaItem, AgendaItemInput, BilingualText, Lang, SessionInput, SessionKind, SessionRole, SessionRow } from "../ipc";
import { timeOf } from "../format";
import type { Placement } from "./drag";
import { hhmm } from "./model";

/** The parts a session's people can have, in the order the form shows them. */
export const ROLES: readonly SessionRole[] = ["chair", "co_chair", "moderator", "speaker", "rapporteur"];

/** The kinds of session, in the order the form offers them. */
export const KINDS: readonly SessionKind[] = ["opening", "plenary", "panel", "working_group", "side_event", "break", "closing"];

/** A person picked for a part. */
export type Person = { participant_id: string; display_name: string; delegation_en: string; delegation_fr: string };

/** An agenda item being edited: `id` null until it is saved; `key` identifies it in the list. */
export type ItemDraft = { key: string; id: string | null; title_en: string; title_fr: string; text: BilingualText | null; position: number | null };

/** Everything the form edits. */
export type Draft = {
  day: string;
  start: string;
  end: string;
  room_id: string;
  kind: SessionKind;
  pillar_id: string;
  title_en: string;
  title_fr: string;
  description_en: string;
  description_fr: string;
  interpretation: Lang[];
  people: Record<SessionRole, Person[]>;
  items: ItemDraft[];
};

let nextKey = 1;
/** A key for a new item of the list. */
export function itemKey(): string {
  return `item-${nextKey++}`;
}

function noPeople(): Record<SessionRole, Person[]> {
  return { chair: [], co_chair: [], moderator: [], speaker: [], rapporteur: [] };
}

/** The draft of an existing session. */
export function draftOf(s: SessionRow): Draft {
  const people = noPeople();
  const sorted = [...s.people].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.position - b.position);
  for (const p of sorted) {
    people[p.role].push({ participant_id: p.participant_id, display_name: p.display_name, delegation_en: p.delegation_en, delegation_fr: p.delegation_fr });
  }
  return {
    day: s.day,
    start: hhmm(s.start),
    end: hhmm(s.end),
    room_id: s.room_id ?? "",
    kind: s.kind,
    pillar_id: s.pillar_id ?? "",
    title_en: s.title.en.text,
    title_fr: s.title.fr.text,
    description_en: s.description.en.text,
    description_fr: s.description.fr.text,
    interpretation: [...s.interpretation],
    people,
    items: [...s.items].sort((a, b) => a.position - b.position).map(itemDraftOf),
  };
}

/** The draft of an item already saved. */
export function itemDraftOf(i: AgendaItem): ItemDraft {
  return { key: itemKey(), id: i.id, title_en: i.title.en.text, title_fr: i.title.fr.text, text: i.title, position: i.position };
}

/** The draft of a new session at `p`, interpreted into the meeting's languages. */
export function newDraft(p: Placement, languages: readonly Lang[]): Draft {
  return {
    day: p.day,
    start: timeOf(p.start),
    end: timeOf(p.end),
    room_id: p.roomId ?? "",
    kind: "plenary",
    pillar_id: "",
    title_en: "",
    title_fr: "",
    description_en: "",
    description_fr: "",
    interpretation: [...languages],
    people: noPeople(),
    items: [],
  };
}

/** The people of a draft as the API takes them: by part, speakers in speaking order. */
export function peopleOf(d: Draft): SessionInput["people"] {
  return ROLES.flatMap((role) => d.people[role].map((p) => ({ participant_id: p.participant_id, role })));
}

/** The input that saves the draft, people included. */
export function inputOfDraft(d: Draft, meetingId: string): SessionInput {
  return {
    meeting_id: meetingId,
    day: d.day,
    start: d.start,
    end: d.end,
    room_id: d.room_id || null,
    kind: d.kind,
    title_en: d.title_en,
    title_fr: d.title_fr,
    description_en: d.description_en,
    description_fr: d.description_fr,
    pillar_id: d.pillar_id || null,
    interpretation: (["en", "fr"] as const).filter((l) => d.interpretation.includes(l)),
    people: peopleOf(d),
  };
}

/** The agenda items to save (new, changed or moved), with their place from 1. */
export function itemsToSave(items: readonly ItemDraft[], sessionId: string): Array<{ key: string; input: AgendaItemInput }> {
  return items.flatMap((item, i) => {
    const position = i + 1;
    const unchanged = item.id !== null && item.position === position && item.text !== null && item.text.en.text === item.title_en.trim() && item.text.fr.text === item.title_fr.trim();
    if (unchanged) return [];
    return [{ key: item.key, input: { id: item.id, session_id: sessionId, position, title_en: item.title_en, title_fr: item.title_fr } }];
  });
}

/** The items of `before` no longer in the list: to delete. */
export function itemsToDelete(before: readonly AgendaItem[], items: readonly ItemDraft[]): string[] {
  const kept = new Set(items.map((i) => i.id).filter((id): id is string => !!id));
  return before.filter((i) => !kept.has(i.id)).map((i) => i.id);
}
