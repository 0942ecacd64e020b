// The arithmetic of the virtualised participant table: which rows a scroll position shows,
// which pages of the API they fall in, and where to scroll so that a row is fully in view.
// Rows have one fixed height, so every position is a multiplication, never a measurement.

/** A half-open range of row indexes, `start` included, `end` excluded. */
export type Range = { start: number; end: number };

export type Viewport = {
  /** The scroll container's scrollTop, in pixels. */
  scrollTop: number;
  /** The scroll container's visible height, in pixels. */
  height: number;
  /** The fixed height of one row, in pixels. */
  rowHeight: number;
  /** How many rows there are in all. */
  total: number;
  /** Extra rows rendered above and below the visible ones, so that scrolling shows no gap. */
  overscan: number;
};

/** The rows to render: those at least partly visible, plus `overscan` on each side. */
export function visibleRange({ scrollTop, height, rowHeight, total, overscan }: Viewport): Range {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(total - 1, Math.floor(top / rowHeight));
  const last = Math.min(total, Math.ceil((top + Math.max(0, height)) / rowHeight));
  return { start: Math.max(0, first - overscan), end: Math.min(total, Math.max(last, first + 1) + overscan) };
}

/** The pages (of `pageSize` rows, numbered from 0) that hold the rows of `range`. */
export function pagesOf(range: Range, pageSize: number): number[] {
  if (range.end <= range.start || pageSize <= 0) return [];
  const first = Math.floor(range.start / pageSize);
  const last = Math.floor((range.end - 1) / pageSize);
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);
  return pages;
}

/** The page that holds row `index`, and the row's place in it. */
export function locate(index: number, pageSize: number): { page: number; slot: number } {
  return { page: Math.floor(index / pageSize), slot: index % pageSize };
}

/** The scroll height of the whole table. */
export function scrollHeight(total: number, rowHeight: number): number {
  return Math.max(0, total) * rowHeight;
}

/**
 * The scrollTop that brings row `index` fully into view with the least movement, or null when
 * it is already fully visible.
 */
export function scrollToReveal(index: number, scrollTop: number, height: number, rowHeight: number): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return null;
}

/** How many whole rows fit in the viewport (at least one), for Page Up / Page Down. */
export function rowsPerPage(height: number, rowHeight: number): number {
  return Math.max(1, Math.floor(height / rowHeight));
}

/** The row that a navigation key moves to from `index`, or null for another key. */
export function nextIndex(key: string, index: number, total: number, pageRows: number): number | null {
  if (total <= 0) return null;
  const last = total - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case "ArrowDown":
      return clamp(index + 1);
    case "ArrowUp":
      return clamp(index - 1);
    case "PageDown":
      return clamp(index + pageRows);
    case "PageUp":
      return clamp(index - pageRows);
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return null;
  }
}
