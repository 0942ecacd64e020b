//! The list of participants as PDF: the list as JSON for `participants/list.typ`, compiled
//! in the closed Typst world. Names, functions and delegations travel as JSON strings,
//! which Typst prints as text: a name such as `#sys` or `*bold*` is never markup.

use super::{contact_line, dates_and_place, function, list_word};
use crate::pdf::{self, Template, Text};
use crate::render;
use crate::ExportError;
use plenary_core::participant_list::ParticipantList;
use plenary_core::typography;
use serde::Serialize;
use std::sync::LazyLock;

static TEMPLATE: LazyLock<Template> = LazyLock::new(|| Template::new("/list.typ", include_str!("list.typ")));

#[derive(Serialize)]
struct Document {
    title: String,
    lang: &'static str,
    kind: &'static str,
    meeting: Text,
    dates_and_place: String,
    head_label: &'static str,
    page: &'static str,
    of: &'static str,
    groups: Vec<Group>,
}

#[derive(Serialize)]
struct Group {
    /// None for an alphabetical list, printed without group headings.
    heading: Option<&'static str>,
    delegations: Vec<Delegation>,
}

#[derive(Serialize)]
struct Delegation {
    name: String,
    people: Vec<Person>,
}

#[derive(Serialize)]
struct Person {
    name: String,
    head: bool,
    function: Option<Text>,
    /// Email and phone, only in a list that prints contacts.
    contacts: Option<String>,
}

impl Document {
    fn new(list: &ParticipantList) -> Self {
        let lang = list.lang;
        let meeting = render::printed(&list.header.title, lang);
        Document {
            title: format!("{} — {}", list_word(lang), meeting.text),
            lang: lang.code(),
            kind: list_word(lang),
            meeting: Text::new(meeting, lang),
            dates_and_place: dates_and_place(&list.header, lang),
            head_label: lang.pick("Head of delegation", "Chef de délégation"),
            page: "Page",
            of: lang.pick("of", "sur"),
            groups: list
                .groups
                .iter()
                .map(|g| Group {
                    heading: list.grouped.then(|| g.category.label(lang)),
                    delegations: g
                        .delegations
                        .iter()
                        .filter(|d| !d.people.is_empty())
                        .map(|d| Delegation {
                            name: typography::typeset(d.name(lang), lang),
                            people: d
                                .people
                                .iter()
                                .map(|p| {
                                    let f = function(p, lang);
                                    Person {
                                        name: p.display_name(),
                                        head: p.is_head,
                                        function: (!f.text.is_empty()).then(|| Text::new(f, lang)),
                                        contacts: contact_line(list, p),
                                    }
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .filter(|g| !g.delegations.is_empty())
                .collect(),
        }
    }
}

/// The PDF and Typst's warnings (a flaw of the template, never of the list).
pub(super) fn typeset(list: &ParticipantList) -> Result<(Vec<u8>, Vec<String>), ExportError> {
    let data = serde_json::to_vec(&Document::new(list)).map_err(|e| ExportError::Typeset(e.to_string()))?;
    let ident = format!("{}/participants/{}", list.header.meeting_id, list.lang.code());
    pdf::compile(&TEMPLATE, data, Some(list.header.start_date), ident)
}

#[cfg(test)]
mod tests {
    use super::*;
    use plenary_core::Lang;

    #[test]
    fn the_template_compiles_without_warnings_in_both_languages_and_twice_the_same() {
        for lang in Lang::ALL {
            let (bytes, warnings) = typeset(&super::super::fixture::list(lang)).expect("the list typesets");
            assert!(bytes.starts_with(b"%PDF-"), "{lang}: a PDF");
            assert!(warnings.is_empty(), "{lang}: the template is clean: {warnings:?}");
            let again = typeset(&super::super::fixture::list(lang)).expect("typesets").0;
            assert!(bytes == again, "{lang}: no clock, no randomness in the output");
        }
    }
}
