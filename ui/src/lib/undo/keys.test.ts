import { describe, expect, it } from "vitest";
import { isTextField, undoKey, type KeyPress } from "./keys";

// Targets as the browser's elements describe themselves (tag, input type, editability).
const page = { tagName: "BODY", isContentEditable: false };

function press(key: string, mods: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, target: page, ...mods };
}

describe("undo and redo from the keyboard", () => {
  it("Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, ⌘ works as Ctrl", () => {
    expect(undoKey(press("z"))).toBe("undo");
    expect(undoKey(press("Z", { shiftKey: true })), "with Shift the key reports a capital Z").toBe("redo");
    expect(undoKey(press("y"))).toBe("redo");
    expect(undoKey(press("z", { ctrlKey: false, metaKey: true })), "⌘Z on a Mac").toBe("undo");
  });

  it("other keys and other modifiers are not undo", () => {
    expect(undoKey(press("z", { ctrlKey: false })), "a plain z is typing").toBeNull();
    expect(undoKey(press("z", { altKey: true })), "Ctrl+Alt+Z is something else (AltGr on some keyboards)").toBeNull();
    expect(undoKey(press("x")), "Ctrl+X cuts").toBeNull();
    expect(undoKey(press("y", { shiftKey: true })), "Ctrl+Shift+Y is no redo").toBeNull();
  });

  it("inside a text field the browser's own text undo stays", () => {
    const fields = [
      { tagName: "INPUT", type: "text" },
      { tagName: "INPUT", type: "search" },
      { tagName: "INPUT", type: "email" },
      { tagName: "INPUT" },
      { tagName: "TEXTAREA" },
      { tagName: "SELECT" },
      { tagName: "SPAN", isContentEditable: true },
    ];
    for (const target of fields) {
      const what = JSON.stringify(target);
      expect(isTextField(target), what).toBe(true);
      expect(undoKey(press("z", { target })), `no app undo in ${what}`).toBeNull();
      expect(undoKey(press("z", { target, shiftKey: true })), `no app redo in ${what}`).toBeNull();
      expect(undoKey(press("y", { target })), `no app redo in ${what}`).toBeNull();
    }
  });

  it("on buttons, check boxes and the page itself the app undoes", () => {
    const others = [{ tagName: "BUTTON" }, { tagName: "INPUT", type: "checkbox" }, { tagName: "TD" }, page];
    for (const target of others) {
      expect(isTextField(target), JSON.stringify(target)).toBe(false);
      expect(undoKey(press("z", { target })), JSON.stringify(target)).toBe("undo");
    }
    expect(undoKey(press("z", { target: null })), "a key with no target (the window)").toBe("undo");
  });
});
