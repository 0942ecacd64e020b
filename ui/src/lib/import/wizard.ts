// The import wizard's logic, apart from the screen: its steps, the person's choices as the
// API's ImportOptions (each change a new value, so the preview can be asked again), why the
// import cannot run yet, and what it will do.
import type {
  DuplicateAction,
  Field,
  ImportDuplicate,
  ImportOptions,
  ImportPreview,
  ImportProgress,
  OrganisationChoice,
  UnknownValue,
} from "./types";

/** The wizard's steps, in order. */
export const STEPS = ["file", "columns", "problems", "duplicates", "summary", "result"] as const;
export type Step = (typeof STEPS)[number];

/** Every field a column can fill, in the order the column select lists them. */
export const FIELDS: readonly Field[] = [
  "honorific_prefix",
  "given_name",
  "family_name",
  "full_name",
  "country",
  "organisation",
  "function_en",
  "function_fr",
  "email",
  "phone",
  "gender",
  "language",
  "head_of_delegation",
];

export const DUPLICATE_ACTIONS: readonly DuplicateAction[] = ["skip", "update", "add"];

/** Nothing chosen yet: the API suggests or remembers the mapping and skips duplicates. */
export function emptyOptions(): ImportOptions {
  return { sheet: null, mapping: null, countries: [], organisations: [], duplicates: [] };
}

/** Another sheet: its columns differ, so the mapping and every answer about values start over. */
export function withSheet(sheet: string): ImportOptions {
  return { ...emptyOptions(), sheet };
}

/**
 * Column `index` (1-based, as the preview numbers them) now fills `field` (null: left out).
 * A field fills one column: another column that held it is left out, as the API suggests.
 */
export function withColumnField(options: ImportOptions, preview: ImportPreview, index: number, field: Field | null): ImportOptions {
  const current = options.mapping ?? preview.columns.map((c) => c.field);
  const mapping = preview.columns.map((c, i) => {
    const was = current[i] ?? null;
    if (c.index === index) return field;
    return field !== null && was === field ? null : was;
  });
  return { ...options, mapping };
}

/** The country an unknown value stands for (alpha-2; empty: unresolved again). */
export function withCountry(options: ImportOptions, value: string, alpha2: string): ImportOptions {
  const others = options.countries.filter((c) => c.value !== value);
  return { ...options, countries: alpha2 ? [...others, { value, country: alpha2 }] : others };
}

/** What an unknown organisation value becomes: an existing one, a new one, or unresolved (null). */
export function withOrganisation(
  options: ImportOptions,
  value: string,
  choice: { organisation_id: string } | { create: true } | null,
): ImportOptions {
  const others = options.organisations.filter((o) => o.value !== value);
  if (choice === null) return { ...options, organisations: others };
  const entry: OrganisationChoice =
    "create" in choice ? { value, organisation_id: null, create: true } : { value, organisation_id: choice.organisation_id, create: false };
  return { ...options, organisations: [...others, entry] };
}

/** The organisation select's value for `value`: "" unresolved, "create", or an organisation id. */
export function organisationChoiceOf(options: ImportOptions, value: string): string {
  const c = options.organisations.find((o) => o.value === value);
  if (!c) return "";
  return c.create ? "create" : (c.organisation_id ?? "");
}

/** The select's value back as a choice for [`withOrganisation`]. */
export function organisationChoiceFrom(selected: string): { organisation_id: string } | { create: true } | null {
  if (selected === "") return null;
  if (selected === "create") return { create: true };
  return { organisation_id: selected };
}

/** What to do with the duplicate on `line`. */
export function withDuplicate(options: ImportOptions, line: number, action: DuplicateAction): ImportOptions {
  return { ...options, duplicates: [...options.duplicates.filter((d) => d.line !== line), { line, action }] };
}

/** The same action for every duplicate the preview found. */
export function withAllDuplicates(options: ImportOptions, preview: ImportPreview, action: DuplicateAction): ImportOptions {
  return { ...options, duplicates: preview.duplicates.map((d) => ({ line: d.line, action })) };
}

/** What stops the import, each as an interface string key and its parameters; empty when it may run. */
export type Blocker = { key: string; params?: Record<string, string | number> };

