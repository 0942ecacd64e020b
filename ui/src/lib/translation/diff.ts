// How a word diff (from the Rust side: spans of kept, inserted and deleted text) is shown:
// deletions struck and insertions underlined, each announced in words so that the change is
// never carried by colour alone.
import type { DiffSpan, SpanKind } from "../ipc";

/** One piece of a rendered diff. */
export type DiffPiece = {
  kind: SpanKind;
  /** The text as it reads; a change made only of spaces shows as "␣" so it can be seen. */
  text: string;
  /** Whether the text was replaced by a visible stand-in. */
  blank: boolean;
};

/** The pieces of a diff: adjacent spans of one kind joined, empty ones dropped. */
export function diffPieces(spans: readonly DiffSpan[]): DiffPiece[] {
  const out: DiffPiece[] = [];
  for (const span of spans) {
    if (!span.text) continue;
    const last = out[out.length - 1];
    if (last && last.kind === span.kind && !last.blank) {
      last.text += span.text;
    } else {
      out.push({ kind: span.kind, text: span.text, blank: false });
    }
  }
  for (const piece of out) {
    if (piece.kind !== "equal" && piece.text.trim() === "") {
      piece.text = "␣".repeat(Math.min(piece.text.length, 3));
      piece.blank = true;
    }
  }
  return out;
}

/** Whether a diff changes anything. */
export function hasChanges(spans: readonly DiffSpan[]): boolean {
  return spans.some((s) => s.kind !== "equal" && s.text !== "");
}

/** The old and the new text a diff was made from. */
export function sidesOf(spans: readonly DiffSpan[]): { before: string; after: string } {
  let before = "";
  let after = "";
  for (const s of spans) {
    if (s.kind !== "insert") before += s.text;
    if (s.kind !== "delete") after += s.text;
  }
  return { before, after };
}

/** How many words were deleted and inserted, for a one-line summary. */
export function changeCounts(spans: readonly DiffSpan[]): { deleted: number; inserted: number } {
  const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  let deleted = 0;
  let inserted = 0;
  for (const s of spans) {
    if (s.kind === "delete") deleted += words(s.text);
    if (s.kind === "insert") inserted += words(s.text);
  }
  return { deleted, inserted };
}
