//! Unit ids as Plenary writes them into XLIFF: XLIFF 2.0 types `id` as an XML NMTOKEN, which
//! has no `/`, so `plenary_export::xliff::encode_id` writes every character outside
//! `[A-Za-z0-9.:-]` as `_<hex code point>_`. This is the way back.

/// The Plenary id of an XLIFF id; `None` when an `_` does not open a valid character code,
/// i.e. the id was not written by Plenary.
pub fn decode(raw: &str) -> Option<String> {
    if raw.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(raw.len());
    // Between underscores, alternately: plain text, then a code.
    for (i, part) in raw.split('_').enumerate() {
        if i % 2 == 0 {
            out.push_str(part);
        } else {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            out.push(char::from_u32(u32::from_str_radix(part, 16).ok()?)?);
        }
    }
    // An even count of parts means an `_` was left open.
    if raw.split('_').count() % 2 == 0 {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn codes_between_underscores_are_characters() {
        assert_eq!(decode("0198c0de-1234_2f_title").as_deref(), Some("0198c0de-1234/title"));
        assert_eq!(decode("a_5f_b_20__e9_").as_deref(), Some("a_b é"));
        assert_eq!(decode("item:1").as_deref(), Some("item:1"));
    }

    #[test]
    fn ids_plenary_did_not_write_are_refused() {
        assert_eq!(decode("a_b"), None, "an open underscore");
        assert_eq!(decode("a__b"), None, "an empty code");
        assert_eq!(decode("a_zz_b"), None, "not hexadecimal");
        assert_eq!(decode("a_d800_b"), None, "a surrogate is not a character");
        assert_eq!(decode(""), None);
    }
}
