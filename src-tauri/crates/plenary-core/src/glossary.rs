//! The glossary of a meeting: EN↔FR terms that its texts must use consistently.
//!
//! The check is deliberately forgiving of form and strict on substance: case, accents,
//! simple plurals (-s, -x) and French elision ("l’équipe", "d’enquête") do not matter, but
//! when one side of a text uses a term, the other side must use that term's translation.
//! Plurals in -aux and other irregular forms are not recognised; a glossary lists such a
//! form as a term of its own when a meeting needs it.

use crate::{BilingualText, DomainError, Id, Lang, limits};
use serde::{Deserialize, Serialize};

/// The longest term, in characters, on either side.
pub const TERM: usize = 200;

/// An EN↔FR term of a meeting's glossary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Term {
    /// The term's id.
    pub id: Id,
    /// The meeting whose glossary it belongs to.
    pub meeting_id: Id,
    /// The English term, as typed ("trafficking in persons"); unique in the meeting.
    pub en: String,
    /// The French term ("traite des personnes").
    pub fr: String,
    /// A note for translators (source, usage), possibly empty.
    pub note: String,
}

impl Term {
    /// A term with its values trimmed and checked: both sides required, at most [`TERM`]
    /// characters each, a note of at most [`limits::DESCRIPTION`].
    pub fn new(id: Id, meeting_id: Id, en: &str, fr: &str, note: &str) -> Result<Term, DomainError> {
        let en = limits::required("term_en", en, TERM)?;
        let fr = limits::required("term_fr", fr, TERM)?;
        let note = limits::optional("note", Some(note), limits::DESCRIPTION)?.unwrap_or_default();
        if words(&en).is_empty() {
            return Err(DomainError::invalid("term_en", &en));
        }
        if words(&fr).is_empty() {
            return Err(DomainError::invalid("term_fr", &fr));
        }
        Ok(Term { id, meeting_id, en, fr, note })
    }

    /// The term in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.fr)
    }
}

/// A text that uses a term on one side but not its translation on the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct GlossaryIssue {
    /// The term concerned.
    pub term_id: Id,
    /// The English term.
    pub en: String,
    /// The French term.
    pub fr: String,
    /// The side that should use the term and does not: the other side uses it.
    pub missing_in: Lang,
    /// Other forms that would also do on that side (terms of the glossary that translate
    /// the same thing), in glossary order.
    pub alternatives: Vec<String>,
}

/// Folds a text into comparable words: lower case, without accents, cut at every character
/// that is not a letter or a digit (so elided articles such as "l’" and "d’" become words
/// of their own and "l’équipe" contains "équipe").
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = crate::number::strip_accent(c);
        if c.is_alphanumeric() {
            match c {
                'œ' => word.push_str("oe"),
                'æ' => word.push_str("ae"),
                'ß' => word.push_str("ss"),
                _ => word.push(c),
            }
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Whether two folded words are the same word, allowing a simple plural in -s or -x on
/// either side ("victim" / "victims", "réseau" / "réseaux").
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    long.len() == short.len() + 1 && long.starts_with(short) && (long.ends_with('s') || long.ends_with('x')) && !short.is_empty()
}

/// Where the folded words of a term occur, in order and next to each other, in the folded
/// words of a text: the index of each occurrence's first word.
fn positions(term: &[String], text: &[String]) -> Vec<usize> {
    if term.is_empty() {
        return Vec::new();
    }
    text.windows(term.len())
        .enumerate()
        .filter(|(_, w)| w.iter().zip(term).all(|(a, b)| same_word(a, b)))
        .map(|(i, _)| i)
        .collect()
}

/// Whether the folded words of a term occur in the folded words of a text.
fn occurs(term: &[String], text: &[String]) -> bool {
    !positions(term, text).is_empty()
}

/// A glossary prepared for checking many texts: each term folded once.
pub struct Glossary<'a> {
    terms: Vec<(&'a Term, Vec<String>, Vec<String>)>,
}

impl<'a> Glossary<'a> {
    /// Prepares `terms` (in the order issues should list alternatives).
    pub fn new(terms: &'a [Term]) -> Self {
        Glossary { terms: terms.iter().map(|t| (t, words(&t.en), words(&t.fr))).collect() }
    }

