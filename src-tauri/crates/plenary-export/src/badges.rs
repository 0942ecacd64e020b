//! Badges as PDF (Typst): one A6 badge per page, or four A6 badges on an A4 sheet with cut
//! marks. A badge shows the person's honorific, their name large, their function, their
//! delegation (a state's name in both languages), a coloured band saying the part they play
//! ([`BadgeRole`], one colour each), a QR code of their id that check-in scans, and beside
//! it the meeting: its title (at most three lines, smaller or cut when long), its dates and
//! city, in the badge's language.
//!
//! The QR code is computed here (`qrcode`) and drawn by the template from its modules: the
//! dark modules of each row as runs, so a code is a few dozen rectangles, and no image or
//! package has to enter the closed Typst world.

use crate::pdf::{self, Template, Text};
use crate::participants::function;
use crate::{ExportError, Exported};
use plenary_core::delegation::ListingCategory;
use plenary_core::participant::{NameParts, Participant, display_name};
use plenary_core::participant_list::{BadgeRole, ListDelegation, ParticipantList};
use plenary_core::typography::typeset;
use plenary_core::{Lang, calendar};
use qrcode::{Color, QrCode};
use serde::Serialize;
use std::sync::LazyLock;

static TEMPLATE: LazyLock<Template> = LazyLock::new(|| Template::new("/badges.typ", include_str!("badges.typ")));

plenary_core::string_enum! {
    /// How badges are laid out on paper.
    pub enum BadgeLayout ("layout") {
        /// One A6 badge per page, for badge printers and pre-cut card stock.
        A6 = "a6",
        /// Four A6 badges on each A4 sheet, with cut marks, for an office printer.
        A4 = "a4",
    }
}

/// The colour of a role's band, as RGB hex: distinct in print and for the usual colour
/// blindness, each dark enough for white text.
pub fn colour(role: BadgeRole) -> &'static str {
    match role {
        BadgeRole::Chair => "#8b1e3f",
        BadgeRole::Organiser => "#1f3864",
        BadgeRole::Speaker => "#b35900",
        BadgeRole::Observer => "#5f5f5f",
        BadgeRole::Delegate => "#2e6b30",
    }
}

/// A QR code's modules: the side in modules, and the dark modules of each row as runs
/// `[x, y, length]`, left to right, top to bottom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QrModules {
    /// Modules per side (without the quiet zone the template adds).
    pub size: usize,
    /// The dark runs.
    pub runs: Vec<[usize; 3]>,
}

impl QrModules {
    /// The code of `data`, at the error correction level the `qrcode` crate picks (M).
    pub fn of(data: &str) -> Result<Self, ExportError> {
        let code = QrCode::new(data.as_bytes()).map_err(|e| ExportError::Write(format!("QR code: {e}")))?;
        Ok(Self::from_colors(code.width(), &code.to_colors()))
    }

    /// The runs of a square of `size` × `size` modules, row by row.
    pub fn from_colors(size: usize, colors: &[Color]) -> Self {
        let mut runs = Vec::new();
        for (y, row) in colors.chunks(size.max(1)).enumerate() {
            let mut x = 0;
            while x < row.len() {
                if row[x] == Color::Dark {
                    let start = x;
                    while x < row.len() && row[x] == Color::Dark {
                        x += 1;
                    }
                    runs.push([start, y, x - start]);
                } else {
                    x += 1;
                }
            }
        }
        QrModules { size, runs }
    }

    /// Every module, row by row, dark or light, as the runs draw them.
    pub fn modules(&self) -> Vec<Color> {
        let mut modules = vec![Color::Light; self.size * self.size];
        for &[x, y, len] in &self.runs {
            for module in &mut modules[y * self.size + x..y * self.size + x + len] {
                *module = Color::Dark;
            }
        }
        modules
    }
}

#[derive(Serialize)]
struct Document {
    title: String,
    lang: &'static str,
    layout: BadgeLayout,
    meeting: Meeting,
    badges: Vec<Badge>,
}

/// The meeting as every badge shows it.
#[derive(Serialize)]
struct Meeting {
    title: Text,
    /// "4–5 November 2025 · Lagos".
    dates: String,
}

impl Meeting {
    fn new(list: &ParticipantList) -> Self {
        let (header, lang) = (&list.header, list.lang);
        let dates = calendar::date_range(header.start_date, header.end_date, lang);
        let city = header.city.trim();
        let dates = if city.is_empty() { dates } else { format!("{dates} · {city}") };
        Meeting { title: Text::new(crate::render::printed(&header.title, lang), lang), dates: typeset(&dates, lang) }
    }
}

