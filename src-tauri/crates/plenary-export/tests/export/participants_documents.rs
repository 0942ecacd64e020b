//! The list of participants as PDF and DOCX, badges and tent cards, read back by poppler
//! and python-docx: the names in UN listing order and precedence, in each language's
//! collation, the page counts of each layout, QR codes that decode where zbar is installed.

use crate::participants_fixture::list;
use crate::readers::{Pdf, joined, python, temp_file};
use plenary_core::{BilingualText, Lang, TranslationState};
use plenary_export::badges::{self, BadgeLayout};
use plenary_export::{participants, tent_cards};

/// The positions of `needles` in `text`, each found after the previous one.
fn in_order(text: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match text[from..].find(needle) {
            Some(i) => from += i + needle.len(),
            None => panic!("{needle:?} comes after {:?} in:\n{text}", &text[..from.min(text.len())].chars().rev().take(80).collect::<String>().chars().rev().collect::<String>()),
        }
    }
}

#[test]
fn the_pdf_list_prints_groups_delegations_and_people_in_un_order_head_first_in_english() {
    let pdf = Pdf::new("list.pdf", &participants::pdf(&list(Lang::En)).expect("the PDF typesets").bytes);
    let text = joined(&pdf.layout_text());
    in_order(&text, &[
        "States Members of the United Nations",
        "Egypt", "Omar Farouk",
        "France", "Cyrille Baumgartner",
        "Germany", "HEAD OF DELEGATION", "Petra Weber", "Karl Zimmer",
        "Nigeria", "Tijjani Ahmed", "Minister of Interior", "Ngozi Okafor", "Amina Adebayo",
        "Non-member States", "Holy See",
        "United Nations Secretariat", "Maria Lopez",
        "Specialised agencies", "Jean Dupont",
        "Non-governmental organisations", "Mixed Migration Centre",
    ]);
    assert!(!text.contains("African Union"), "a delegation with nobody registered is not listed");
    assert!(text.contains("Page 1 of"), "pages numbered 'Page n of N'");
}

#[test]
fn the_french_pdf_list_follows_french_collation_and_typography() {
    let pdf = Pdf::new("liste.pdf", &participants::pdf(&list(Lang::Fr)).expect("the PDF typesets").bytes);
    let text = joined(&pdf.layout_text());
    in_order(&text, &["États Membres", "Allemagne", "Égypte", "France", "Nigéria", "Ministre de l’intérieur", "[EN]", "Director, Migration"]);
    assert!(text.contains("Page 1 sur"), "French page numbers");
    assert!(text.contains("Liste des participants"));
}

#[test]
fn an_alphabetical_list_runs_through_every_delegation_without_group_headings() {
    let list = crate::participants_fixture::alphabetical(Lang::Fr);
    let pdf = Pdf::new("alpha.pdf", &participants::pdf(&list).expect("the PDF typesets").bytes);
    let text = joined(&pdf.layout_text());
    in_order(&text, &["Allemagne", "Centre pour les migrations mixtes", "Égypte", "France", "Nigéria",
        "Office des Nations Unies", "Organisation internationale pour les migrations", "Saint-Siège"]);
    assert!(!text.contains("États Membres") && !text.contains("Organisations non gouvernementales"), "no group headings:\n{text}");
    let bytes = participants::docx(&list).expect("the DOCX is written").bytes;
    let (_dir, path) = temp_file("alpha.docx", &bytes);
    let styles = python("import docx, sys\nprint(sum(1 for p in docx.Document(sys.argv[1]).paragraphs if p.style.name.lower() == 'heading 1'))", &path);
    assert_eq!(styles.trim(), "0", "no group heading in Word either");
}

#[test]
fn the_docx_list_opens_in_python_docx_with_headings_in_order() {
    let bytes = participants::docx(&list(Lang::En)).expect("the DOCX is written").bytes;
    let (_dir, path) = temp_file("list.docx", &bytes);
    let script = "import docx, sys\nd = docx.Document(sys.argv[1])\nfor p in d.paragraphs:\n    print(p.style.name + '|' + p.text.replace('\\n', ' '))";
    let lines = python(script, &path);
    let headings: Vec<&str> = lines.lines().filter(|l| l.starts_with("heading 2|") || l.starts_with("Heading 2|")).map(|l| &l[10..]).collect();
    assert_eq!(headings, ["Egypt", "France", "Germany", "Nigeria", "Holy See", "United Nations Office on Drugs and Crime",
        "International Organization for Migration", "Mixed Migration Centre"], "delegations as Heading 2, in UN order:\n{lines}");
    in_order(&lines, &["Participant|Head of delegation", "Tijjani Ahmed", "Participant|", "Ngozi Okafor", "Participant|", "Amina Adebayo"]);
    assert!(lines.contains("Heading 1|States Members of the United Nations"), "groups as Heading 1:\n{lines}");
    assert_eq!(participants::docx(&list(Lang::En)).expect("written").bytes, bytes, "the same list, the same bytes");
}

