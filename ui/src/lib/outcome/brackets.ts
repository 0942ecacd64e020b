// Square brackets around contested passages ("We [strongly] condemn"), as the drafting screen
// highlights them while a paragraph is typed. The rules are the core's (outcome/brackets.rs):
// brackets may nest, a closing bracket with no opening one is plain text, and an opening
// bracket never closed brackets the rest of the paragraph. Offsets count characters (code
// points), as the core's do, not UTF-16 units.

/** A run of a paragraph's text, inside brackets or not. */
export type Segment = {
  /** The text, brackets included, so that the segments joined give back the paragraph. */
  text: string;
  /** How many brackets enclose it (0 for agreed text). */
  depth: number;
};

/** Whether `text` has a bracketed passage. */
export function hasBrackets(text: string): boolean {
  return text.includes("[");
}

/** Cuts `text` into agreed and bracketed runs. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let current = "";
  const flush = () => {
    if (current) out.push({ text: current, depth });
    current = "";
  };
  for (const c of text) {
    if (c === "[") {
      flush();
      depth += 1;
      current = c;
    } else if (c === "]" && depth > 0) {
      current += c;
      flush();
      depth -= 1;
    } else {
      current += c;
    }
  }
  flush();
  return out;
}

/** Where brackets do not pair up: character offsets of closing brackets with no opening one
 * and of opening brackets never closed, in order. */
export function unbalanced(text: string): number[] {
  const open: number[] = [];
  const stray: number[] = [];
  let i = 0;
  for (const c of text) {
    if (c === "[") open.push(i);
    else if (c === "]" && open.pop() === undefined) stray.push(i);
    i += 1;
  }
  return [...stray, ...open].sort((a, b) => a - b);
}

/** One unpaired bracket, for the warning beside the field. */
export type Stray = {
  /** Its character offset. */
  offset: number;
  /** An opening bracket never closed, or a closing one never opened. */
  kind: "open" | "close";
  /** A few words around it, the bracket included, so that the person can find it. */
  context: string;
};

const CONTEXT = 18;

/** The unpaired brackets of `text` with their surroundings. */
export function strays(text: string, offsets: readonly number[] = unbalanced(text)): Stray[] {
  const chars = Array.from(text);
  return offsets
    .filter((o) => chars[o] === "[" || chars[o] === "]")
    .map((offset) => {
      const from = Math.max(0, offset - CONTEXT);
      const to = Math.min(chars.length, offset + CONTEXT + 1);
      const context = `${from > 0 ? "…" : ""}${chars.slice(from, to).join("").trim()}${to < chars.length ? "…" : ""}`;
      return { offset, kind: chars[offset] === "[" ? "open" : "close", context };
    });
}