export function blockers(preview: ImportPreview | null, options: ImportOptions): Blocker[] {
  if (!preview) return [{ key: "import.blocked.no_file" }];
  const out: Blocker[] = [];
  if (preview.total_rows === 0) out.push({ key: "import.blocked.no_rows" });
  if (preview.missing.length > 0) out.push({ key: "import.blocked.missing", params: { n: preview.missing.length } });
  if (preview.issue_count > 0) out.push({ key: "import.blocked.issues", params: { n: preview.issue_count } });
  const countries = unresolved(preview.unknown_countries, options.countries).length;
  if (countries > 0) out.push({ key: "import.blocked.countries", params: { n: countries } });
  const organisations = unresolved(preview.unknown_organisations, options.organisations).length;
  if (organisations > 0) out.push({ key: "import.blocked.organisations", params: { n: organisations } });
  // The API may know a reason this list does not name: still say that it refuses.
  if (out.length === 0 && !preview.can_import) out.push({ key: "import.blocked.other" });
  return out;
}

/** The unknown values no answer covers yet. */
export function unresolved(unknown: UnknownValue[], answers: Array<{ value: string }>): UnknownValue[] {
  return unknown.filter((u) => !answers.some((a) => a.value === u.value));
}

/**
 * The unknown values to list: those of the latest preview, and those answered earlier that the
 * API no longer reports as unknown (once answered, a value stays in view, with its answer, so
 * the person can change it).
 */
export function unknownsToShow(previous: UnknownValue[], current: UnknownValue[], answers: Array<{ value: string }>): UnknownValue[] {
  const kept = previous.filter((u) => answers.some((a) => a.value === u.value) && !current.some((c) => c.value === u.value));
  return [...current, ...kept].sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0) || a.value.localeCompare(b.value));
}

/** The action shown for the duplicate on `line`: the person's latest choice, else the preview's. */
export function actionOf(options: ImportOptions, duplicate: ImportDuplicate): DuplicateAction {
  return options.duplicates.find((d) => d.line === duplicate.line)?.action ?? duplicate.action;
}

/** What the import will do, as the summary step says it. */
export type Summary = { add: number; update: number; skip: number; delegations: number };

export function summaryOf(preview: ImportPreview): Summary {
  const count = (a: DuplicateAction) => preview.duplicates.filter((d) => d.action === a).length;
  const update = count("update");
  return {
    add: Math.max(0, preview.ready_rows - update),
    update,
    skip: count("skip"),
    delegations: preview.new_delegations.length,
  };
}

/** The action every duplicate shares, or null when they differ (or there are none). */
export function commonAction(preview: ImportPreview): DuplicateAction | null {
  const first = preview.duplicates[0]?.action ?? null;
  return first !== null && preview.duplicates.every((d) => d.action === first) ? first : null;
}

/** The step to show a problem count on: issues and unknown values, then duplicates. */
export function problemCount(preview: ImportPreview): number {
  return preview.issue_count + preview.unknown_countries.length + preview.unknown_organisations.length + preview.missing.length;
}

/** How far the import has come, 0 to 100 (whole numbers, never 100 before the end). */
export function percentOf(progress: ImportProgress | null): number {
  if (!progress || progress.total <= 0) return 0;
  const share = Math.floor((progress.done * 100) / progress.total);
  return Math.min(progress.done >= progress.total ? 100 : 99, Math.max(0, share));
}

/** The delimiter as words can say it (a tab is invisible). */
export function delimiterKey(delimiter: string | null): string | null {
  switch (delimiter) {
    case null:
      return null;
    case ",":
      return "comma";
    case ";":
      return "semicolon";
    case "\t":
      return "tab";
    default:
      return "other";
  }
}

/**
 * Runs `task` `delay` ms after the last `schedule()`; `flush()` runs a scheduled one at once,
 * `cancel()` drops it. Each change of the wizard's choices asks for a new preview only once
 * the person pauses.
 */
export class Debounced {
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(
    private readonly task: () => void,
    private readonly delay: number,
  ) {}

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.task();
    }, this.delay);
  }

  get pending() {
    return this.timer !== undefined;
  }

  flush() {
    if (this.timer === undefined) return;
    this.cancel();
    this.task();
  }

  cancel() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Numbers the requests so that only the answer to the latest is used (an older one may arrive last). */
export class Latest {
  private seq = 0;
  next(): number {
    this.seq += 1;
    return this.seq;
  }
  isLatest(n: number): boolean {
    return n === this.seq;
  }
}
