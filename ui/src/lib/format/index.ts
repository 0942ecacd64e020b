// Dates, times and numbers as each language writes them, for the screens. (Documents are
// typeset on the Rust side; these follow the same rules: "4 November 2025" / "4 novembre
// 2025", "09:30" / "9 h 30", "70,000" / "70 000".)
import type { Lang } from "../ipc";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

function parseDay(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

const MONTHS: Record<Lang, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};
const WEEKDAYS: Record<Lang, string[]> = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
};

/** "4 November 2025" / "4 novembre 2025" (and "1er novembre"). */
export function formatDate(day: string, lang: Lang): string {
  const d = parseDay(day);
  const n = d.getUTCDate();
  const month = MONTHS[lang][d.getUTCMonth()];
  if (lang === "fr") return `${n === 1 ? "1er" : n}${NBSP}${month} ${d.getUTCFullYear()}`;
  return `${n} ${month} ${d.getUTCFullYear()}`;
}

/** "Tuesday 4 November 2025" / "mardi 4 novembre 2025". */
export function formatDayHeading(day: string, lang: Lang): string {
  return `${WEEKDAYS[lang][parseDay(day).getUTCDay()]} ${formatDate(day, lang)}`;
}

/** The usual French abbreviations of the months (not a fixed number of letters: "avr.",
 * "juil.", "nov."). */
const FRENCH_SHORT_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

/** "Tue 4 Nov" / "mar. 4 nov." for narrow column heads. */
export function formatShortDay(day: string, lang: Lang): string {
  const d = parseDay(day);
  const wd = WEEKDAYS[lang][d.getUTCDay()] ?? "";
  if (lang === "fr") return `${wd.slice(0, 3)}. ${d.getUTCDate()}${NBSP}${FRENCH_SHORT_MONTHS[d.getUTCMonth()] ?? ""}`;
  const mo = MONTHS[lang][d.getUTCMonth()] ?? "";
  return `${wd.slice(0, 3)} ${d.getUTCDate()} ${mo.slice(0, 3)}`;
}

/** "4–5 November 2025" / "4 et 5 novembre 2025". */
export function formatDateRange(start: string, end: string, lang: Lang): string {
  if (start === end) return formatDate(start, lang);
  const a = parseDay(start);
  const b = parseDay(end);
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) {
    const month = MONTHS[lang][b.getUTCMonth()];
    const days = (b.getTime() - a.getTime()) / 86_400_000;
    if (lang === "en") return `${a.getUTCDate()}–${b.getUTCDate()} ${month} ${b.getUTCFullYear()}`;
    const joined = days === 1 ? `${a.getUTCDate()} et ${b.getUTCDate()}` : `du ${a.getUTCDate()} au ${b.getUTCDate()}`;
    return `${joined}${NBSP}${month} ${b.getUTCFullYear()}`;
  }
  return lang === "en" ? `${formatDate(start, lang)} – ${formatDate(end, lang)}` : `du ${formatDate(start, lang)} au ${formatDate(end, lang)}`;
}

/** "09:30" / "9 h 30" from "09:30" or "09:30:00". */
export function formatTime(time: string, lang: Lang): string {
  const [h = "0", m = "00"] = time.split(":");
  return lang === "fr" ? `${Number(h)}${NBSP}h${NBSP}${m}` : `${h.padStart(2, "0")}:${m}`;
}

/** "09:00–10:30" / "9 h 00 – 10 h 30". */
export function formatTimeRange(start: string, end: string, lang: Lang): string {
  return lang === "fr" ? `${formatTime(start, lang)}${NBSP}–${NBSP}${formatTime(end, lang)}` : `${formatTime(start, lang)}–${formatTime(end, lang)}`;
}

/** "70,000" / "70 000". */
export function formatCount(n: number, lang: Lang): string {
  const digits = Math.round(n).toString();
  const sep = lang === "fr" ? NNBSP : ",";
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** "41%" / "41 %". */
export function formatPercent(n: number, lang: Lang): string {
  return lang === "fr" ? `${Math.round(n)}${NBSP}%` : `${Math.round(n)}%`;
}

/** Minutes since midnight of "HH:MM". */
export function minutesOf(time: string): number {
  const [h = "0", m = "0"] = time.split(":");
  return Number(h) * 60 + Number(m);
}

/** "HH:MM" of minutes since midnight. */
export function timeOf(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}