    /// The issues of one text. A side is only checked against a written other side: a
    /// missing translation is the worklist's business, not the glossary's.
    ///
    /// English → French: each term whose English occurs in the English text needs its French
    /// in the French text. French → English: a French form found in the French text needs
    /// the English of one of the terms that have that French form, since several English
    /// terms may share one translation ("smuggling of migrants", "migrant smuggling").
    ///
    /// A term met only inside a longer term that the text uses correctly is that longer
    /// term's business: "Processus de Khartoum" inside « Processus de Khartoum, de Rabat et
    /// de Niamey » does not call for "Khartoum Process" when the English says "Khartoum,
    /// Rabat and Niamey Processes".
    pub fn check(&self, text: &BilingualText) -> Vec<GlossaryIssue> {
        let en = words(text.get(Lang::En));
        let fr = words(text.get(Lang::Fr));
        if en.is_empty() || fr.is_empty() {
            return Vec::new();
        }
        // The stretches of each side covered by a term used on both sides.
        let mut covered: [Vec<(usize, usize)>; 2] = [Vec::new(), Vec::new()];
        for (_, term_en, term_fr) in &self.terms {
            let (at_en, at_fr) = (positions(term_en, &en), positions(term_fr, &fr));
            if !at_en.is_empty() && !at_fr.is_empty() {
                covered[0].extend(at_en.iter().map(|p| (*p, p + term_en.len())));
                covered[1].extend(at_fr.iter().map(|p| (*p, p + term_fr.len())));
            }
        }
        // Whether some occurrence of `term` in `text` stands outside every covered stretch
        // longer than itself.
        let free = |term: &[String], text: &[String], covered: &[(usize, usize)]| {
            positions(term, text).iter().any(|p| {
                let (start, end) = (*p, p + term.len());
                !covered.iter().any(|(s, e)| *s <= start && end <= *e && e - s > term.len())
            })
        };
        let mut issues = Vec::new();
        for (term, term_en, term_fr) in &self.terms {
            if free(term_en, &en, &covered[0]) && !occurs(term_fr, &fr) {
                let alternatives = self.others(term, |(_, e, _)| e == term_en, |t| &t.fr);
                if !alternatives.iter().any(|a| occurs(&words(a), &fr)) {
                    issues.push(issue(term, Lang::Fr, alternatives));
                }
            }
        }
        let mut reported: Vec<&Vec<String>> = Vec::new();
        for (term, term_en, term_fr) in &self.terms {
            if reported.contains(&term_fr) || !free(term_fr, &fr, &covered[1]) || occurs(term_en, &en) {
                continue;
            }
            let sharing: Vec<&(&Term, Vec<String>, Vec<String>)> = self.terms.iter().filter(|(_, _, f)| f == term_fr).collect();
            if sharing.iter().any(|(_, e, _)| occurs(e, &en)) {
                continue;
            }
            reported.push(term_fr);
            let alternatives = self.others(term, |(_, _, f)| f == term_fr, |t| &t.en);
            issues.push(issue(term, Lang::En, alternatives));
        }
        issues
    }

