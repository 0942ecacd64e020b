//! The `<file>` of an XLIFF 2.0 document: its groups, units, segments and their texts.

use super::cursor::{Cursor, Element, Node};
use super::{TranslatedUnit, XliffError, error, ids};
use plenary_core::TranslationState;
use std::collections::HashMap;

/// The meeting id and the units of the `<file>` just started.
pub fn file(cursor: &mut Cursor<'_>, element: &Element) -> Result<(String, Vec<TranslatedUnit>), XliffError> {
    let Some(raw) = element.attribute("id") else {
        return Err(element.error("<file> has no id: Plenary reads the meeting from it"));
    };
    let meeting_id = ids::decode(raw).ok_or_else(|| element.error(format!("the <file> id {raw:?} was not written by Plenary")))?;
    let mut units = Units::default();
    container(cursor, &mut units)?;
    Ok((meeting_id, units.list))
}

/// The units read so far, and the line of each id, to name both places of a duplicate.
#[derive(Default)]
struct Units {
    list: Vec<TranslatedUnit>,
    lines: HashMap<String, usize>,
}

/// The content of a `<file>` or `<group>`, up to its end.
fn container(cursor: &mut Cursor<'_>, units: &mut Units) -> Result<(), XliffError> {
    loop {
        match cursor.next()? {
            (_, Node::Start(e)) if e.is("unit") => {
                let unit = unit(cursor, &e)?;
                if let Some(first) = units.lines.insert(unit.id.clone(), unit.line) {
                    return Err(e.error(format!("the unit {} appears twice (first on line {first})", unit.id)));
                }
                units.list.push(unit);
            }
            (_, Node::Start(e)) if e.is("group") => container(cursor, units)?,
            (_, Node::Start(e)) if e.is("notes") || e.is("skeleton") => cursor.skip()?,
            (_, Node::Start(e)) if e.is_core() => return Err(e.error(format!("<{}> is not allowed here", e.name))),
            (_, Node::Start(_)) => cursor.skip()?,
            (_, Node::Text(t)) if t.trim().is_empty() => {}
            (line, Node::Text(_)) => return Err(error(line, "text outside any unit")),
            (_, Node::End) => return Ok(()),
            (_, Node::Eof) => return Err(cursor.unexpected_end()),
        }
    }
}

/// A `<segment>` or an `<ignorable>` of a unit.
struct Part {
    segment: bool,
    source: Option<String>,
    target: Option<String>,
    state: Option<TranslationState>,
    line: usize,
}

/// The `<unit>` just started.
fn unit(cursor: &mut Cursor<'_>, element: &Element) -> Result<TranslatedUnit, XliffError> {
    let Some(raw) = element.attribute("id") else {
        return Err(element.error("a <unit> has no id"));
    };
    let id = ids::decode(raw).ok_or_else(|| element.error(format!("the unit id {raw:?} was not written by Plenary")))?;
    let mut parts = Vec::new();
    loop {
        match cursor.next()? {
            (_, Node::Start(e)) if e.is("segment") || e.is("ignorable") => parts.push(part(cursor, &e, &id)?),
            (_, Node::Start(e)) if e.is("notes") || e.is("originalData") => cursor.skip()?,
            (_, Node::Start(e)) if e.is_core() => return Err(e.error(format!("<{}> is not allowed in a unit", e.name))),
            (_, Node::Start(_)) => cursor.skip()?,
            (_, Node::Text(t)) if t.trim().is_empty() => {}
            (line, Node::Text(_)) => return Err(error(line, format!("unit {id}: text outside its segments"))),
            (_, Node::End) => break,
            (_, Node::Eof) => return Err(cursor.unexpected_end()),
        }
    }
    join(id, element.line, &parts)
}

