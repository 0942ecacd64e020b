// What the participant and delegation forms hold, and how it maps to and from what the API
// sends and expects. A form keeps strings as typed (an empty box is ""), the API wants null
// for an optional value left empty; an edit sends every field so that nothing is lost.
import type {
  Accreditation,
  DelegationInput,
  DelegationRow,
  Gender,
  Lang,
  OrgCategory,
  OrganisationInput,
  ParticipantInput,
  ParticipantRow,
  Rank,
  Role,
} from "../ipc";

/** Roles at the meeting, in the order the form lists them. */
export const ROLES: readonly Role[] = ["co_chair", "chair", "moderator", "speaker", "rapporteur", "observer"];

/** Ranks for precedence, highest first. */
export const RANKS: readonly Rank[] = [
  "head_of_state",
  "head_of_government",
  "minister",
  "deputy_minister",
  "ambassador",
  "senior_official",
  "official",
  "other",
];

export const GENDERS: readonly Gender[] = ["female", "male", "other"];
export const LANGS: readonly Lang[] = ["en", "fr"];
export const STATUSES: readonly Accreditation[] = ["invited", "confirmed", "accredited", "declined"];
export const ORG_CATEGORIES: readonly OrgCategory[] = [
  "un_secretariat",
  "un_body",
  "specialised_agency",
  "related_organisation",
  "regional_organisation",
  "intergovernmental_organisation",
  "ngo",
  "academia",
  "private_sector",
];

/** Suggested honorifics: free text all the same, these only save typing. */
export const HONORIFICS: readonly string[] = ["HE", "Hon", "Dr", "Amb.", "Prof.", "Mr", "Ms"];

export type ParticipantForm = {
  delegation_id: string;
  honorific_prefix: string;
  honorific_suffix: string;
  given_name: string;
  family_name: string;
  family_name_first: boolean;
  function_en: string;
  function_fr: string;
  gender: Gender | "";
  email: string;
  phone: string;
  language: Lang | "";
  rank: Rank;
  is_head: boolean;
  roles: Role[];
  registered: boolean;
  attended: boolean;
  badge_printed: boolean;
};

/** A blank form for a new participant of `delegationId` (may be "" when none is chosen yet). */
export function emptyParticipantForm(delegationId = ""): ParticipantForm {
  return {
    delegation_id: delegationId,
    honorific_prefix: "",
    honorific_suffix: "",
    given_name: "",
    family_name: "",
    family_name_first: false,
    function_en: "",
    function_fr: "",
    gender: "",
    email: "",
    phone: "",
    language: "",
    rank: "official",
    is_head: false,
    roles: [],
    registered: false,
    attended: false,
    badge_printed: false,
  };
}

/** The form of an existing participant. */
export function participantFormFromRow(row: ParticipantRow): ParticipantForm {
  return {
    delegation_id: row.delegation_id,
    honorific_prefix: row.honorific_prefix ?? "",
    honorific_suffix: row.honorific_suffix ?? "",
    given_name: row.given_name,
    family_name: row.family_name,
    family_name_first: row.family_name_first,
    function_en: row.function.en.text,
    function_fr: row.function.fr.text,
    gender: row.gender ?? "",
    email: row.email ?? "",
    phone: row.phone ?? "",
    language: row.language ?? "",
    rank: row.rank,
    is_head: row.is_head,
    roles: sortRoles(row.roles),
    registered: row.registered,
    attended: row.attended,
    badge_printed: row.badge_printed,
  };
}

/** Null for a value left blank, else the value trimmed. */
export function optional(value: string): string | null {
  const v = value.trim();
  return v === "" ? null : v;
}

/** Roles in the form's order, each once. */
export function sortRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((r) => roles.includes(r));
}

/** What the API is sent for this form. Both function sides are always sent: "" clears one. */
export function participantInputFromForm(form: ParticipantForm): ParticipantInput {
  return {
    delegation_id: form.delegation_id,
    honorific_prefix: optional(form.honorific_prefix),
    honorific_suffix: optional(form.honorific_suffix),
    given_name: form.given_name.trim(),
    family_name: form.family_name.trim(),
    family_name_first: form.family_name_first,
    function_en: form.function_en.trim(),
    function_fr: form.function_fr.trim(),
    gender: form.gender === "" ? null : form.gender,
    email: optional(form.email),
    phone: optional(form.phone),
    language: form.language === "" ? null : form.language,
    rank: form.rank,
    is_head: form.is_head,
    roles: sortRoles(form.roles),
    registered: form.registered,
    attended: form.attended,
    badge_printed: form.badge_printed,
  };
}

