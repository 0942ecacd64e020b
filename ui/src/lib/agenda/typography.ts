// French typography for the preview, so that it reads as the exported documents do (the
// same rules as plenary_core::typography on the Rust side): a narrow no-break space before
// ; : ! ? and inside « guillemets », which replace straight and curly double quotes. Times
// such as 9:30 and URLs' :// are left alone, and applying it twice changes nothing.
import type { Lang } from "../ipc";

export const NNBSP = "\u202f";

const SPACES = [" ", "\u00a0", NNBSP];

function trimSpace(out: string[]) {
  while (out.length && SPACES.includes(out[out.length - 1] ?? "")) out.pop();
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/u.test(c);
}

/** `text` with French typography. */
export function french(text: string): string {
  const chars = [...text];
  const out: string[] = [];
  let openQuote = true;
  chars.forEach((c, i) => {
    const prev = i > 0 ? chars[i - 1] : undefined;
    const next = chars[i + 1];
    switch (c) {
      case ";":
      case ":":
      case "!":
      case "?": {
        const inToken = next !== undefined && !isSpace(next) && !"!?)»\"".includes(next) && prev !== undefined && !isSpace(prev);
        const repeated = prev === "!" || prev === "?";
        if (!inToken && !repeated && prev !== undefined) {
          trimSpace(out);
          out.push(NNBSP);
        }
        out.push(c);
        return;
      }
      case '"':
      case "“":
      case "”": {
        const opening = c === "“" ? true : c === "”" ? false : openQuote;
        if (opening) {
          out.push("«", NNBSP);
          openQuote = false;
        } else {
          trimSpace(out);
          out.push(NNBSP, "»");
          openQuote = true;
        }
        return;
      }
      case "«":
        out.push("«", NNBSP);
        openQuote = false;
        return;
      case "»":
        if (out[out.length - 1] !== NNBSP) {
          trimSpace(out);
          out.push(NNBSP);
        }
        out.push("»");
        openQuote = true;
        return;
      default: {
        // The space typed after an opening quote is already printed.
        const afterOpening = out[out.length - 1] === NNBSP && out[out.length - 2] === "«";
        if (isSpace(c) && (out[out.length - 1] === "«" || afterOpening)) return;
        out.push(c);
      }
    }
  });
  return out.join("");
}

/** `text` with the typography of `lang` (English is printed as typed). */
export function typeset(text: string, lang: Lang): string {
  return lang === "fr" ? french(text) : text;
}
