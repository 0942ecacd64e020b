//! Square brackets around contested passages, as negotiators write them:
//! "We [strongly] condemn [all forms of] trafficking". Brackets may nest
//! ("[[strongly] condemn]") when a bracketed passage carries an alternative.

use serde::{Deserialize, Serialize};

/// A run of a paragraph's text, inside brackets or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Segment {
    /// The text, brackets included when it is bracketed, so that the segments joined give
    /// back the paragraph exactly.
    pub text: String,
    /// How many brackets enclose it (0 for agreed text).
    pub depth: u32,
}

/// Whether `text` has a bracketed passage.
pub fn has_brackets(text: &str) -> bool {
    text.contains('[')
}

/// Cuts `text` into agreed and bracketed runs. A closing bracket without an opening one is
/// kept as text; an opening bracket never closed brackets the rest of the paragraph (what a
/// reader of the printed text would also understand).
pub fn segments(text: &str) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut depth: u32 = 0;
    let mut current = String::new();
    let flush = |out: &mut Vec<Segment>, current: &mut String, depth: u32| {
        if !current.is_empty() {
            out.push(Segment { text: std::mem::take(current), depth });
        }
    };
    for c in text.chars() {
        match c {
            '[' => {
                flush(&mut out, &mut current, depth);
                depth += 1;
                current.push(c);
            }
            ']' if depth > 0 => {
                current.push(c);
                flush(&mut out, &mut current, depth);
                depth -= 1;
            }
            _ => current.push(c),
        }
    }
    flush(&mut out, &mut current, depth);
    out
}

/// Where brackets do not pair up: the character offsets (from 0) of closing brackets with
/// no opening one and of opening brackets never closed, in order.
pub fn unbalanced(text: &str) -> Vec<usize> {
    let mut open: Vec<usize> = Vec::new();
    let mut stray = Vec::new();
    for (i, c) in text.chars().enumerate() {
        match c {
            '[' => open.push(i),
            ']' if open.pop().is_none() => stray.push(i),
            _ => {}
        }
    }
    stray.extend(open);
    stray.sort_unstable();
    stray
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<(String, u32)> {
        segments(text).into_iter().map(|s| (s.text, s.depth)).collect()
    }

    #[test]
    fn bracketed_passages_are_runs_of_their_own() {
        assert_eq!(
            runs("We [strongly] condemn"),
            [("We ".into(), 0), ("[strongly]".into(), 1), (" condemn".into(), 0)]
        );
        assert!(has_brackets("We [strongly] condemn"));
        assert!(!has_brackets("We condemn"));
    }

    #[test]
    fn nested_brackets_count_their_depth_and_rebuild_the_text() {
        let text = "a [b [c] d] e";
        assert_eq!(runs(text), [("a ".into(), 0), ("[b ".into(), 1), ("[c]".into(), 2), (" d]".into(), 1), (" e".into(), 0)]);
        let joined: String = segments(text).into_iter().map(|s| s.text).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn unpaired_brackets_are_found_where_they_are() {
        assert_eq!(unbalanced("a ] b [ c"), [2, 6]);
        assert!(unbalanced("[a] [b [c]]").is_empty());
        assert_eq!(runs("x ] y"), [("x ] y".into(), 0)], "a stray closing bracket is text");
        assert_eq!(runs("x [y"), [("x ".into(), 0), ("[y".into(), 1)]);
    }
}
