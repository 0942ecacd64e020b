// How a snapshot reads on screen: its time in the user's language (in UTC, as its file name
// says), its size, and its counts.
import type { Lang, SnapshotInfo } from "../ipc";
import { formatCount, formatDate, formatTime } from "../format";

/** "4 November 2025, 07:30 UTC" / "4 novembre 2025, 7 h 30 UTC". */
export function formatSnapshotTime(time: string, lang: Lang): string {
  const day = time.slice(0, 10);
  const clock = time.slice(11, 16);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(clock)) return time;
  return `${formatDate(day, lang)}, ${formatTime(clock, lang)} UTC`;
}

/** "2.4 MB" / "2,4 Mo". */
export function formatSize(bytes: number, lang: Lang): string {
  const mb = bytes / 1_048_576;
  const text = mb < 10 ? mb.toFixed(1) : Math.round(mb).toString();
  return lang === "fr" ? `${text.replace(".", ",")}\u00a0Mo` : `${text} MB`;
}

/** The counts of a snapshot, each with its noun, for `t("backups.counts", …)`. */
export function countsOf(s: SnapshotInfo, lang: Lang): Record<string, string> {
  const c = s.contents;
  return {
    participants: formatCount(c.participants, lang),
    delegations: formatCount(c.delegations, lang),
    sessions: formatCount(c.sessions, lang),
    paragraphs: formatCount(c.paragraphs, lang),
  };
}
