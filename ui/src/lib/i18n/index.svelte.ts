// The interface language and its strings. The choice is remembered in the webview's local
// storage and sent to the Rust side so that error messages come in the same language.
import en from "../../i18n/en.json";
import fr from "../../i18n/fr.json";
import type { Lang } from "../ipc";

type Tree = { [key: string]: string | Tree };
const catalogues: Record<Lang, Tree> = { en, fr };
const STORAGE_KEY = "plenary.lang";

function initial(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === "en" || saved === "fr") return saved;
  } catch {
    // Storage unavailable (tests): fall through to the default.
  }
  return "en";
}

export const i18n = $state<{ lang: Lang }>({ lang: initial() });

/** Switches the interface language and remembers it. */
export function setLang(lang: Lang) {
  i18n.lang = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; the switch still applies.
  }
  if (typeof document !== "undefined") document.documentElement.lang = lang;
}

/** Looks up `key` ("app.nav.meetings") in `lang`, filling `{name}` placeholders. */
export function translate(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = catalogues[lang];
  for (const part of key.split(".")) {
    node = typeof node === "object" ? node[part] : undefined;
  }
  const text = typeof node === "string" ? node : key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The string `key` in the current interface language. */
export function t(key: string, params?: Record<string, string | number>): string {
  return translate(i18n.lang, key, params);
}

/** Every key of a catalogue, for the parity test. */
export function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [prefix + k] : keysOf(v, `${prefix}${k}.`),
  );
}

export { catalogues };
