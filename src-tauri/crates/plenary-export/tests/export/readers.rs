//! Running the independent readers on a file written to a temp dir.

#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

/// Writes `bytes` to a temp file named `name` and returns the dir (kept alive) and path.
pub fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join(name);
    let mut f = std::fs::File::create(&path).expect("a temp file");
    f.write_all(bytes).expect("written");
    (dir, path)
}

/// Runs `program` with `args`; panics with its stderr when it fails, so a test says why.
pub fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program} runs (installed by make deps): {e}"));
    assert!(out.status.success(), "{program} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Runs a Python snippet with `path` as `sys.argv[1]`, under the system Python that
/// has the readers Debian packages (`make deps`), whatever `python3` is first on PATH.
/// `checks` (Python) after the lines every HTML test starts with: the file parsed strictly
/// by html5lib (any parse error fails) into `doc`, and `text(e)`, an element's whole text.
pub fn html_reader(checks: &str) -> String {
    format!("{HTML_PRELUDE}{checks}")
}

const HTML_PRELUDE: &str = r#"
import html5lib, json, sys
with open(sys.argv[1], "rb") as f:
    parser = html5lib.HTMLParser(strict=True, tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    doc = parser.parse(f)
def text(e):
    return "".join(e.itertext())
"#;

pub fn python(script: &str, path: &std::path::Path) -> String {
    run("/usr/bin/python3", &["-c", script, path.to_str().expect("a UTF-8 path")])
}

/// A4 in PostScript points, which is what pdftotext's crop box counts in at its default 72 dpi.
pub const PAGE_WIDTH: u32 = 595;
pub const PAGE_HEIGHT: u32 = 842;

/// A PDF written to a temp file, read back by poppler (`pdftotext`, `pdfinfo`).
pub struct Pdf {
    _dir: tempfile::TempDir,
    /// Where it is.
    pub path: PathBuf,
}

impl Pdf {
    /// `bytes` written as `name`.
    pub fn new(name: &str, bytes: &[u8]) -> Self {
        let (dir, path) = temp_file(name, bytes);
        Pdf { _dir: dir, path }
    }

    pub fn path(&self) -> &str {
        self.path.to_str().expect("a UTF-8 path")
    }

    /// The whole text as laid out, pages separated by form feeds.
    pub fn layout_text(&self) -> String {
        run("pdftotext", &["-layout", self.path(), "-"])
    }

    /// The text of a vertical band of every page (`x` to `x + width`), as laid out.
    pub fn band_lines(&self, x: u32, width: u32) -> String {
        let (x, w, h) = (x.to_string(), width.to_string(), PAGE_HEIGHT.to_string());
        run("pdftotext", &["-layout", "-x", &x, "-y", "0", "-W", &w, "-H", &h, self.path(), "-"])
    }

    /// The text of a vertical band of every page, its lines joined by single spaces: a
    /// title wrapped over two lines of its column reads whole again.
    pub fn band(&self, x: u32, width: u32) -> String {
        joined(&self.band_lines(x, width))
    }

    pub fn left(&self) -> String {
        self.band(0, PAGE_WIDTH / 2)
    }

    pub fn right(&self) -> String {
        self.band(PAGE_WIDTH / 2, PAGE_WIDTH / 2)
    }

    /// The pages of a document in separate editions: the English edition's, then the French
    /// edition's, which starts on the first page holding `french_starts`. Checks that no page
    /// is blank and that the English edition comes first.
    pub fn editions(&self, french_starts: &str) -> (Vec<String>, Vec<String>) {
        let text = self.layout_text();
        let pages: Vec<String> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).map(str::to_owned).collect();
        assert_eq!(pages.len(), self.pages(), "no blank page");
        let french_from = pages.iter().position(|p| p.contains(french_starts)).expect("a French edition");
        assert!(french_from > 0, "the English edition comes first");
        let mut en = pages;
        let fr = en.split_off(french_from);
        (en, fr)
    }

    pub fn pages(&self) -> usize {
        let info = run("pdfinfo", &[self.path()]);
        let line = info.lines().find(|l| l.starts_with("Pages:")).expect("pdfinfo gives the page count");
        line.trim_start_matches("Pages:").trim().parse().expect("a number of pages")
    }
}

/// Lines and runs of spaces collapsed to one space. Poppler prints every kind of space as
/// a plain one, so the no-break spaces of French typography are compared as spaces here
/// (and checked in the fonts by `french_spaces_are_real_narrow_no_break_spaces`).
pub fn joined(text: &str) -> String {
    text.split([' ', '\n', '\u{c}', '\u{a0}', '\u{202f}']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Text with no white space at all, and without the soft hyphens (U+00AD) that stand for
/// the hyphens the typesetter added where it broke a word at a line's end: a justified
/// paragraph compared with what was typed, wherever its lines broke.
pub fn flat(text: &str) -> String {
    text.chars().filter(|&c| !c.is_whitespace() && c != '\u{ad}').collect()
}
