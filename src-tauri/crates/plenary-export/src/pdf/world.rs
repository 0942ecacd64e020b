//! The closed world the agenda template is compiled in: the template itself, one data file,
//! the bundled fonts, and nothing else. No packages (they would be downloaded), no file
//! system, no clock: the same agenda always gives the same document.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The template, compiled into the binary.
const TEMPLATE: &str = include_str!("agenda.typ");

/// Where the template reads the agenda, with `json("/data.json")`.
const DATA_PATH: &str = "/data.json";
const MAIN_PATH: &str = "/agenda.typ";

/// The standard library, built once: building it is not free, and it never changes.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// The bundled fonts, parsed once per process (Libertinus Serif is the one the template asks for).
static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts().flat_map(|data| Font::iter(Bytes::new(data))).collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

fn file_id(path: &str) -> FileId {
    // Both paths are constants of this file: failing here is a typo, caught by any test.
    let vpath = VirtualPath::new(path).unwrap_or_else(|e| panic!("{path} is a valid virtual path: {e:?}"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

static MAIN: LazyLock<FileId> = LazyLock::new(|| file_id(MAIN_PATH));
static DATA: LazyLock<FileId> = LazyLock::new(|| file_id(DATA_PATH));
// One parsed template for the whole process; Typst reuses what it derived from it.
static SOURCE: LazyLock<Source> = LazyLock::new(|| Source::new(*MAIN, TEMPLATE.to_owned()));

/// One compilation: the template with this agenda's data.
pub(super) struct AgendaWorld {
    data: Bytes,
    today: Option<Datetime>,
}

impl AgendaWorld {
    /// A world whose `/data.json` is `data` and whose "today" is `today`.
    pub(super) fn new(data: Vec<u8>, today: NaiveDate) -> Self {
        let today = match (u8::try_from(today.month()), u8::try_from(today.day())) {
            (Ok(month), Ok(day)) => Datetime::from_ymd(today.year(), month, day),
            _ => None,
        };
        Self { data: Bytes::new(data), today }
    }
}

impl World for AgendaWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        *MAIN
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == *MAIN { Ok(SOURCE.clone()) } else { Err(not_found(id)) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *DATA {
            Ok(self.data.clone())
        } else if id == *MAIN {
            Ok(Bytes::from_string(TEMPLATE))
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}
