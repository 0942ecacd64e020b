// The chairs and co-chairs of a session. `set_session_people` replaces all the people of a
// session, so a change of chairs sends the others (moderator, speakers, rapporteur) back as
// they were, in their order.
import type { SessionPerson, SessionPersonInput, SessionRole } from "../ipc";

/** The roles this screen edits. */
export type ChairRole = Extract<SessionRole, "chair" | "co_chair">;

const ROLE_ORDER: SessionRole[] = ["chair", "co_chair", "moderator", "speaker", "rapporteur"];

/** The people of `role`, in their order. */
export function peopleIn(people: readonly SessionPerson[], role: SessionRole): SessionPerson[] {
  return people.filter((p) => p.role === role).sort((a, b) => a.position - b.position);
}

/** Everyone of a session in role order, then in position: the order `set_session_people` keeps. */
function ordered(people: readonly SessionPerson[]): SessionPerson[] {
  return [...people].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.position - b.position);
}

/** The people to send when the chairs (and co-chairs) become `chairs`, the others kept. */
export function withRole(people: readonly SessionPerson[], role: ChairRole, ids: readonly string[]): SessionPersonInput[] {
  const out: SessionPersonInput[] = [];
  let placed = false;
  const place = () => {
    if (placed) return;
    placed = true;
    for (const id of ids) out.push({ participant_id: id, role });
  };
  for (const p of ordered(people)) {
    if (ROLE_ORDER.indexOf(p.role) >= ROLE_ORDER.indexOf(role)) place();
    if (p.role === role) continue;
    out.push({ participant_id: p.participant_id, role: p.role });
  }
  place();
  return out;
}

/** The people after adding `id` as `role` at the end of that role (nothing if already there). */
export function adding(people: readonly SessionPerson[], role: ChairRole, id: string): SessionPersonInput[] {
  const ids = peopleIn(people, role).map((p) => p.participant_id);
  return withRole(people, role, ids.includes(id) ? ids : [...ids, id]);
}

/** The people after removing `id` from `role`. */
export function removing(people: readonly SessionPerson[], role: ChairRole, id: string): SessionPersonInput[] {
  return withRole(people, role, peopleIn(people, role).map((p) => p.participant_id).filter((x) => x !== id));
}
