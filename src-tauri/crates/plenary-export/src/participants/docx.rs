//! The list of participants as DOCX, on the agenda's page, header and footer, in named
//! styles the secretariat can restyle: the group (UN listing) as Heading 1, the delegation
//! as Heading 2, each person a "Participant" paragraph (the name in bold, the function
//! under it), the head of delegation's label in its own style.

use super::{contact_line, dates_and_place, function, list_word};
use crate::docx::{self as page, blocks, styles};
use crate::render;
use crate::ExportError;
use docx_rs::{BreakType, Docx, Paragraph, Run, Style, StyleType};
use plenary_core::participant_list::ParticipantList;
use plenary_core::typography::typeset;

const DELEGATION: &str = "Heading2";
const PARTICIPANT: &str = "Participant";
const HEAD_LABEL: &str = "HeadOfDelegation";

/// The list as a DOCX file.
pub(super) fn document(list: &ParticipantList) -> Result<Vec<u8>, ExportError> {
    let lang = list.lang;
    let title = render::printed(&list.header.title, lang);
    let header = page::page_header(false, &[lang], |lang| (render::printed(&list.header.title, lang), list_word(lang).to_owned()));
    let mut docx: Docx = page::document(Some(list.header.start_date), header, styles::common().into_iter().chain(list_styles()));
    docx = docx
        .add_paragraph(blocks::printed(Paragraph::new().style(styles::TITLE), &title, lang))
        .add_paragraph(Paragraph::new().style(styles::SUBTITLE).add_run(blocks::run(list_word(lang), lang)))
        .add_paragraph(Paragraph::new().style(styles::NORMAL).add_run(blocks::run(&dates_and_place(&list.header, lang), lang)));
    for group in &list.groups {
        let delegations: Vec<_> = group.delegations.iter().filter(|d| !d.people.is_empty()).collect();
        if delegations.is_empty() {
            continue;
        }
        if list.grouped {
            docx = docx.add_paragraph(Paragraph::new().style(styles::HEADING_1).add_run(blocks::run(group.category.label(lang), lang)));
        }
        for d in delegations {
            docx = docx.add_paragraph(Paragraph::new().style(DELEGATION).add_run(blocks::run(&typeset(d.name(lang), lang), lang)));
            for p in &d.people {
                let mut para = Paragraph::new().style(PARTICIPANT).keep_lines(true);
                if p.is_head {
                    para = para
                        .add_run(Run::new().style(HEAD_LABEL).add_text(lang.pick("Head of delegation", "Chef de délégation")))
                        .add_run(Run::new().add_break(BreakType::TextWrapping));
                }
                para = para.add_run(blocks::run(&p.display_name(), lang).bold());
                let f = function(p, lang);
                if !f.text.is_empty() {
                    para = blocks::printed(para.add_run(Run::new().add_break(BreakType::TextWrapping)), &f, lang);
                }
                if let Some(contacts) = contact_line(list, p) {
                    para = para.add_run(Run::new().add_break(BreakType::TextWrapping)).add_run(blocks::run(&contacts, lang).size(18));
                }
                docx = docx.add_paragraph(para);
            }
        }
    }
    page::pack(docx, &[lang])
}

/// The styles of the list, beside the common ones (Title, Heading 1…).
fn list_styles() -> Vec<Style> {
    use styles::{NORMAL, paragraph, spacing};
    vec![
        paragraph(DELEGATION, "heading 2").based_on(NORMAL).next(PARTICIPANT).size(23).bold().outline_lvl(1).line_spacing(spacing(240, 80)),
        paragraph(PARTICIPANT, "Participant").based_on(NORMAL).next(PARTICIPANT).indent(Some(284), None, None, None).line_spacing(spacing(0, 100)),
        Style::new(HEAD_LABEL, StyleType::Character).name("Head of delegation").size(16).bold().color("595959"),
    ]
}