#[derive(Serialize)]
struct Badge {
    band: &'static str,
    colour: &'static str,
    honorific: Option<String>,
    name: String,
    function: Option<Text>,
    delegation: String,
    qr: QrModules,
}

impl Badge {
    fn new(person: &Participant, delegation: &ListDelegation, lang: Lang) -> Result<Self, ExportError> {
        let role = BadgeRole::of(person, delegation.category);
        let printed = function(person, lang);
        let name = display_name(NameParts {
            prefix: None,
            given: &person.given_name,
            family: &person.family_name,
            suffix: person.honorific_suffix.as_deref(),
            family_first: person.family_name_first,
        });
        Ok(Badge {
            band: role.label(person.is_head, lang),
            colour: colour(role),
            honorific: person.honorific_prefix.clone().filter(|h| !h.trim().is_empty()),
            name,
            function: (!printed.text.is_empty()).then(|| Text::new(printed, lang)),
            delegation: delegation_line(delegation, lang),
            qr: QrModules::of(person.id.as_str())?,
        })
    }
}

/// A state's name in both languages, the list's first ("Nigeria · Nigéria"), once when
/// they are the same; an organisation's in the list's language.
fn delegation_line(delegation: &ListDelegation, lang: Lang) -> String {
    let state = matches!(delegation.category, ListingCategory::MemberState | ListingCategory::NonMemberState);
    let own = typeset(delegation.name(lang), lang);
    let other = typeset(delegation.name(lang.other()), lang.other());
    if state && !other.is_empty() && other != own { format!("{own} · {other}") } else { own }
}

/// The badges of everyone on `list`, in its order, as a PDF.
pub fn badges(list: &ParticipantList, layout: BadgeLayout) -> Result<Exported, ExportError> {
    let (bytes, _warnings) = typeset_badges(list, layout)?;
    Ok(Exported { bytes, gaps: list.gaps() })
}

/// The PDF and Typst's warnings (a flaw of the template, never of the list).
pub(crate) fn typeset_badges(list: &ParticipantList, layout: BadgeLayout) -> Result<(Vec<u8>, Vec<String>), ExportError> {
    let lang = list.lang;
    let badges = list.people().map(|(d, p)| Badge::new(p, d, lang)).collect::<Result<Vec<_>, _>>()?;
    let title = format!("{} — {}", lang.pick("Badges", "Badges"), crate::render::printed(&list.header.title, lang).text);
    let document = Document { title, lang: lang.code(), layout, meeting: Meeting::new(list), badges };
    let data = serde_json::to_vec(&document).map_err(|e| ExportError::Typeset(e.to_string()))?;
    let ident = format!("{}/badges/{}/{}", list.header.meeting_id, lang.code(), layout.as_str());
    pdf::compile(&TEMPLATE, data, Some(list.header.start_date), ident)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::participants::fixture;

    #[test]
    fn the_runs_give_back_every_module_of_the_code() {
        for data in ["0190a4c2-7d1e-7c3a-9b1f-2f6e9e1d4a10", "x", "NG-Okafor-Ngozi"] {
            let code = QrCode::new(data.as_bytes()).expect("a code");
            let modules = QrModules::of(data).expect("a code");
            assert_eq!(modules.size, code.width());
            assert!(modules.modules() == code.to_colors(), "{data}: what the template draws is the code, module for module");
        }
    }

    #[test]
    fn the_template_compiles_without_warnings_in_both_layouts_and_twice_the_same() {
        for layout in BadgeLayout::ALL {
            for lang in Lang::ALL {
                let (bytes, warnings) = typeset_badges(&fixture::list(lang), *layout).expect("badges typeset");
                assert!(warnings.is_empty(), "{layout} {lang}: the template is clean: {warnings:?}");
                let again = typeset_badges(&fixture::list(lang), *layout).expect("typesets").0;
                assert!(bytes == again, "{layout} {lang}: no clock, no randomness");
            }
        }
    }

    #[test]
    fn a_state_shows_its_name_in_both_languages_and_an_organisation_in_one() {
        let list = fixture::list(Lang::En);
        let line = |id: &str| delegation_line(list.delegations().find(|d| d.id.as_str() == id).expect("in the fixture"), Lang::En);
        assert_eq!(line("NG"), "Nigeria · Nigéria");
        assert_eq!(line("FR"), "France", "the same name is not said twice");
        assert_eq!(line("iom"), "International Organization for Migration");
    }
}