/** The cells of a row that can be edited in place. */
export type InlineColumn = "honorific_prefix" | "function";

/** The current value of an editable cell (the function in the interface language). */
export function inlineValue(row: ParticipantRow, column: InlineColumn, lang: Lang): string {
  return column === "honorific_prefix" ? (row.honorific_prefix ?? "") : row.function[lang].text;
}

/**
 * The full input for a participant whose cell `column` now reads `value`: every other field
 * is the row's own, so an edit in place loses nothing.
 */
export function inlineInput(row: ParticipantRow, column: InlineColumn, value: string, lang: Lang): ParticipantInput {
  const form = participantFormFromRow(row);
  if (column === "honorific_prefix") form.honorific_prefix = value;
  else if (lang === "en") form.function_en = value;
  else form.function_fr = value;
  return participantInputFromForm(form);
}

/** Which form field shows an error the API names (`head` is the head-of-delegation box). */
export function participantErrorField(field: string): keyof ParticipantForm | null {
  switch (field) {
    case "delegation":
    case "delegation_id":
      return "delegation_id";
    case "head":
    case "is_head":
      return "is_head";
    case "honorific_prefix":
    case "honorific_suffix":
    case "given_name":
    case "family_name":
    case "function_en":
    case "function_fr":
    case "email":
    case "phone":
    case "gender":
    case "language":
    case "rank":
    case "roles":
      return field;
    default:
      return null;
  }
}

export type DelegationForm = {
  kind: "country" | "organisation";
  country: string;
  organisation_id: string;
  display_name_en: string;
  display_name_fr: string;
  status: Accreditation;
  credentials: string;
};

export function emptyDelegationForm(): DelegationForm {
  return { kind: "country", country: "", organisation_id: "", display_name_en: "", display_name_fr: "", status: "invited", credentials: "" };
}

export function delegationFormFromRow(row: DelegationRow): DelegationForm {
  return {
    kind: row.party.kind,
    country: row.party.kind === "country" ? row.party.id : "",
    organisation_id: row.party.kind === "organisation" ? row.party.id : "",
    display_name_en: row.display_name_en ?? "",
    display_name_fr: row.display_name_fr ?? "",
    status: row.status,
    credentials: row.credentials ?? "",
  };
}

/** Exactly one of country and organisation is sent: the one of the chosen kind. */
export function delegationInputFromForm(form: DelegationForm, meetingId: string): DelegationInput {
  return {
    meeting_id: meetingId,
    country: form.kind === "country" ? optional(form.country) : null,
    organisation_id: form.kind === "organisation" ? optional(form.organisation_id) : null,
    display_name_en: optional(form.display_name_en),
    display_name_fr: optional(form.display_name_fr),
    status: form.status,
    credentials: optional(form.credentials),
  };
}

/** Which delegation form field shows an error the API names ("party" is the country or organisation picker). */
export function delegationErrorField(field: string): "party" | "display_name_en" | "display_name_fr" | "credentials" | "status" | null {
  switch (field) {
    case "delegation":
    case "country":
    case "organisation":
    case "organisation_id":
      return "party";
    case "display_name_en":
    case "display_name_fr":
    case "credentials":
    case "status":
      return field;
    default:
      return null;
  }
}

export type OrganisationForm = {
  name_en: string;
  name_fr: string;
  acronym_en: string;
  acronym_fr: string;
  category: OrgCategory;
};

export function emptyOrganisationForm(): OrganisationForm {
  return { name_en: "", name_fr: "", acronym_en: "", acronym_fr: "", category: "intergovernmental_organisation" };
}

export function organisationInputFromForm(form: OrganisationForm): OrganisationInput {
  return {
    name_en: form.name_en.trim(),
    name_fr: form.name_fr.trim(),
    acronym_en: optional(form.acronym_en),
    acronym_fr: optional(form.acronym_fr),
    category: form.category,
  };
}
