// Which key press asks for undo or redo. Inside a text field the browser's own text undo
// stays: Ctrl+Z there takes back typing, not the last saved edit.

export type UndoKey = "undo" | "redo";

/** The part of a key event the rule looks at (a KeyboardEvent has all of it). */
export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: EventTarget | Target | null;
};

/** Input types that take no typing: Ctrl+Z on them is the app's undo. */
const NOT_TYPED = new Set(["button", "checkbox", "radio", "submit", "reset", "file", "color", "range", "image"]);

/** What the rule reads of an event's target (an HTML element has all of it). */
type Target = { tagName?: string; type?: string; isContentEditable?: boolean };

/** Whether `target` is somewhere text is typed (the browser undoes typing there). */
export function isTextField(target: EventTarget | Target | null): boolean {
  if (!target || typeof target !== "object") return false;
  const el = target as Target;
  if (el.isContentEditable) return true;
  const tag = (el.tagName ?? "").toLowerCase();
  if (tag === "textarea" || tag === "select") return true;
  if (tag === "input") return !NOT_TYPED.has((el.type || "text").toLowerCase());
  return false;
}

/** Ctrl+Z (⌘Z) is undo; Ctrl+Shift+Z and Ctrl+Y are redo; none of them in a text field. */
export function undoKey(e: KeyPress): UndoKey | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  const asked: UndoKey | null = key === "z" ? (e.shiftKey ? "redo" : "undo") : key === "y" && !e.shiftKey ? "redo" : null;
  if (!asked || isTextField(e.target)) return null;
  return asked;
}