/// One text of the unit from its parts: sources joined, targets joined when every segment
/// has one, the lowest state.
fn join(id: String, line: usize, parts: &[Part]) -> Result<TranslatedUnit, XliffError> {
    if !parts.iter().any(|p| p.segment) {
        return Err(error(line, format!("unit {id} has no <segment>, so no source")));
    }
    let mut source = String::new();
    for part in parts {
        match &part.source {
            Some(text) => source.push_str(text),
            None => return Err(error(part.line, format!("unit {id} has a segment without <source>"))),
        }
    }
    if source.trim().is_empty() {
        return Err(error(line, format!("unit {id} has an empty source")));
    }
    let segments: Vec<&Part> = parts.iter().filter(|p| p.segment).collect();
    let translated = segments.iter().filter(|p| p.target.is_some()).count();
    if translated > 0 && translated < segments.len() {
        let untranslated = segments.iter().find(|p| p.target.is_none()).map_or(line, |p| p.line);
        return Err(error(untranslated, format!("unit {id} is partly translated: this segment has no <target>")));
    }
    let target: String = if translated == 0 {
        String::new()
    } else {
        // White space between segments travels in <ignorable>, translated or not.
        parts.iter().filter_map(|p| p.target.as_deref().or(if p.segment { None } else { p.source.as_deref() })).collect()
    };
    let claimed = segments.iter().filter_map(|p| p.state).min().unwrap_or(TranslationState::Draft);
    let state = if target.trim().is_empty() {
        if claimed > TranslationState::Draft {
            let at = segments.iter().find(|p| p.state == Some(claimed)).map_or(line, |p| p.line);
            return Err(error(at, format!("unit {id} is marked {} but has no translation", xliff_state(claimed))));
        }
        TranslationState::Missing
    } else {
        claimed
    };
    Ok(TranslatedUnit { id, source, target, state, line })
}

fn xliff_state(state: TranslationState) -> &'static str {
    match state {
        TranslationState::Missing | TranslationState::Draft => "initial",
        TranslationState::Translated => "translated",
        TranslationState::Reviewed => "reviewed",
        TranslationState::Final => "final",
    }
}

/// The `<segment>` or `<ignorable>` just started.
fn part(cursor: &mut Cursor<'_>, element: &Element, id: &str) -> Result<Part, XliffError> {
    let segment = element.name == "segment";
    let state = match element.attribute("state") {
        Some(_) if !segment => return Err(element.error(format!("unit {id}: an <ignorable> has no state"))),
        None => None,
        Some("initial") => Some(TranslationState::Draft),
        Some("translated") => Some(TranslationState::Translated),
        Some("reviewed") => Some(TranslationState::Reviewed),
        Some("final") => Some(TranslationState::Final),
        Some(other) => {
            return Err(
                element.error(format!("unit {id}: the state {other:?} is not an XLIFF 2.0 state (initial, translated, reviewed, final)"))
            );
        }
    };
    let mut part = Part { segment, source: None, target: None, state, line: element.line };
    loop {
        match cursor.next()? {
            (_, Node::Start(e)) if e.is("source") || e.is("target") => {
                let slot = if e.name == "source" { &mut part.source } else { &mut part.target };
                if slot.is_some() {
                    return Err(e.error(format!("unit {id}: a second <{}> in one segment", e.name)));
                }
                *slot = Some(content(cursor, &e, id)?);
            }
            (_, Node::Start(e)) if e.is_core() => {
                return Err(e.error(format!("unit {id}: <{}> is not allowed in a <{}>", e.name, element.name)));
            }
            (_, Node::Start(_)) => cursor.skip()?,
            (_, Node::Text(t)) if t.trim().is_empty() => {}
            (line, Node::Text(_)) => return Err(error(line, format!("unit {id}: text outside <source> and <target>"))),
            (_, Node::End) => return Ok(part),
            (_, Node::Eof) => return Err(cursor.unexpected_end()),
        }
    }
}

/// The text of the `<source>` or `<target>` just started. `<cp hex>` (a character XML cannot
/// hold) is decoded; any other inline element is refused rather than dropped.
fn content(cursor: &mut Cursor<'_>, element: &Element, id: &str) -> Result<String, XliffError> {
    let mut text = String::new();
    loop {
        match cursor.next()? {
            (_, Node::Text(t)) => text.push_str(&t),
            (_, Node::Start(e)) if e.is("cp") => {
                let hex = e.attribute("hex").unwrap_or_default();
                let c = u32::from_str_radix(hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| e.error(format!("unit {id}: <cp hex={hex:?}> is not a character")))?;
                text.push(c);
                match cursor.next()? {
                    (_, Node::End) => {}
                    (line, _) => return Err(error(line, format!("unit {id}: <cp> must be empty"))),
                }
            }
            (_, Node::Start(e)) => {
                return Err(e.error(format!(
                    "unit {id}: the {} holds inline markup <{}> (a tag or placeholder from the translation tool), \
                     which Plenary's plain texts cannot keep; remove it and send the file again",
                    element.name, e.name
                )));
            }
            (_, Node::End) => return Ok(text),
            (_, Node::Eof) => return Err(cursor.unexpected_end()),
        }
    }
}
