//! `plenary meetings`, `delegations` (orders) and `participants` (search, pages).

use crate::harness::{Run, Sandbox};
use rusqlite::params;
use std::cmp::Ordering;

const MEMBER_STATES_EN: &str = "States Members of the United Nations";
const NGOS_EN: &str = "Non-governmental organisations";
const MEMBER_STATES_FR: &str = "États Membres de l’Organisation des Nations Unies";
const NGOS_FR: &str = "Organisations non gouvernementales";

/// Lower case without accents, punctuation as a space (which sorts before letters, as in
/// the CLDR collation): a rough French alphabetical key, enough to catch a bytewise sort.
fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// The delegation name of a listing line `  NAME (N)[ [co-chair]][ — HEAD]`, or None for a
/// heading or a blank line. NAME may itself hold parentheses, but not "(digits)".
fn delegation_name(line: &str) -> Option<&str> {
    let body = line.strip_prefix("  ")?;
    let mut from = 0;
    while let Some(i) = body[from..].find(" (") {
        let at = from + i;
        if body[at + 2..].starts_with(|c: char| c.is_ascii_digit()) {
            return Some(&body[..at]);
        }
        from = at + 2;
    }
    None
}

fn names(run: &Run) -> Vec<&str> {
    run.lines().into_iter().filter_map(delegation_name).collect()
}

/// The group headings in the order printed.
fn headings(run: &Run) -> Vec<&str> {
    run.lines().into_iter().filter(|l| !l.is_empty() && !l.starts_with(' ')).collect()
}

/// The delegation names under `heading`, up to the next heading.
fn group<'a>(run: &'a Run, heading: &str) -> Vec<&'a str> {
    run.lines().into_iter().skip_while(|l| *l != heading).skip(1).take_while(|l| l.is_empty() || l.starts_with(' ')).filter_map(delegation_name).collect()
}

#[test]
fn meetings_lists_the_lagos_meeting() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["meetings"]).success();
    run.says(&id, "each meeting is listed with its id");
    run.says("Lagos", "the city is shown");
    run.says("4–5 November 2025", "the dates are shown");
    run.says("166 participants, 57 delegations", "the counts are shown");
    run.says("Joint Thematic Meeting of the Khartoum, Rabat and Niamey Processes", "the title is shown");

    let fr = sandbox.run(&["meetings", "--lang", "fr"]).success();
    fr.says("4 et 5\u{a0}novembre 2025", "French dates, with a no-break space before the month");
    fr.says("Réunion thématique conjointe des Processus de Khartoum, de Rabat et de Niamey", "the French title");

    let json = sandbox.run(&["meetings", "--json"]).success();
    let list = json.json();
    let list = list.as_array().unwrap_or_else(|| panic!("meetings --json is an array\n{}", json.report()));
    assert_eq!(list.len(), 1, "one meeting in the demo database\n{}", json.report());
    assert_eq!(list[0]["id"], id.as_str(), "the listed meeting is the demo meeting\n{}", json.report());
    assert_eq!(list[0]["city"], "Lagos", "the demo meeting is in Lagos\n{}", json.report());
}

#[test]
fn delegations_in_french_order_follow_french_collation() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["delegations", "--meeting", &id, "--order", "fr"]).success();
    let list = names(&run);
    assert_eq!(list.len(), 57, "every delegation is listed once\n{}", run.report());
    for name in ["Côte d’Ivoire", "Égypte", "Érythrée", "Éthiopie", "Allemagne"] {
        assert!(list.contains(&name), "the French order shows French names, {name:?} among them\n{}", run.report());
    }
    for pair in list.windows(2) {
        assert_ne!(
            fold(pair[0]).cmp(&fold(pair[1])),
            Ordering::Greater,
            "{:?} should not come after {:?} in French alphabetical order\n{}",
            pair[0],
            pair[1],
            run.report()
        );
    }
    let first_f = list.iter().position(|n| n.starts_with('F')).unwrap_or_else(|| panic!("a name in F (France)\n{}", run.report()));
    for (i, name) in list.iter().enumerate().filter(|(_, n)| n.starts_with('É')) {
        assert!(i < first_f, "{name:?} sorts with the E's, before the F's, not after Z as bytes would\n{}", run.report());
    }
}

#[test]
fn protocol_order_lists_member_states_first_and_ngos_last() {
    let (sandbox, id) = Sandbox::with_demo();
    for (lang, first, last) in [("en", MEMBER_STATES_EN, NGOS_EN), ("fr", MEMBER_STATES_FR, NGOS_FR)] {
        let run = sandbox.run(&["delegations", "--meeting", &id, "--order", "protocol", "--lang", lang]).success();
        let heads = headings(&run);
        assert_eq!(heads.first().copied(), Some(first), "the member states come first ({lang})\n{}", run.report());
        assert_eq!(heads.last().copied(), Some(last), "the NGOs come last ({lang})\n{}", run.report());
        let mut unique = heads.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), heads.len(), "in protocol order each group is printed once ({lang})\n{}", run.report());
        assert_eq!(group(&run, first).len(), 41, "41 member states ({lang})\n{}", run.report());
    }
    let default = sandbox.run(&["delegations", "--meeting", &id]).success();
    let explicit = sandbox.run(&["delegations", "--meeting", &id, "--order", "protocol"]).success();
    assert_eq!(default.stdout, explicit.stdout, "protocol is the default order\n{}", default.report());
}

