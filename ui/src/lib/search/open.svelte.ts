// Opening a search hit where it lives: a participant in the participants screen with its form
// open, a delegation (or an organisation's delegation) as the participants screen's filter, a
// session open in the timetable, a paragraph in its outcome document with the cursor in it.
import type { Hit } from "../ipc";
import { current, nav } from "../app/state.svelte";
import { emptyFilters } from "../participants/filters";
import { filtersOf } from "../participants/state.svelte";
import { timetable } from "../timetable/state.svelte";
import { outcomeScreen } from "../outcome/state.svelte";

/** What a screen is asked to open once it is shown (each screen owns its forms): a
 * participant's form on the participants screen, a session's on the timetable. */
export const opening = $state<{ participantId: string | null; sessionId: string | null }>({ participantId: null, sessionId: null });

/** Shows `hit` on its screen. */
export async function openHit(hit: Hit): Promise<void> {
  const meetingId = nav.meetingId;
  if (!meetingId) return;
  switch (hit.kind) {
    case "participant":
    case "delegation":
    case "organisation": {
      // An organisation without a delegation to this meeting has nowhere to open.
      if (hit.kind === "organisation" && !hit.delegation_id) return;
      const filters = filtersOf(meetingId);
      // Only the delegation: a leftover search or filter could hide the row sought.
      Object.assign(filters, emptyFilters(), { order: filters.order, lot: filters.lot, delegation_id: hit.delegation_id ?? hit.id });
      opening.participantId = hit.kind === "participant" ? hit.id : null;
      nav.view = "participants";
      return;
    }
    case "session":
      // Loaded first: the timetable forgets a selection among sessions it has not read.
      await timetable.sync(meetingId, current.revision);
      timetable.selectedId = hit.id;
      opening.sessionId = hit.id;
      nav.view = "timetable";
      return;
    case "paragraph":
      if (!hit.document_id) return;
      await outcomeScreen.sync(meetingId);
      await outcomeScreen.open(hit.document_id);
      outcomeScreen.focusParagraph = hit.id;
      nav.view = "outcome";
      return;
    default:
      return;
  }
}
