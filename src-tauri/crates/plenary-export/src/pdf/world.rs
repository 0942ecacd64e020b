//! The closed world a template is compiled in: the template itself, the helpers every
//! template imports (`/common.typ`), one data file, the bundled fonts, and nothing else. No packages (they would be downloaded), no file system,
//! no clock: the same document always gives the same PDF.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Where a template reads its document, with `json("/data.json")`.
const DATA_PATH: &str = "/data.json";

/// The standard library, built once: building it is not free, and it never changes.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// The bundled fonts, parsed once per process (Libertinus Serif is the one the template asks for).
static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts().flat_map(|data| Font::iter(Bytes::new(data))).collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

fn file_id(path: &str) -> FileId {
    // Every path is a constant of this crate: failing here is a typo, caught by any test.
    let vpath = VirtualPath::new(path).unwrap_or_else(|e| panic!("{path} is a valid virtual path: {e:?}"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

static DATA: LazyLock<FileId> = LazyLock::new(|| file_id(DATA_PATH));

/// What every template imports with `#import "/common.typ": *`.
static COMMON: LazyLock<Template> = LazyLock::new(|| Template::new("/common.typ", include_str!("common.typ")));

/// A template compiled into the binary, parsed once for the whole process: Typst reuses
/// what it derived from it from one export to the next.
pub(crate) struct Template {
    main: FileId,
    text: &'static str,
    source: Source,
}

impl Template {
    /// The template `text`, known to Typst as the file `path` ("/agenda.typ").
    pub(crate) fn new(path: &str, text: &'static str) -> Self {
        let main = file_id(path);
        Template { main, text, source: Source::new(main, text.to_owned()) }
    }
}

/// The agenda's template.
pub(crate) static AGENDA: LazyLock<Template> = LazyLock::new(|| Template::new("/agenda.typ", include_str!("agenda.typ")));

/// One compilation: a template with one document's data.
pub(crate) struct TypstWorld {
    template: &'static Template,
    data: Bytes,
    today: Option<Datetime>,
}

impl TypstWorld {
    /// A world running `template`, whose `/data.json` is `data` and whose "today" is
    /// `today` (none: the document has no date).
    pub(crate) fn new(template: &'static Template, data: Vec<u8>, today: Option<NaiveDate>) -> Self {
        let today = today.and_then(|today| match (u8::try_from(today.month()), u8::try_from(today.day())) {
            (Ok(month), Ok(day)) => Datetime::from_ymd(today.year(), month, day),
            _ => None,
        });
        Self { template, data: Bytes::new(data), today }
    }
}

impl TypstWorld {
    /// The template or the common helpers, when `id` is one of them.
    fn template_of(&self, id: FileId) -> Option<&Template> {
        [self.template, &*COMMON].into_iter().find(|t| t.main == id)
    }
}

impl World for TypstWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.template.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.template_of(id).map(|t| t.source.clone()).ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *DATA {
            return Ok(self.data.clone());
        }
        self.template_of(id).map(|t| Bytes::from_string(t.text)).ok_or_else(|| not_found(id))
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