#[test]
fn badges_are_one_a6_page_each_or_four_to_an_a4_sheet_and_show_every_name() {
    let list = list(Lang::En);
    let a6 = Pdf::new("badges-a6.pdf", &badges::badges(&list, BadgeLayout::A6).expect("badges typeset").bytes);
    assert_eq!(a6.pages(), list.len(), "one A6 page per participant");
    let info = crate::readers::run("pdfinfo", &[a6.path()]);
    assert!(info.contains("297.64 x 419.53 pts") || info.contains("297.638 x 419.528 pts"), "A6 pages:\n{info}");
    let a4 = Pdf::new("badges-a4.pdf", &badges::badges(&list, BadgeLayout::A4).expect("badges typeset").bytes);
    assert_eq!(a4.pages(), list.len().div_ceil(4), "four badges per A4 sheet");
    let text = joined(&a4.layout_text());
    for name in ["Tijjani Ahmed", "Petra Weber", "Jean Dupont", "Nigeria · Nigéria", "CHAIR", "HEAD OF DELEGATION", "SPEAKER", "ORGANISER"] {
        assert!(text.contains(name), "{name:?} on a badge:\n{text}");
    }
    let again = badges::badges(&list, BadgeLayout::A4).expect("typesets").bytes;
    assert!(std::fs::read(&a4.path).expect("read") == again, "the same badges, the same bytes");
}

/// A6 in whole PostScript points, as pdftotext crops: a badge's width and height.
const BADGE: (u32, u32) = (297, 419);
/// The bottom of a badge right of its QR code, where the meeting is: from 40 mm from the
/// left edge, the lowest 50 mm (the code is 30 mm high, 8 mm above the edge).
const MEETING: (u32, u32, u32, u32) = (113, 277, 184, 142);

/// The meeting as the `n`th badge (from 0) of `pdf` shows it, as laid out: read from that
/// badge's own A6 of the page, since on an A4 sheet badges side by side share their lines.
fn meeting_text(pdf: &Pdf, layout: BadgeLayout, n: usize) -> String {
    let (page, slot) = match layout {
        BadgeLayout::A6 => (n + 1, 0),
        BadgeLayout::A4 => (n / 4 + 1, n as u32 % 4),
    };
    let page = page.to_string();
    let (x, y) = ((slot % 2) * (BADGE.0 + 1) + MEETING.0, (slot / 2) * (BADGE.1 + 1) + MEETING.1);
    let crop = [x.to_string(), y.to_string(), MEETING.2.to_string(), MEETING.3.to_string()];
    crate::readers::run("pdftotext", &["-layout", "-f", &page, "-l", &page, "-x", &crop[0], "-y", &crop[1], "-W", &crop[2], "-H", &crop[3], pdf.path(), "-"])
}

/// The lines of the meeting's title on a badge: those beside the QR code above the dates.
fn title_lines(meeting: &str, dates: &str) -> usize {
    let lines: Vec<&str> = meeting.lines().filter(|l| !l.trim().is_empty()).collect();
    lines.iter().position(|l| joined(l).contains(dates)).unwrap_or_else(|| panic!("the dates {dates:?} beside the code:\n{meeting}"))
}

#[test]
fn every_badge_shows_the_meeting_title_dates_and_city_in_its_language_in_both_layouts() {
    let cases = [
        (Lang::En, "Joint thematic meeting on migration", "4–5 November 2025 · Lagos"),
        (Lang::Fr, "Réunion thématique conjointe sur les migrations", "4 et 5 novembre 2025 · Lagos"),
    ];
    for (lang, title, dates) in cases {
        let list = list(lang);
        for layout in BadgeLayout::ALL {
            let pdf = Pdf::new("badges.pdf", &badges::badges(&list, *layout).expect("badges typeset").bytes);
            for n in 0..list.len() {
                let badge = joined(&meeting_text(&pdf, *layout, n));
                assert!(badge.contains(title), "{lang} {layout} badge {n}: a badge carries the meeting's title:\n{badge}");
                assert!(badge.contains(dates), "{lang} {layout} badge {n}: and its dates and city, as {lang} writes them:\n{badge}");
            }
        }
    }
}

