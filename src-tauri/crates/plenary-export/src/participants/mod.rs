//! The list of participants out: PDF (Typst) and DOCX to print and circulate, XLSX and CSV
//! for the secretariat's own sheets. Every format prints the same
//! [`ParticipantList`]: groups in UN listing order, delegations in the chosen order, people
//! head first. A function missing in the list's language prints the other, tagged ("[EN]"),
//! and is reported in [`Exported::gaps`]. Spreadsheet cells that a spreadsheet would run as
//! a formula are written as text ([`crate::cells`]).

mod docx;
mod pdf;
pub(crate) mod sheet;

use crate::render::{self, Printed};
use crate::{ExportError, Exported};
use plenary_core::participant::Participant;
use plenary_core::participant_list::{BadgeRole, ListHeader, ParticipantList};
use plenary_core::typography::typeset;
use plenary_core::{Lang, calendar};
use sheet::Cell;

/// The list as a PDF document.
pub fn pdf(list: &ParticipantList) -> Result<Exported, ExportError> {
    let (bytes, _warnings) = pdf::typeset(list)?;
    Ok(Exported { bytes, gaps: list.gaps() })
}

/// The list as a DOCX document, in named styles.
pub fn docx(list: &ParticipantList) -> Result<Exported, ExportError> {
    Ok(Exported { bytes: docx::document(list)?, gaps: list.gaps() })
}

/// The list as an XLSX workbook: one sheet, a bold frozen header row with filters.
pub fn xlsx(list: &ParticipantList) -> Result<Exported, ExportError> {
    let mut book = sheet::Book::new(list.header.start_date);
    book.table(list_word(list.lang), &headers(list), rows(list))?;
    Ok(Exported { bytes: book.finish()?, gaps: list.gaps() })
}

/// The list as CSV: UTF-8 with a byte order mark (so Excel reads the accents), commas,
/// RFC 4180 quoting, one header line.
pub fn csv(list: &ParticipantList) -> Result<Exported, ExportError> {
    let mut out = sheet::Csv::new();
    out.line(headers(list).iter().map(|h| Cell::Text(h.to_string())));
    for row in rows(list) {
        out.line(row.into_iter());
    }
    Ok(Exported { bytes: out.finish(), gaps: list.gaps() })
}

/// "List of participants" / "Liste des participants".
pub fn list_word(lang: Lang) -> &'static str {
    lang.pick("List of participants", "Liste des participants")
}

/// The columns of the spreadsheet formats: email and phone last, only when the list has them.
fn headers(list: &ParticipantList) -> Vec<&'static str> {
    let mut headers = match list.lang {
        Lang::En => vec!["Group", "Delegation", "Head of delegation", "Honorific", "Given name", "Family name", "After the name", "Name as printed", "Function", "Badge"],
        Lang::Fr => vec!["Groupe", "Délégation", "Chef de délégation", "Civilité", "Prénom", "Nom", "Après le nom", "Nom tel qu’imprimé", "Fonction", "Badge"],
    };
    if list.contacts {
        headers.extend(contact_labels(list.lang));
    }
    headers
}

/// "Email", "Phone" in `lang`.
pub(crate) fn contact_labels(lang: Lang) -> [&'static str; 2] {
    [lang.pick("Email", "Courriel"), lang.pick("Phone", "Téléphone")]
}

/// A person's email and phone on one line ("a@b.org · +234 1 234"), when the list prints
/// contacts and the person has any.
pub(crate) fn contact_line(list: &ParticipantList, p: &Participant) -> Option<String> {
    let parts: Vec<&str> = [p.email.as_deref(), p.phone.as_deref()].into_iter().flatten().filter(|s| !s.is_empty()).collect();
    (list.contacts && !parts.is_empty()).then(|| parts.join(" · "))
}

/// One row per participant, in list order; a function in the other language behind its tag.
fn rows(list: &ParticipantList) -> impl Iterator<Item = Vec<Cell>> + '_ {
    let lang = list.lang;
    let contacts = list.contacts;
    list.groups.iter().flat_map(move |group| {
        group.delegations.iter().flat_map(move |d| {
            d.people.iter().map(move |p| {
                let text = |s: &str| Cell::Text(s.to_owned());
                let mut row = vec![
                    text(group.category.label(lang)),
                    text(d.name(lang)),
                    text(if p.is_head { lang.pick("Yes", "Oui") } else { "" }),
                    text(p.honorific_prefix.as_deref().unwrap_or_default()),
                    text(&p.given_name),
                    text(&p.family_name),
                    text(p.honorific_suffix.as_deref().unwrap_or_default()),
                    text(&p.display_name()),
                    text(&tagged(&function(p, lang))),
                    text(BadgeRole::of(p, group.category).label(p.is_head, lang)),
                ];
                if contacts {
                    row.push(text(p.email.as_deref().unwrap_or_default()));
                    row.push(text(p.phone.as_deref().unwrap_or_default()));
                }
                row
            })
        })
    })
}

/// A person's function in `lang`, or the other language's, marked as such; empty when
/// there is none in either.
pub(crate) fn function(p: &Participant, lang: Lang) -> Printed {
    render::printed(&p.function, lang)
}

/// A printed text as one string: "[EN] Minister" for a text in the other language.
pub(crate) fn tagged(printed: &Printed) -> String {
    match printed.fallback {
        Some(other) => format!("{} {}", render::fallback_tag(other), printed.text),
        None => printed.text.clone(),
    }
}

/// "4–5 November 2025 · Eko Hotel, Lagos".
pub(crate) fn dates_and_place(header: &ListHeader, lang: Lang) -> String {
    let dates = calendar::date_range(header.start_date, header.end_date, lang);
    let venue = header.venue.get_or_other(lang);
    // A venue often ends with its city ("Eko Hotel, Victoria Island, Lagos"): not said twice.
    let city_in_venue = venue.rsplit(',').next().is_some_and(|last| last.trim().eq_ignore_ascii_case(header.city.trim()));
    let city = if city_in_venue { "" } else { header.city.as_str() };
    let place: Vec<&str> = [venue, city].into_iter().filter(|p| !p.is_empty()).collect();
    if place.is_empty() { typeset(&dates, lang) } else { typeset(&format!("{dates} · {}", place.join(", ")), lang) }
}

#[cfg(test)]
#[path = "../../tests/export/participants_fixture.rs"]
pub(crate) mod fixture;
