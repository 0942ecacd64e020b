// The screen's query: search text, filters and order, and how they become API arguments.
import type { Accreditation, DelegationRow, Lang, ListingCategory, ListParticipantsArgs, Role } from "../ipc";

/** Orders offered: by family name, alphabetical in English or French, UN listing order,
 *  or UN listing order with member states in rotation from a country drawn by lot. */
export type OrderKind = "name" | "en" | "fr" | "protocol" | "lot";
export const ORDERS: readonly OrderKind[] = ["name", "en", "fr", "protocol", "lot"];

export const LISTINGS: readonly ListingCategory[] = [
  "member_state",
  "non_member_state",
  "un_secretariat",
  "un_body",
  "specialised_agency",
  "intergovernmental",
  "non_governmental",
];

/** UN M49 regions: the code the API filters on, and the key of its name. */
export const REGIONS: readonly { code: string; key: string }[] = [
  { code: "002", key: "africa" },
  { code: "150", key: "europe" },
  { code: "019", key: "americas" },
  { code: "142", key: "asia" },
  { code: "009", key: "oceania" },
];

/** A role filter: a role at the meeting, or heads of delegation. */
export type RoleFilter = Role | "head" | "";

export type Filters = {
  search: string;
  listing: ListingCategory | "";
  region: string;
  role: RoleFilter;
  status: Accreditation | "";
  delegation_id: string | null;
  order: OrderKind;
  /** The country (alpha-2) drawn by lot, for the "lot" order. */
  lot: string;
};

export function emptyFilters(): Filters {
  return { search: "", listing: "", region: "", role: "", status: "", delegation_id: null, order: "name", lot: "" };
}

/** The participants' order as the API spells it; "lot" without a country is plain UN order. */
export function participantOrder(f: Pick<Filters, "order" | "lot">): string {
  if (f.order === "lot") return f.lot ? `lot:${f.lot}` : "protocol";
  return f.order;
}

/** The delegations' order: as the participants', alphabetical in `lang` for "by name". */
export function delegationOrder(f: Pick<Filters, "order" | "lot">, lang: Lang): string {
  return f.order === "name" ? lang : participantOrder(f);
}

/** Whether anything narrows the list (the count then says "of N"). */
export function isFiltered(f: Filters): boolean {
  return !!(f.search.trim() || f.listing || f.region || f.role || f.status || f.delegation_id);
}

/** The arguments of `list_participants` for one page. */
export function listArgs(f: Filters, meetingId: string, lang: Lang, offset: number, limit: number): ListParticipantsArgs {
  const search = f.search.trim();
  return {
    meeting_id: meetingId,
    order: participantOrder(f),
    lang,
    delegation_id: f.delegation_id,
    search: search === "" ? null : search,
    listing: f.listing === "" ? null : f.listing,
    region: f.region === "" ? null : f.region,
    role: f.role === "" || f.role === "head" ? null : f.role,
    heads_only: f.role === "head",
    status: f.status === "" ? null : f.status,
    gender: null,
    attended: null,
    limit,
    offset,
  };
}

/** A key that changes whenever the rows of the list change (not the page). */
export function queryKey(f: Filters, meetingId: string, lang: Lang): string {
  return JSON.stringify(listArgs(f, meetingId, lang, 0, 0));
}

/** The delegations the left column shows under the filters that apply to delegations. */
export function filterDelegations(delegations: readonly DelegationRow[], f: Filters): DelegationRow[] {
  return delegations.filter(
    (d) =>
      (!f.listing || d.listing === f.listing) &&
      (!f.region || d.region === f.region || d.subregion === f.region) &&
      (!f.status || d.status === f.status),
  );
}