/// A meeting title of `len` characters, words of ordinary length.
fn long_title(len: usize) -> String {
    let words = "Joint Thematic Meeting of the Khartoum, Rabat and Niamey Processes on Trafficking in Human Beings and Smuggling of Migrants";
    let title: String = std::iter::repeat_n(words, len / words.len() + 1).collect::<Vec<_>>().join(" ").chars().take(len).collect();
    // Never a space at the end, which a stored title would not keep.
    title.trim_end().to_owned() + &"s".repeat(len - title.trim_end().chars().count())
}

#[test]
fn a_long_meeting_title_is_cut_to_three_lines_and_every_badge_keeps_its_page() {
    let word_of_200 = "Wordwithoutanyspace".repeat(11).chars().take(200).collect::<String>();
    for (what, title) in [("200 characters", long_title(200)), ("500 characters, the longest", long_title(500)), ("one unbroken word", word_of_200)] {
        assert!(title.chars().count() >= 200, "{what}: a title as long as the test says");
        let mut list = list(Lang::En);
        list.header.title = BilingualText::pair(&title, "", TranslationState::default());
        let pdf = Pdf::new("long.pdf", &badges::badges(&list, BadgeLayout::A6).expect("badges typeset").bytes);
        assert_eq!(pdf.pages(), list.len(), "{what}: still one badge per A6 page, the title does not push a badge over");
        for n in 0..list.len() {
            let badge = meeting_text(&pdf, BadgeLayout::A6, n);
            let text = joined(&badge);
            let start: String = title.chars().take(12).collect();
            assert!(text.contains(&start), "{what}, badge {n}: the title's start is printed:\n{badge}");
            assert!(text.contains('…'), "{what}, badge {n}: a cut title says it is cut:\n{badge}");
            assert!(text.contains("4–5 November 2025 · Lagos"), "{what}, badge {n}: the dates are not pushed off:\n{badge}");
            let lines = title_lines(&badge, "4–5 November 2025");
            assert!((1..=3).contains(&lines), "{what}, badge {n}: the title takes at most three lines, not {lines}:\n{badge}");
        }
    }
}

#[test]
fn a_title_missing_in_the_badge_language_prints_the_other_tagged() {
    let mut list = list(Lang::Fr).only(&plenary_core::Id::from("FR"));
    list.header.title = BilingualText::pair("Joint thematic meeting", "", TranslationState::default());
    let pdf = Pdf::new("fallback.pdf", &badges::badges(&list, BadgeLayout::A6).expect("badges typeset").bytes);
    let badge = joined(&meeting_text(&pdf, BadgeLayout::A6, 0));
    assert!(badge.contains("[EN] Joint thematic meeting"), "never an empty place nor an untagged English title on a French badge:\n{badge}");
    assert!(badge.contains("4 et 5 novembre 2025 · Lagos"), "the dates in French all the same:\n{badge}");
}

#[test]
fn a_badge_qr_code_decodes_to_the_participant_id_where_zbar_is_installed() {
    let zbar = std::process::Command::new("zbarimg").arg("--version").output().is_ok_and(|o| o.status.success());
    if !zbar {
        // The module matrix is checked against the qrcode crate in the unit tests (runs
        // round-trip); decoding an image needs zbar, which `make deps` does not install.
        eprintln!("zbarimg is not installed: the QR decoding check is skipped");
        return;
    }
    let list = list(Lang::En).only(&plenary_core::Id::from("FR"));
    let pdf = Pdf::new("badge.pdf", &badges::badges(&list, BadgeLayout::A6).expect("typesets").bytes);
    let png = pdf.path.with_extension("png");
    crate::readers::run("pdftoppm", &["-png", "-r", "300", "-singlefile", pdf.path(), png.with_extension("").to_str().expect("path")]);
    let out = crate::readers::run("zbarimg", &["--raw", "-q", png.to_str().expect("path")]);
    assert_eq!(out.trim(), "FR-Baumgartner-Cyrille", "the code holds the participant's id");
}

#[test]
fn tent_cards_are_one_landscape_sheet_per_delegation_with_both_languages() {
    let list = list(Lang::En);
    let pdf = Pdf::new("cards.pdf", &tent_cards::tent_cards(&list).expect("cards typeset").bytes);
    assert_eq!(pdf.pages(), list.delegations().count(), "one card per delegation, the one without participants too");
    let info = crate::readers::run("pdfinfo", &[pdf.path()]);
    assert!(info.contains("841.89 x 595.276 pts") || info.contains("841.89 x 595.28 pts"), "A4 landscape:\n{info}");
    let text = joined(&pdf.layout_text());
    for name in ["Egypt", "Égypte", "Nigeria", "Nigéria", "African Union", "Union africaine"] {
        assert!(text.contains(name), "{name:?} on a card:\n{text}");
    }
    in_order(&text, &["Egypt", "France", "Germany", "Nigeria", "Holy See"]);
}
