//! Reference data of every ISO 3166-1 country or area: codes, English and
//! French names, UN status and UN M49 geographic regions.
//!
//! The data is embedded at compile time from `data/countries.csv` and
//! `data/m49_regions.csv` (see `data/SOURCES.md` for where each column comes
//! from, and `data/generate_countries.py` to regenerate them). It is parsed
//! once, on first use, and lives for the whole process: no file is read at
//! run time.

use std::borrow::Cow;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

const COUNTRIES_CSV: &str = include_str!("../data/countries.csv");
const M49_REGIONS_CSV: &str = include_str!("../data/m49_regions.csv");

const COUNTRY_HEADER: [&str; 11] = [
    "alpha2",
    "alpha3",
    "numeric",
    "name_en",
    "name_fr",
    "formal_en",
    "formal_fr",
    "un_status",
    "region",
    "subregion",
    "intermediate_region",
];
const M49_HEADER: [&str; 3] = ["code", "name_en", "name_fr"];

/// UN status of a state, for the UN listing order (member states, then non-member states).
///
/// The variants are declared, and ordered, in that listing order:
/// `Member < Observer < None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum UnStatus {
    /// A member state of the United Nations (193).
    Member,
    /// A non-member observer state of the General Assembly (the Holy See and
    /// the State of Palestine).
    Observer,
    /// Neither: a territory, a dependency or another area with an ISO code.
    None,
}

/// One ISO 3166-1 country or area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, upper case (`"NG"`).
    pub alpha2: &'static str,
    /// ISO 3166-1 alpha-3 code, upper case (`"NGA"`).
    pub alpha3: &'static str,
    /// ISO 3166-1 numeric code (= UN M49 code), three digits with leading zeros (`"566"`).
    pub numeric: &'static str,
    /// Short name in English, as CLDR gives it (`"Côte d’Ivoire"`).
    pub name_en: &'static str,
    /// Short name in French, as CLDR gives it (`"Égypte"`).
    pub name_fr: &'static str,
    /// Official (formal) name in English, where iso-codes has one.
    pub formal_en: Option<&'static str>,
    /// Official (formal) name in French, where iso-codes has one.
    pub formal_fr: Option<&'static str>,
    /// UN membership status.
    pub un_status: UnStatus,
    /// UN M49 region code (`"002"` Africa); `None` for Antarctica only.
    pub region: Option<&'static str>,
    /// UN M49 sub-region code (`"202"` Sub-Saharan Africa); `None` for Antarctica only.
    pub subregion: Option<&'static str>,
    /// UN M49 intermediate region code (`"011"` Western Africa), where the
    /// sub-region is divided further.
    pub intermediate_region: Option<&'static str>,
}

impl Country {
    /// Short name in French when `lang_is_french`, else in English.
    pub fn name(&self, lang_is_french: bool) -> &'static str {
        if lang_is_french {
            self.name_fr
        } else {
            self.name_en
        }
    }
}

/// A UN M49 region, sub-region or intermediate region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct M49Region {
    /// Three-digit M49 code (`"202"`).
    pub code: &'static str,
    /// English name as UNSD publishes it (`"Sub-Saharan Africa"`).
    pub name_en: &'static str,
    /// French name as UNSD publishes it (`"Afrique subsaharienne"`).
    pub name_fr: &'static str,
}

/// Every ISO 3166-1 country or area (249), sorted by alpha-2 code.
pub fn countries() -> &'static [Country] {
    static COUNTRIES: OnceLock<Vec<Country>> = OnceLock::new();
    COUNTRIES.get_or_init(|| {
        parse_countries(COUNTRIES_CSV).expect("embedded data/countries.csv is valid (unit-tested)")
    })
}

/// The country with this alpha-2, alpha-3 or numeric code, case-insensitively
/// (`"ng"`, `"NGA"` and `"566"` all give Nigeria). Surrounding whitespace is ignored.
pub fn country(code: &str) -> Option<&'static Country> {
    let code = code.trim();
    countries().iter().find(|c| {
        c.alpha2.eq_ignore_ascii_case(code)
            || c.alpha3.eq_ignore_ascii_case(code)
            || c.numeric == code
    })
}

