//! Escaping text for HTML: every text of an HTML document goes through [`escape`] before it is
//! written, in element content and in attribute values alike.

/// `text` with `& < > " '` replaced by character references, so that it can stand in
/// element content or in a quoted attribute value and always reads as text.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_reads_as_text() {
        assert_eq!(escape("<script>alert('x')</script>"), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assert_eq!(escape("a \"b\" & c"), "a &quot;b&quot; &amp; c");
    }

    #[test]
    fn references_are_escaped_again_not_trusted() {
        assert_eq!(escape("&amp; &#60;"), "&amp;amp; &amp;#60;");
    }

    #[test]
    fn other_text_is_untouched() {
        assert_eq!(escape("Prévention\u{202f}: « 4P »"), "Prévention\u{202f}: « 4P »");
    }
}