    /// The `side` of the other terms that `same` says translate the same thing as `term`.
    fn others(
        &self,
        term: &Term,
        same: impl Fn(&(&'a Term, Vec<String>, Vec<String>)) -> bool,
        side: impl Fn(&Term) -> &String,
    ) -> Vec<String> {
        self.terms.iter().filter(|t| t.0.id != term.id && same(t)).map(|t| side(t.0).clone()).collect()
    }
}

fn issue(term: &Term, missing_in: Lang, alternatives: Vec<String>) -> GlossaryIssue {
    GlossaryIssue { term_id: term.id.clone(), en: term.en.clone(), fr: term.fr.clone(), missing_in, alternatives }
}

/// The issues of one text against `terms` (see [`Glossary::check`]).
pub fn check(terms: &[Term], text: &BilingualText) -> Vec<GlossaryIssue> {
    Glossary::new(terms).check(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TranslationState;

    fn term(n: u32, en: &str, fr: &str) -> Term {
        Term::new(Id::new(format!("term-{n}")), Id::new("m"), en, fr, "").expect("a valid term")
    }

    fn lagos() -> Vec<Term> {
        vec![
            term(1, "trafficking in persons", "traite des personnes"),
            term(2, "smuggling of migrants", "trafic illicite de migrants"),
            term(3, "migrant smuggling", "trafic illicite de migrants"),
            term(4, "joint investigation team", "équipe commune d’enquête"),
            term(5, "prosecution", "poursuites"),
            term(6, "victims", "victimes"),
        ]
    }

    fn text(en: &str, fr: &str) -> BilingualText {
        BilingualText::pair(en, fr, TranslationState::Translated)
    }

    fn missing(issues: &[GlossaryIssue]) -> Vec<(String, Lang)> {
        issues.iter().map(|i| (i.en.clone(), i.missing_in)).collect()
    }

    #[test]
    fn a_consistent_text_has_no_issue() {
        let t = text("Prevention of trafficking in persons", "Prévention de la traite des personnes");
        assert!(check(&lagos(), &t).is_empty());
    }

    #[test]
    fn french_that_does_not_use_the_term_is_an_issue() {
        let t = text("Prevention of trafficking in persons", "Prévention de la traite des êtres humains");
        let issues = check(&lagos(), &t);
        assert_eq!(missing(&issues), [("trafficking in persons".to_owned(), Lang::Fr)]);
        assert_eq!(issues[0].term_id, Id::new("term-1"), "the issue names the term");
    }

    #[test]
    fn english_that_does_not_use_the_term_is_an_issue_too() {
        let t = text("Prosecuting smugglers", "Les poursuites contre les passeurs");
        assert_eq!(missing(&check(&lagos(), &t)), [("prosecution".to_owned(), Lang::En)]);
    }

    #[test]
    fn case_and_accents_do_not_matter() {
        let t = text("JOINT INVESTIGATION TEAMS", "Equipes communes d'enquete");
        assert!(check(&lagos(), &t).is_empty(), "{:?}", check(&lagos(), &t));
        let t = text("Trafficking In Persons", "TRAITE DES PERSONNES");
        assert!(check(&lagos(), &t).is_empty());
    }

    #[test]
    fn elision_does_not_hide_a_term() {
        let t = text("Setting up a joint investigation team", "Mise en place de l’équipe commune d’enquête");
        assert!(check(&lagos(), &t).is_empty(), "l’équipe contains équipe");
        let t = text("Setting up a joint investigation team", "Mise en place d’une équipe d’enquête");
        assert_eq!(missing(&check(&lagos(), &t)), [("joint investigation team".to_owned(), Lang::Fr)]);
    }

    #[test]
    fn simple_plurals_match_both_ways() {
        let t = text("Support to the victim", "Soutien aux victimes");
        assert!(check(&lagos(), &t).is_empty(), "victim ~ victims, victimes");
        let terms = [term(7, "network", "réseau")];
        assert!(check(&terms, &text("Criminal networks", "Les réseaux criminels")).is_empty(), "-x plural");
    }

    #[test]
    fn whole_words_only() {
        let terms = [term(8, "ion", "ion")];
        assert!(check(&terms, &text("Prevention", "Prévention")).is_empty(), "ion inside a word is no use of the term");
        let terms = [term(9, "victims", "victimes")];
        let t = text("Victimsupport", "Aide");
        assert!(check(&terms, &t).is_empty());
    }

    #[test]
    fn shared_translations_accept_any_of_their_english_forms() {
        let t = text("Fighting migrant smuggling", "Lutte contre le trafic illicite de migrants");
        assert!(check(&lagos(), &t).is_empty(), "migrant smuggling is one of the two English forms");
        let t = text("Fighting people smuggling", "Lutte contre le trafic illicite de migrants");
        let issues = check(&lagos(), &t);
        assert_eq!(missing(&issues), [("smuggling of migrants".to_owned(), Lang::En)], "reported once, not per English form");
        assert_eq!(issues[0].alternatives, ["migrant smuggling"]);
    }

    #[test]
    fn a_term_inside_a_longer_term_used_on_both_sides_is_covered() {
        let terms = [
            term(10, "Khartoum Process", "Processus de Khartoum"),
            term(11, "Khartoum, Rabat and Niamey Processes", "Processus de Khartoum, de Rabat et de Niamey"),
        ];
        let t = text("Statements on behalf of the Khartoum, Rabat and Niamey Processes", "Déclarations au nom des Processus de Khartoum, de Rabat et de Niamey");
        assert!(check(&terms, &t).is_empty(), "{:?}", check(&terms, &t));
        let t = text("The Khartoum Process and the Rabat Process", "Le Processus de Khartoum, de Rabat et de Niamey");
        assert_eq!(missing(&check(&terms, &t)), [("Khartoum, Rabat and Niamey Processes".to_owned(), Lang::En)],
            "the longer term is not used in English, so it does not cover anything");
        let t = text("Khartoum Process", "Le Processus de Khartoum et le Processus de Khartoum, de Rabat et de Niamey");
        assert_eq!(missing(&check(&terms, &t)), [("Khartoum, Rabat and Niamey Processes".to_owned(), Lang::En)]);
    }

    #[test]
    fn a_missing_side_is_not_checked() {
        let t = BilingualText::original(Lang::En, "Trafficking in persons");
        assert!(check(&lagos(), &t).is_empty());
    }

    #[test]
    fn terms_are_checked_when_made() {
        let err = Term::new(Id::new("t"), Id::new("m"), " ", "x", "").expect_err("blank English");
        assert_eq!(err.field.as_deref(), Some("term_en"));
        let err = Term::new(Id::new("t"), Id::new("m"), "x", &"é".repeat(201), "").expect_err("too long");
        assert_eq!(err.field.as_deref(), Some("term_fr"));
        let err = Term::new(Id::new("t"), Id::new("m"), "—", "x", "").expect_err("no word in it");
        assert_eq!(err.field.as_deref(), Some("term_en"));
        let ok = Term::new(Id::new("t"), Id::new("m"), "  Khartoum Process ", " Processus de Khartoum", " ").expect("valid");
        assert_eq!((ok.en.as_str(), ok.fr.as_str(), ok.note.as_str()), ("Khartoum Process", "Processus de Khartoum", ""));
    }

    #[test]
    fn words_fold_case_accents_and_ligatures() {
        assert_eq!(words("L’Équipe d’ŒUVRE, 2025"), ["l", "equipe", "d", "oeuvre", "2025"]);
    }
}
