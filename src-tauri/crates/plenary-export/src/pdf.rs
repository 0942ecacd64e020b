//! The agenda as PDF, typeset with Typst.
//!
//! The template (`pdf/agenda.typ`) is fixed; the agenda reaches it as JSON (`pdf/data.rs`),
//! inside a world that holds nothing else (`pdf/world.rs`). The outcome documents' PDF
//! compiles its own template the same way ([`compile`]).

mod data;
mod world;

pub(crate) use data::Text;
pub(crate) use world::Template;

use crate::{AgendaOptions, ExportError, Exported};
use chrono::NaiveDate;
use plenary_core::agenda::Agenda;
use typst::foundations::Smart;
use typst_pdf::PdfOptions;

/// How many exports Typst's memoised work outlives when no later export reuses it.
const KEPT_EXPORTS: usize = 5;

/// The agenda as a PDF document.
pub fn agenda(agenda: &Agenda, options: AgendaOptions) -> Result<Exported, ExportError> {
    let (bytes, _warnings) = typeset(agenda, options)?;
    Ok(Exported { bytes, gaps: agenda.gaps(options.languages.langs()) })
}

/// The PDF and Typst's warnings, which only tests look at: a warning is a flaw of the
/// template (an unknown font, say), never of the agenda.
fn typeset(agenda: &Agenda, options: AgendaOptions) -> Result<(Vec<u8>, Vec<String>), ExportError> {
    let data = serde_json::to_vec(&data::Document::new(agenda, options)).map_err(|e| ExportError::Typeset(e.to_string()))?;
    // A draft has no release date; its first day stands in, so the output never depends on the clock.
    let today = agenda.version.as_ref().map_or(agenda.start_date, |v| v.released_on);
    // Stable across exports of the same agenda, so a viewer sees a new version of one document.
    let ident = format!("{}/agenda/{}/{}", agenda.meeting_id, options.languages.as_str(), options.layout.as_str());
    compile(&world::AGENDA, data, Some(today), ident)
}

/// `template` compiled with `data` as its `/data.json`, as a PDF whose document id is
/// `ident`, with Typst's warnings (a flaw of the template, never of the user's text).
pub(crate) fn compile(template: &'static Template, data: Vec<u8>, today: Option<NaiveDate>, ident: String) -> Result<(Vec<u8>, Vec<String>), ExportError> {
    let world = world::TypstWorld::new(template, data, today);
    let compiled = typst::compile(&world);
    let warnings = compiled.warnings.iter().map(|w| w.message.to_string()).collect();
    let document = compiled.output.map_err(|errors| ExportError::Typeset(messages(&errors)))?;
    let pdf_options = PdfOptions { ident: Smart::Custom(ident), creator: Smart::Custom(Some("Plenary".to_owned())), ..PdfOptions::default() };
    let bytes = typst_pdf::pdf(&document, &pdf_options).map_err(|errors| ExportError::Typeset(messages(&errors)))?;
    // Typst memoises layouts across compilations, which makes exporting the same document
    // again fast; what no export has used for a while is dropped, so an app open all week
    // does not keep every document it ever printed in memory.
    typst::comemo::evict(KEPT_EXPORTS);
    Ok((bytes, warnings))
}

fn messages(diagnostics: &[typst::diag::SourceDiagnostic]) -> String {
    diagnostics.iter().map(|d| d.message.as_str()).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
#[path = "../tests/export/fixture.rs"]
mod fixture;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Languages, Layout};

    #[test]
    fn the_template_compiles_without_warnings_in_every_layout() {
        for layout in [Layout::SideBySide, Layout::Separate] {
            for languages in [Languages::En, Languages::Fr, Languages::Both] {
                for released in [true, false] {
                    let (bytes, warnings) =
                        typeset(&fixture::lagos(released), AgendaOptions { languages, layout }).expect("the Lagos agenda typesets");
                    assert!(bytes.starts_with(b"%PDF-"), "{layout} {languages}: a PDF");
                    assert!(warnings.is_empty(), "{layout} {languages}: the template is clean: {warnings:?}");
                }
            }
        }
    }

    #[test]
    fn the_same_agenda_gives_the_same_bytes() {
        let options = AgendaOptions { languages: Languages::Both, layout: Layout::SideBySide };
        let once = typeset(&fixture::lagos(false), options).expect("typesets").0;
        let twice = typeset(&fixture::lagos(false), options).expect("typesets").0;
        assert!(once == twice, "no clock, no randomness in the output");
    }
}
