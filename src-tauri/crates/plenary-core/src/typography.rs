//! Typographic conventions of each language, applied to text as it is printed.
//!
//! French (Imprimerie nationale, and the Canadian *Guide du rédacteur*): a narrow no-break
//! space (U+202F) before `; : ! ?` and inside « guillemets », which replace straight and
//! curly double quotes. English text is printed as typed.

use crate::Lang;

/// Narrow no-break space.
pub const NNBSP: char = '\u{202f}';

/// Names joined as a sentence lists them: "Nigeria", "Nigeria and France", "Ghana, Nigeria
/// and France" ("et" in French).
pub fn and_list(names: &[&str], lang: Lang) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, first)) => format!("{} {} {last}", first.join(", "), lang.pick("and", "et")),
    }
}

/// `text` with the typography of `lang` applied.
pub fn typeset(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => text.to_owned(),
        Lang::Fr => french(text),
    }
}

/// `text` with French typography: spaces before high punctuation made narrow and
/// no-break (added where missing), and double quotes turned into « guillemets ».
/// Leaves URLs' `://` and times such as `9:30` alone, and is idempotent.
pub fn french(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut open_quote = true;
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let next = chars.get(i + 1).copied();
        match c {
            ';' | ':' | '!' | '?' => {
                let in_token = matches!(next, Some(n) if !n.is_whitespace() && !matches!(n, '!' | '?' | ')' | '»' | '"'))
                    && matches!(prev, Some(p) if !p.is_whitespace());
                // "http://", "9:30", "a:b": not punctuation of a sentence.
                let repeated = matches!(prev, Some('!' | '?'));
                if !in_token && !repeated && prev.is_some() {
                    trim_space(&mut out);
                    out.push(NNBSP);
                }
                out.push(c);
            }
            '"' | '“' | '”' => {
                let opening = match c {
                    '“' => true,
                    '”' => false,
                    _ => open_quote,
                };
                if opening {
                    out.push('«');
                    out.push(NNBSP);
                    open_quote = false;
                } else {
                    trim_space(&mut out);
                    out.push(NNBSP);
                    out.push('»');
                    open_quote = true;
                }
            }
            '«' => {
                out.push('«');
                out.push(NNBSP);
                open_quote = false;
            }
            '»' => {
                if out.ends_with(NNBSP) {
                    out.push('»');
                } else {
                    trim_space(&mut out);
                    out.push(NNBSP);
                    out.push('»');
                }
                open_quote = true;
            }
            // the space typed after an opening quote is already printed
            c if c.is_whitespace() && out.ends_with(['«', NNBSP]) && out.trim_end_matches(NNBSP).ends_with('«') => {}
            _ => out.push(c),
        }
    }
    out
}

fn trim_space(out: &mut String) {
    while out.ends_with([' ', '\u{a0}', NNBSP]) {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn high_punctuation_gets_a_narrow_no_break_space() {
        assert_eq!(french("Pourquoi ? Parce que : voilà ; enfin !"), "Pourquoi\u{202f}? Parce que\u{202f}: voilà\u{202f}; enfin\u{202f}!");
        assert_eq!(french("Pourquoi?"), "Pourquoi\u{202f}?");
    }

    #[test]
    fn quotes_become_guillemets() {
        assert_eq!(french("le \"4P\" du processus"), "le «\u{202f}4P\u{202f}» du processus");
        assert_eq!(french("le “ 4P ” du processus"), "le «\u{202f}4P\u{202f}» du processus");
        assert_eq!(french("« déjà »"), "«\u{202f}déjà\u{202f}»");
    }

    #[test]
    fn times_urls_and_repeats_are_left_alone() {
        assert_eq!(french("à 9:30 sur https://example.org"), "à 9:30 sur https://example.org");
        assert_eq!(french("Vraiment ?!"), "Vraiment\u{202f}?!");
    }

    #[test]
    fn names_are_listed_with_the_languages_and() {
        assert_eq!(and_list(&[], Lang::En), "");
        assert_eq!(and_list(&["Nigeria"], Lang::Fr), "Nigeria");
        assert_eq!(and_list(&["Nigeria", "France"], Lang::En), "Nigeria and France");
        assert_eq!(and_list(&["Ghana", "Nigéria", "France"], Lang::Fr), "Ghana, Nigéria et France");
    }

    #[test]
    fn it_is_idempotent_and_english_is_untouched() {
        let once = french("Titre : « citation » et \"autre\" ?");
        assert_eq!(french(&once), once);
        assert_eq!(typeset("Title: \"quote\"?", Lang::En), "Title: \"quote\"?");
    }
}