#[test]
fn lot_order_starts_the_member_states_with_the_country_drawn() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["delegations", "--meeting", &id, "--order", "lot:FR"]).success();
    assert_eq!(headings(&run).first().copied(), Some(MEMBER_STATES_EN), "the member states still come first\n{}", run.report());
    let members = group(&run, MEMBER_STATES_EN);
    assert_eq!(members.first().copied(), Some("France"), "the list starts at the country drawn\n{}", run.report());
    assert_eq!(members.get(1).copied(), Some("Gambia"), "and goes on alphabetically\n{}", run.report());
    assert_eq!(members.len(), 41, "the rotation keeps every member state\n{}", run.report());

    let protocol = sandbox.run(&["delegations", "--meeting", &id, "--order", "protocol"]).success();
    let mut rotated = members.clone();
    let mut plain = group(&protocol, MEMBER_STATES_EN);
    rotated.sort_unstable();
    plain.sort_unstable();
    assert_eq!(rotated, plain, "the same member states as in protocol order\n{}", run.report());
}

#[test]
fn lot_order_with_an_unknown_country_is_refused() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["delegations", "--meeting", &id, "--order", "lot:XX"]).failure();
    assert!(run.stdout.is_empty(), "nothing is listed\n{}", run.report());
    assert!(run.stderr.contains("order"), "the message is about the order\n{}", run.report());
    assert!(run.stderr.contains("lot:XX"), "the message repeats the order given\n{}", run.report());

    let fr = sandbox.run(&["delegations", "--meeting", &id, "--order", "lot:XX", "--lang", "fr"]).failure();
    assert!(fr.stderr.contains("ordre"), "in French the message names the «\u{a0}ordre\u{a0}»\n{}", fr.report());
}

#[test]
fn participants_search_finds_a_name_from_its_first_letters() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["participants", "--meeting", &id, "--search", "baum"]).success();
    run.says("HE Cyrille Baumgartner", "a search on the start of a family name finds the person");
    assert_eq!(run.lines().last().copied(), Some("1 / 1"), "only Baumgartner matches\n{}", run.report());
}

#[test]
fn participants_search_ignores_accents_and_punctuation() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["participants", "--meeting", &id, "--search", "cote d ivoire", "--json"]).success();
    let page = run.json();
    let expected: i64 = sandbox
        .sql()
        .query_row(
            "SELECT count(*) FROM participants p JOIN delegations d ON d.id = p.delegation_id
             WHERE p.meeting_id = ?1 AND d.country = 'CI'",
            params![id],
            |r| r.get(0),
        )
        .expect("count Ivorians");
    assert!(expected > 0, "the demo has a delegation of Côte d’Ivoire");
    assert_eq!(page["total"], expected, "every participant of Côte d’Ivoire is found\n{}", run.report());
    let rows = page["rows"].as_array().unwrap_or_else(|| panic!("rows is an array\n{}", run.report()));
    assert_eq!(rows.len() as i64, expected, "all on one page without --limit\n{}", run.report());
    for row in rows {
        assert_eq!(row["delegation_fr"], "Côte d’Ivoire", "only participants of Côte d’Ivoire\n{}", run.report());
    }

    let accented = sandbox.run(&["participants", "--meeting", &id, "--search", "Côte d’Ivoire", "--json"]).success();
    assert_eq!(accented.json()["total"], expected, "typed with its accents, the same people\n{}", accented.report());
}

#[test]
fn participants_json_has_the_total_of_every_match_and_the_page() {
    let (sandbox, id) = Sandbox::with_demo();
    let all = sandbox.run(&["participants", "--meeting", &id, "--json"]).success();
    let page = all.json();
    assert_eq!(page["total"], 166, "every participant counts without a filter\n{}", all.report());
    assert_eq!(page["rows"].as_array().map(Vec::len), Some(166), "every row is listed without --limit\n{}", all.report());

    let run = sandbox.run(&["participants", "--meeting", &id, "--limit", "10", "--json"]).success();
    let page = run.json();
    assert_eq!(page["rows"].as_array().map(Vec::len), Some(10), "--limit 10 gives 10 rows\n{}", run.report());
    assert_eq!(page["total"], 166, "the total counts every match, not the page\n{}", run.report());

    let text = sandbox.run(&["participants", "--meeting", &id, "--limit", "10"]).success();
    assert_eq!(text.lines().last().copied(), Some("10 / 166"), "the text output ends with shown / total\n{}", text.report());
}

#[test]
fn participants_in_french_order_show_french_delegation_names() {
    let (sandbox, id) = Sandbox::with_demo();
    let run = sandbox.run(&["participants", "--meeting", &id, "--order", "fr", "--limit", "1"]).success();
    let first = run.lines().first().copied().unwrap_or_default().to_owned();
    assert!(first.ends_with("\tAllemagne"), "sorted in French, the delegations read in French: {first:?}\n{}", run.report());
}