/// Every M49 region, sub-region and intermediate region that some country
/// uses, sorted by code.
pub fn m49_regions() -> &'static [M49Region] {
    static REGIONS: OnceLock<Vec<M49Region>> = OnceLock::new();
    REGIONS.get_or_init(|| {
        parse_m49_regions(M49_REGIONS_CSV)
            .expect("embedded data/m49_regions.csv is valid (unit-tested)")
    })
}

/// The M49 region with this three-digit code (`"002"`), if any country uses it.
pub fn m49_region(code: &str) -> Option<&'static M49Region> {
    let code = code.trim();
    m49_regions().iter().find(|r| r.code == code)
}

/// An error in embedded CSV data.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
enum CsvError {
    #[error("line {line}: unterminated quoted field")]
    UnterminatedQuote { line: usize },
    #[error("line {line}: unexpected character after a closing quote")]
    AfterQuote { line: usize },
    #[error("line {line}: quote inside an unquoted field")]
    QuoteInField { line: usize },
    #[error("header is {found:?}, expected {expected:?}")]
    Header {
        found: Vec<String>,
        expected: Vec<String>,
    },
    #[error("line {line}: {found} fields, expected {expected}")]
    FieldCount {
        line: usize,
        found: usize,
        expected: usize,
    },
    #[error("line {line}: unknown UN status {value:?}")]
    UnStatus { line: usize, value: String },
    #[error("line {line}: empty required field {field}")]
    Empty { line: usize, field: &'static str },
}

/// One parsed record and the line it starts on.
type Record<'a> = (usize, Vec<Cow<'a, str>>);

/// Parses RFC 4180 text: comma-separated fields, records ended by LF or CRLF,
/// fields optionally in double quotes, inside which commas, line breaks and
/// doubled quotes (`""` for `"`) are allowed. Empty lines are skipped.
/// Fields borrow from `text` unless they contain a doubled quote.
fn parse_csv(text: &str) -> Result<Vec<Record<'_>>, CsvError> {
    let bytes = text.as_bytes();
    let mut records = Vec::new();
    let mut fields: Vec<Cow<'_, str>> = Vec::new();
    let mut pos = 0;
    let mut line = 1;
    let mut record_line = 1;
    // Only ASCII bytes (`"`, `,`, CR, LF) are ever compared, so every slice
    // boundary below falls on a UTF-8 character boundary.
    loop {
        if fields.is_empty() {
            record_line = line;
        }
        let field: Cow<'_, str> = if bytes.get(pos) == Some(&b'"') {
            let start = pos + 1;
            let mut i = start;
            let mut owned: Option<String> = None;
            let mut chunk_start = start;
            loop {
                match bytes.get(i) {
                    None => return Err(CsvError::UnterminatedQuote { line: record_line }),
                    Some(b'"') if bytes.get(i + 1) == Some(&b'"') => {
                        let s = owned.get_or_insert_with(String::new);
                        s.push_str(&text[chunk_start..=i]);
                        i += 2;
                        chunk_start = i;
                    }
                    Some(b'"') => break,
                    Some(b'\n') => {
                        line += 1;
                        i += 1;
                    }
                    Some(_) => i += 1,
                }
            }
            pos = i + 1;
            match bytes.get(pos) {
                None | Some(b',' | b'\n') => {}
                Some(b'\r') if bytes.get(pos + 1) == Some(&b'\n') => {}
                Some(_) => return Err(CsvError::AfterQuote { line }),
            }
            match owned {
                Some(mut s) => {
                    s.push_str(&text[chunk_start..i]);
                    Cow::Owned(s)
                }
                None => Cow::Borrowed(&text[start..i]),
            }
        } else {
            let start = pos;
            while let Some(&b) = bytes.get(pos) {
                match b {
                    b',' | b'\n' => break,
                    b'\r' if bytes.get(pos + 1) == Some(&b'\n') => break,
                    b'"' => return Err(CsvError::QuoteInField { line }),
                    _ => pos += 1,
                }
            }
            Cow::Borrowed(&text[start..pos])
        };
        fields.push(field);
        match bytes.get(pos) {
            Some(b',') => pos += 1,
            end => {
                // End of record: LF, CRLF or end of text.
                let is_blank_line = fields.len() == 1 && fields[0].is_empty();
                let record = std::mem::take(&mut fields);
                if !is_blank_line {
                    records.push((record_line, record));
                }
                match end {
                    None => break,
                    Some(b'\r') => pos += 2,
                    Some(_) => pos += 1,
                }
                line += 1;
                if pos >= bytes.len() {
                    break;
                }
            }
        }
    }
    Ok(records)
}

