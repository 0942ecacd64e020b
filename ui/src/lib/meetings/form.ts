// The meeting form: what the fields hold, how a meeting fills them and how they become the
// `MeetingInput` the Rust side checks. Validation is Rust's; the form only shapes the data.
import type { BilingualText, Lang, MeetingInput, MeetingKind, MeetingStatus, MeetingSummary } from "../ipc";

/** The fields a meeting shares with its summary and its detail. */
export type MeetingFields = Omit<MeetingSummary, "participants" | "delegations">;

export const MEETING_KINDS: MeetingKind[] = [
  "joint_thematic_meeting",
  "thematic_meeting",
  "senior_officials_meeting",
  "ministerial_conference",
  "steering_committee",
  "workshop",
  "other",
];

export const MEETING_STATUSES: MeetingStatus[] = ["planning", "confirmed", "held", "closed"];

export const DEFAULT_TIME_ZONE = "Africa/Lagos";

/** Zones offered as suggestions; any IANA name may be typed. */
export const COMMON_TIME_ZONES: string[] = [
  "Africa/Lagos",
  "Africa/Abidjan",
  "Africa/Accra",
  "Africa/Addis_Ababa",
  "Africa/Algiers",
  "Africa/Cairo",
  "Africa/Casablanca",
  "Africa/Dakar",
  "Africa/Johannesburg",
  "Africa/Khartoum",
  "Africa/Kinshasa",
  "Africa/Nairobi",
  "Africa/Niamey",
  "Africa/Tripoli",
  "Africa/Tunis",
  "Atlantic/Cape_Verde",
  "Europe/Berlin",
  "Europe/Brussels",
  "Europe/Lisbon",
  "Europe/London",
  "Europe/Madrid",
  "Europe/Paris",
  "Europe/Rome",
  "Europe/Valletta",
  "Europe/Vienna",
  "Europe/Zurich",
  "America/New_York",
  "Asia/Dubai",
  "UTC",
];

/** What the form's controls hold. */
export type MeetingForm = {
  title_en: string;
  title_fr: string;
  kind: MeetingKind;
  start_date: string;
  end_date: string;
  venue_en: string;
  venue_fr: string;
  city: string;
  country: string;
  time_zone: string;
  languages: Lang[];
  status: MeetingStatus;
};

/** A blank form for a new meeting: a joint thematic meeting in Lagos time, in both languages. */
export function emptyForm(): MeetingForm {
  return {
    title_en: "",
    title_fr: "",
    kind: "joint_thematic_meeting",
    start_date: "",
    end_date: "",
    venue_en: "",
    venue_fr: "",
    city: "",
    country: "",
    time_zone: DEFAULT_TIME_ZONE,
    languages: ["en", "fr"],
    status: "planning",
  };
}

/** The form filled with a meeting's values, for editing it. */
export function formFromMeeting(m: MeetingFields): MeetingForm {
  return {
    title_en: m.title.en.text,
    title_fr: m.title.fr.text,
    kind: m.kind,
    start_date: m.start_date,
    end_date: m.end_date,
    venue_en: m.venue.en.text,
    venue_fr: m.venue.fr.text,
    city: m.city,
    country: m.country ?? "",
    time_zone: m.time_zone,
    languages: [...m.languages],
    status: m.status,
  };
}

/** The input sent to `create_meeting` / `update_meeting`: trimmed, an empty country as none. */
export function inputFromForm(f: MeetingForm): MeetingInput {
  const languages = (["en", "fr"] as Lang[]).filter((l) => f.languages.includes(l));
  return {
    title_en: f.title_en.trim(),
    title_fr: f.title_fr.trim(),
    kind: f.kind,
    start_date: f.start_date.trim(),
    end_date: f.end_date.trim(),
    venue_en: f.venue_en.trim(),
    venue_fr: f.venue_fr.trim(),
    city: f.city.trim(),
    country: f.country.trim() === "" ? null : f.country.trim(),
    time_zone: f.time_zone.trim(),
    languages,
    status: f.status,
  };
}

/** The fields of the form that can carry an error from the Rust side. */
export const FORM_FIELDS = [
  "title_en",
  "title_fr",
  "kind",
  "start_date",
  "end_date",
  "venue_en",
  "venue_fr",
  "city",
  "country",
  "time_zone",
  "languages",
  "status",
] as const;

/** The form field an error names (`title` → `title_en`, `language` → `languages`), if any. */
export function formFieldOf(field: string | undefined): (typeof FORM_FIELDS)[number] | null {
  if (!field) return null;
  const aliases: Record<string, (typeof FORM_FIELDS)[number]> = { title: "title_en", venue: "venue_en", language: "languages", date: "start_date" };
  const name = aliases[field] ?? field;
  return (FORM_FIELDS as readonly string[]).includes(name) ? (name as (typeof FORM_FIELDS)[number]) : null;
}

/** A bilingual text in `lang`, falling back on the other side when that side is empty. */
export function textIn(text: BilingualText, lang: Lang): string {
  const own = text[lang].text.trim();
  if (own) return own;
  return text[lang === "en" ? "fr" : "en"].text.trim();
}
