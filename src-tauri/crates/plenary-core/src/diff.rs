//! Word-level differences between two versions of a text, for a translator to see what
//! changed in the source since their translation (and, later, amendments and revisions).
//!
//! Texts are cut into words, runs of spaces, and single punctuation marks, so that a changed
//! word shows as that word struck and its replacement inserted, never as scattered letters.

use serde::{Deserialize, Serialize};
use similar::{Algorithm, ChangeTag};

/// What a span of a diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    /// In both versions.
    Equal,
    /// Only in the new version.
    Insert,
    /// Only in the old version.
    Delete,
}

/// A run of text of one kind; the spans in order rebuild the old version (equal + delete)
/// and the new one (equal + insert).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct DiffSpan {
    /// Whether the text was kept, inserted or deleted.
    pub kind: SpanKind,
    /// The text.
    pub text: String,
}

/// Cuts `text` into tokens: words (letters and digits), runs of whitespace, and each other
/// character alone. Joined, the tokens give back `text` exactly.
pub fn tokens(text: &str) -> Vec<&str> {
    #[derive(PartialEq, Clone, Copy)]
    enum Class {
        Word,
        Space,
        Mark,
    }
    let class = |c: char| {
        if c.is_alphanumeric() {
            Class::Word
        } else if c.is_whitespace() {
            Class::Space
        } else {
            Class::Mark
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut previous: Option<Class> = None;
    for (i, c) in text.char_indices() {
        let current = class(c);
        // A mark stands alone; words and spaces run on.
        let breaks = previous.is_some_and(|p| p != current || current == Class::Mark);
        if breaks {
            out.push(&text[start..i]);
            start = i;
        }
        previous = Some(current);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The word-level difference from `old` to `new`, as spans in reading order.
///
/// Within each changed stretch, deletions come before insertions, and a lone space between
/// two changes is folded into them, so that "the old words" → "two new words" reads as one
/// struck phrase followed by one inserted phrase rather than a word-by-word interleaving.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffSpan> {
    let old_tokens = tokens(old);
    let new_tokens = tokens(new);
    let raw: Vec<(ChangeTag, String)> = similar::utils::diff_slices(Algorithm::Patience, &old_tokens, &new_tokens)
        .into_iter()
        .map(|(tag, slice)| (tag, slice.concat()))
        .collect();
    let mut spans: Vec<DiffSpan> = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    for (i, (tag, text)) in raw.iter().enumerate() {
        match tag {
            ChangeTag::Delete => deleted.push_str(text),
            ChangeTag::Insert => inserted.push_str(text),
            ChangeTag::Equal => {
                let changed_before = !deleted.is_empty() || !inserted.is_empty();
                let changed_after = raw.get(i + 1).is_some_and(|(t, _)| *t != ChangeTag::Equal);
                let only_space = text.chars().all(char::is_whitespace);
                if changed_before && changed_after && only_space {
                    deleted.push_str(text);
                    inserted.push_str(text);
                    continue;
                }
                flush(&mut spans, &mut deleted, &mut inserted);
                push(&mut spans, SpanKind::Equal, text);
            }
        }
    }
    flush(&mut spans, &mut deleted, &mut inserted);
    spans
}

fn flush(spans: &mut Vec<DiffSpan>, deleted: &mut String, inserted: &mut String) {
    push(spans, SpanKind::Delete, deleted);
    push(spans, SpanKind::Insert, inserted);
    deleted.clear();
    inserted.clear();
}

fn push(spans: &mut Vec<DiffSpan>, kind: SpanKind, text: &str) {
    if text.is_empty() {
        return;
    }
    match spans.last_mut() {
        Some(last) if last.kind == kind => last.text.push_str(text),
        _ => spans.push(DiffSpan { kind, text: text.to_owned() }),
    }
}

/// Whether the diff changes anything.
pub fn has_changes(spans: &[DiffSpan]) -> bool {
    spans.iter().any(|s| s.kind != SpanKind::Equal)
}

/// A diff as one line of text: deleted words in `[-…-]`, inserted words in `{+…+}` (wdiff's
/// notation), for terminals and logs.
pub fn wdiff(spans: &[DiffSpan]) -> String {
    spans
        .iter()
        .map(|s| match s.kind {
            SpanKind::Equal => s.text.clone(),
            SpanKind::Delete => format!("[-{}-]", s.text),
            SpanKind::Insert => format!("{{+{}+}}", s.text),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(spans: &[DiffSpan], skip: SpanKind) -> String {
        spans.iter().filter(|s| s.kind != skip).map(|s| s.text.as_str()).collect()
    }

    fn show(spans: &[DiffSpan]) -> String {
        super::wdiff(spans)
    }

    #[test]
    fn tokens_are_words_spaces_and_single_marks() {
        assert_eq!(tokens("l’équipe commune d’enquête, 2025!"), [
            "l", "’", "équipe", " ", "commune", " ", "d", "’", "enquête", ",", " ", "2025", "!"
        ]);
        assert_eq!(tokens("a  b\n"), ["a", "  ", "b", "\n"]);
        assert_eq!(tokens("?!"), ["?", "!"], "marks never run together");
        assert!(tokens("").is_empty());
    }

    #[test]
    fn a_changed_word_is_struck_and_its_replacement_inserted() {
        let spans = word_diff("Opening session", "Opening ceremony");
        assert_eq!(show(&spans), "Opening [-session-]{+ceremony+}");
    }

    #[test]
    fn both_versions_can_be_rebuilt_from_the_spans() {
        let old = "Prevention of trafficking in persons, and protection of victims.";
        let new = "Prevention of trafficking in human beings and the protection of its victims!";
        let spans = word_diff(old, new);
        assert_eq!(side(&spans, SpanKind::Insert), old, "equal + deleted spans give the old text");
        assert_eq!(side(&spans, SpanKind::Delete), new, "equal + inserted spans give the new text");
        assert!(has_changes(&spans));
    }

    #[test]
    fn a_changed_phrase_reads_as_one_struck_and_one_inserted_run() {
        let spans = word_diff("Welcome by the host", "Remarks of the co-chairs");
        assert_eq!(show(&spans), "[-Welcome by-]{+Remarks of+} the [-host-]{+co-chairs+}");
    }

    #[test]
    fn insertions_and_deletions_alone() {
        assert_eq!(show(&word_diff("Joint meeting", "Joint thematic meeting")), "Joint {+thematic +}meeting");
        assert_eq!(show(&word_diff("Joint thematic meeting", "Joint meeting")), "Joint [-thematic -]meeting");
        assert_eq!(show(&word_diff("", "New")), "{+New+}");
        assert_eq!(show(&word_diff("Old", "")), "[-Old-]");
    }

    #[test]
    fn equal_texts_have_no_changes() {
        let spans = word_diff("Séance d’ouverture", "Séance d’ouverture");
        assert_eq!(spans, [DiffSpan { kind: SpanKind::Equal, text: "Séance d’ouverture".into() }]);
        assert!(!has_changes(&spans));
        assert!(word_diff("", "").is_empty());
    }

    #[test]
    fn punctuation_changes_are_their_own_spans() {
        assert_eq!(show(&word_diff("Closing remarks.", "Closing remarks!")), "Closing remarks[-.-]{+!+}");
    }

    #[test]
    fn kinds_serialise_as_the_ui_expects() {
        let json = serde_json::to_string(&DiffSpan { kind: SpanKind::Insert, text: "x".into() }).expect("serialises");
        assert_eq!(json, r#"{"kind":"insert","text":"x"}"#);
    }
}
