// The Lagos demo meeting as the app seeds it into a new database, for realistic names and
// rooms in the specs (and the numbers they expect, worked out from the same file).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../src-tauri/crates/plenary-api/seed/lagos-2025.json",
);

export const seed = JSON.parse(readFileSync(FILE, "utf8"));

/** Every seeded participant, with the country or organisation of their delegation. */
export const participants = seed.delegations.flatMap((d) =>
  d.participants.map((p) => ({ ...p, country: d.country ?? null, organisation: d.organisation ?? null })),
);

/** The number of representatives (participants) of the demo meeting. */
export const representatives = participants.length;

/** The number of distinct countries with a delegation. */
export const countries = new Set(seed.delegations.map((d) => d.country).filter(Boolean)).size;

/** The seeded participant with this family name. */
export function participant(family) {
  const p = participants.find((x) => x.family === family);
  if (!p) throw new Error(`no participant ${family} in the seed`);
  return p;
}

/** "HE Cyrille Baumgartner": prefix, given and family names as the app shows them. */
export function displayName(p) {
  return [p.prefix, p.given, p.family].filter(Boolean).join(" ");
}

/** A room by its key in the seed ("breakout_a"). */
export function room(key) {
  const r = seed.rooms.find((x) => x.key === key);
  if (!r) throw new Error(`no room ${key} in the seed`);
  return r;
}

/** A session by its key in the seed ("side_survivors"), with its room. */
export function session(key) {
  const s = seed.sessions.find((x) => x.key === key);
  if (!s) throw new Error(`no session ${key} in the seed`);
  return { ...s, roomName: s.room ? room(s.room).name : null };
}

/** Lower case without accents: what a search ignoring accents matches. */
export function fold(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