/// Turns a parsed field of the embedded text into a `&'static str`. A field
/// that borrows the embedded text is returned as is. A field that had to be
/// unescaped (it contained a doubled quote; the current data has none) is
/// moved to the heap for the rest of the process: this happens only while a
/// `OnceLock` initialises, so at most once per such field.
fn into_static(field: Cow<'static, str>) -> &'static str {
    match field {
        Cow::Borrowed(s) => s,
        Cow::Owned(s) => Box::leak(s.into_boxed_str()),
    }
}

fn check_header(records: &[Record<'_>], expected: &[&str]) -> Result<(), CsvError> {
    let found: Vec<&str> = records
        .first()
        .map(|(_, fields)| fields.iter().map(|f| f.as_ref()).collect())
        .unwrap_or_default();
    if found != expected {
        return Err(CsvError::Header {
            found: found.iter().map(|s| (*s).to_owned()).collect(),
            expected: expected.iter().map(|s| (*s).to_owned()).collect(),
        });
    }
    Ok(())
}

/// Splits the records after the header into their `&'static str` fields,
/// checking that each has `width` fields.
fn static_rows(
    records: Vec<Record<'static>>,
    width: usize,
) -> Result<Vec<(usize, Vec<&'static str>)>, CsvError> {
    records
        .into_iter()
        .skip(1)
        .map(|(line, fields)| {
            if fields.len() != width {
                return Err(CsvError::FieldCount {
                    line,
                    found: fields.len(),
                    expected: width,
                });
            }
            Ok((line, fields.into_iter().map(into_static).collect()))
        })
        .collect()
}

fn required(
    value: &'static str,
    line: usize,
    field: &'static str,
) -> Result<&'static str, CsvError> {
    if value.is_empty() {
        Err(CsvError::Empty { line, field })
    } else {
        Ok(value)
    }
}

fn optional(value: &'static str) -> Option<&'static str> {
    (!value.is_empty()).then_some(value)
}

fn parse_countries(text: &'static str) -> Result<Vec<Country>, CsvError> {
    let records = parse_csv(text)?;
    check_header(&records, &COUNTRY_HEADER)?;
    static_rows(records, COUNTRY_HEADER.len())?
        .into_iter()
        .map(|(line, f)| {
            let un_status = match f[7] {
                "member" => UnStatus::Member,
                "observer" => UnStatus::Observer,
                "none" => UnStatus::None,
                other => {
                    return Err(CsvError::UnStatus {
                        line,
                        value: other.to_owned(),
                    });
                }
            };
            Ok(Country {
                alpha2: required(f[0], line, "alpha2")?,
                alpha3: required(f[1], line, "alpha3")?,
                numeric: required(f[2], line, "numeric")?,
                name_en: required(f[3], line, "name_en")?,
                name_fr: required(f[4], line, "name_fr")?,
                formal_en: optional(f[5]),
                formal_fr: optional(f[6]),
                un_status,
                region: optional(f[8]),
                subregion: optional(f[9]),
                intermediate_region: optional(f[10]),
            })
        })
        .collect()
}

fn parse_m49_regions(text: &'static str) -> Result<Vec<M49Region>, CsvError> {
    let records = parse_csv(text)?;
    check_header(&records, &M49_HEADER)?;
    static_rows(records, M49_HEADER.len())?
        .into_iter()
        .map(|(line, f)| {
            Ok(M49Region {
                code: required(f[0], line, "code")?,
                name_en: required(f[1], line, "name_en")?,
                name_fr: required(f[2], line, "name_fr")?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    fn get(code: &str) -> &'static Country {
        country(code).expect("country exists")
    }

    #[test]
    fn has_every_iso_3166_1_entry() {
        assert_eq!(countries().len(), 249);
    }

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut a2 = HashSet::new();
        let mut a3 = HashSet::new();
        let mut num = HashSet::new();
        for c in countries() {
            assert!(a2.insert(c.alpha2), "duplicate alpha2 {}", c.alpha2);
            assert!(a3.insert(c.alpha3), "duplicate alpha3 {}", c.alpha3);
            assert!(num.insert(c.numeric), "duplicate numeric {}", c.numeric);
            assert!(c.alpha2.len() == 2 && c.alpha2.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(c.alpha3.len() == 3 && c.alpha3.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(c.numeric.len() == 3 && c.numeric.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn un_status_counts() {
        let count = |s| countries().iter().filter(|c| c.un_status == s).count();
        assert_eq!(count(UnStatus::Member), 193);
        assert_eq!(count(UnStatus::Observer), 2);
        assert_eq!(get("VA").un_status, UnStatus::Observer);
        assert_eq!(get("PS").un_status, UnStatus::Observer);
        assert_eq!(get("TW").un_status, UnStatus::None);
        assert!(UnStatus::Member < UnStatus::Observer && UnStatus::Observer < UnStatus::None);
    }

    #[test]
    fn un_status_serde_is_snake_case() {
        let json = serde_json::to_string(&UnStatus::Observer).expect("serialises");
        assert_eq!(json, "\"observer\"");
        let back: UnStatus = serde_json::from_str("\"none\"").expect("deserialises");
        assert_eq!(back, UnStatus::None);
    }

    #[test]
    fn every_country_but_antarctica_has_a_region() {
        for c in countries() {
            if c.alpha2 == "AQ" {
                assert_eq!(
                    (c.region, c.subregion, c.intermediate_region),
                    (None, None, None)
                );
            } else {
                assert!(c.region.is_some(), "{} has no region", c.alpha2);
                assert!(c.subregion.is_some(), "{} has no sub-region", c.alpha2);
            }
        }
    }

    #[test]
    fn every_region_code_used_exists() {
        let mut used = HashSet::new();
        for c in countries() {
            for code in [c.region, c.subregion, c.intermediate_region]
                .into_iter()
                .flatten()
            {
                assert!(
                    m49_region(code).is_some(),
                    "{}: unknown M49 code {code}",
                    c.alpha2
                );
                used.insert(code);
            }
        }
        // ...and every listed region is used by some country.
        assert_eq!(used.len(), m49_regions().len());
        assert!(
            m49_regions()
                .iter()
                .all(|r| r.code.len() == 3 && !r.name_fr.is_empty())
        );
    }

    #[test]
    fn spot_checks() {
        let ng = get("NG");
        assert_eq!(
            (ng.alpha3, ng.numeric, ng.name_en),
            ("NGA", "566", "Nigeria")
        );
        assert_eq!(
            (ng.region, ng.subregion, ng.intermediate_region),
            (Some("002"), Some("202"), Some("011"))
        );
        assert_eq!(ng.un_status, UnStatus::Member);

        let fr = get("FR");
        assert_eq!((fr.name_en, fr.name_fr), ("France", "France"));
        assert_eq!(fr.formal_fr, Some("République française"));
        assert_eq!(
            (fr.region, fr.subregion, fr.intermediate_region),
            (Some("150"), Some("155"), None)
        );

        let ci = get("CI");
        assert_eq!(ci.name(false), "Côte d’Ivoire");
        assert_eq!(ci.name(true), "Côte d’Ivoire");

        assert_eq!(get("EG").name(true), "Égypte");
        assert_eq!(get("CD").name_fr, "République démocratique du Congo");
        assert_eq!(get("GB").name_fr, "Royaume-Uni");
        assert_eq!(get("US").name_fr, "États-Unis");
        assert_eq!(get("AQ").formal_en, None);
        // A quoted field with a comma in the data itself.
        assert_eq!(get("TW").formal_en, Some("Taiwan, Province of China"));
    }

    #[test]
    fn lookup_by_any_code_case_insensitively() {
        assert_eq!(get("nga").alpha2, "NG");
        assert_eq!(get("566").alpha2, "NG");
        assert_eq!(get("ng").alpha2, "NG");
        assert_eq!(get(" NGA ").alpha2, "NG");
        assert_eq!(get("004").alpha2, "AF");
        assert!(country("XX").is_none());
        assert!(country("").is_none());
        assert!(country("66").is_none());
    }

    #[test]
    fn m49_region_lookup() {
        let r = m49_region("202").expect("202 exists");
        assert_eq!(r.name_en, "Sub-Saharan Africa");
        assert_eq!(r.name_fr, "Afrique subsaharienne");
        assert_eq!(m49_region("150").map(|r| r.name_fr), Some("Europe"));
        assert!(m49_region("001").is_none());
    }

    #[test]
    fn parser_handles_quoted_commas_doubled_quotes_and_line_breaks() {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n\nlast,\"\",z";
        let records = parse_csv(text).expect("valid csv");
        let rows: Vec<Vec<&str>> = records
            .iter()
            .map(|(_, f)| f.iter().map(|s| s.as_ref()).collect())
            .collect();
        assert_eq!(
            rows,
            vec![
                vec!["a", "b", "c"],
                vec!["x, y", "say \"hi\"", "two\nlines"],
                vec!["", "", ""],
                vec!["last", "", "z"],
            ]
        );
        // Quoted fields without doubled quotes borrow the text.
        assert!(matches!(records[1].1[0], Cow::Borrowed("x, y")));
        assert!(matches!(records[1].1[1], Cow::Owned(_)));
        // Line numbers follow embedded line breaks.
        assert_eq!(
            records.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
            vec![1, 2, 4, 6]
        );
    }

    #[test]
    fn parser_rejects_malformed_input() {
        assert_eq!(
            parse_csv("a,\"open\n"),
            Err(CsvError::UnterminatedQuote { line: 1 })
        );
        assert_eq!(parse_csv("\"a\"b\n"), Err(CsvError::AfterQuote { line: 1 }));
        assert_eq!(
            parse_csv("a\nb\"c\n"),
            Err(CsvError::QuoteInField { line: 2 })
        );
    }

    #[test]
    fn country_rows_are_validated() {
        let header = COUNTRY_HEADER.join(",");
        let bad_status = format!("{header}\nNG,NGA,566,Nigeria,Nigeria,,,maybe,002,202,011\n");
        let bad_status: &'static str = Box::leak(bad_status.into_boxed_str());
        assert!(matches!(
            parse_countries(bad_status),
            Err(CsvError::UnStatus { line: 2, .. })
        ));
        let short: &'static str = Box::leak(format!("{header}\nNG,NGA\n").into_boxed_str());
        assert!(matches!(
            parse_countries(short),
            Err(CsvError::FieldCount {
                line: 2,
                found: 2,
                expected: 11
            })
        ));
        assert!(matches!(
            parse_countries("x,y\n"),
            Err(CsvError::Header { .. })
        ));
        let quoted: &'static str = Box::leak(
            format!("{header}\nZZ,ZZZ,999,\"Name, with comma\",\"Nom \"\"cité\"\"\",,,none,,,\n")
                .into_boxed_str(),
        );
        let parsed = parse_countries(quoted).expect("valid");
        assert_eq!(parsed[0].name_en, "Name, with comma");
        assert_eq!(parsed[0].name_fr, "Nom \"cité\"");
        assert_eq!(parsed[0].region, None);
    }

    #[test]
    fn serialises_as_plain_strings() {
        let json = serde_json::to_value(get("FR")).expect("serialises");
        assert_eq!(json["alpha2"], "FR");
        assert_eq!(json["un_status"], "member");
        assert_eq!(json["intermediate_region"], serde_json::Value::Null);
    }
}
