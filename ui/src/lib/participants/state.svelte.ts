// The participants screen's state: its query (kept while the user visits other screens of
// the same meeting), the rows loaded page by page, and the reference lists its forms need.
import { api, type CountryDto, type Lang, type Organisation, type ParticipantRow } from "../ipc";
import { messageOf } from "../app/state.svelte";
import { emptyFilters, type Filters } from "./filters";
import { PagedRows, type Fetcher } from "./pages";

/** The height of one table row, in pixels: fixed, so that positions are computed, not measured. */
export const ROW_HEIGHT = 40;
/**
 * Rows per request. The API orders every matching row before cutting a page, so a request
 * costs about the same whatever its size: few large pages (500 rows = 20,000 px of scrolling)
 * ask least often, and stay small enough to cross IPC quickly.
 */
export const PAGE_SIZE = 500;

/** The query of the open meeting's list, and whether the delegation column is open. */
export const screen = $state<{ meetingId: string | null; filters: Filters; panelOpen: boolean }>({
  meetingId: null,
  filters: emptyFilters(),
  panelOpen: typeof window === "undefined" || window.innerWidth >= 1200,
});

/** The filters of `meetingId`, cleared when another meeting is opened. */
export function filtersOf(meetingId: string): Filters {
  if (screen.meetingId !== meetingId) {
    screen.meetingId = meetingId;
    screen.filters = emptyFilters();
  }
  return screen.filters;
}

/** The participant rows of the table, reactive: reading a row subscribes to page arrivals. */
export class ParticipantRows {
  version = $state(0);
  total = $state(0);
  loaded = $state(false);
  loading = $state(false);
  error = $state<string | null>(null);
  readonly paged: PagedRows<ParticipantRow>;

  constructor(fetcher: Fetcher<ParticipantRow>) {
    this.paged = new PagedRows<ParticipantRow>({
      fetcher,
      pageSize: PAGE_SIZE,
      maxPages: 24,
      maxInFlight: 2,
      onChange: () => this.sync(),
      onError: (e) => {
        this.error = messageOf(e);
      },
    });
  }

  private sync() {
    this.version += 1;
    this.total = this.paged.total;
    this.loaded = this.paged.loaded;
    this.loading = this.paged.loading;
  }

  /** A new query: back to the top. */
  reset(fetcher: Fetcher<ParticipantRow>) {
    this.error = null;
    this.paged.reset(fetcher);
  }

  /** The same query, rows possibly moved: visible pages fetched again, old rows shown meanwhile. */
  refresh() {
    this.error = null;
    this.paged.refresh();
  }

  /** The row at `index`, or undefined while its page loads. */
  rowAt(index: number): ParticipantRow | undefined {
    void this.version;
    return this.paged.rowAt(index);
  }

  /** Asks for the pages in view. */
  ensure(pages: number[]) {
    this.paged.ensure(pages);
  }

  /** Puts an edited row in place. */
  replace(row: ParticipantRow) {
    this.paged.replace(row);
  }
}

const countryCache: Partial<Record<Lang, CountryDto[]>> = {};

/** The reference list of countries, sorted in `lang` by the API (loaded once per language). */
export async function countries(lang: Lang): Promise<CountryDto[]> {
  const cached = countryCache[lang];
  if (cached) return cached;
  const list = await api.listCountries({ lang });
  countryCache[lang] = list;
  return list;
}

/** The organisations (shared by all meetings). */
export async function organisations(): Promise<Organisation[]> {
  return api.listOrganisations();
}
