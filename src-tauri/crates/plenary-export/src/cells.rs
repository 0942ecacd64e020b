//! Spreadsheet cells that cannot run: a value a spreadsheet would read as a formula is
//! written as text (OWASP, "CSV injection"). A participant's name or function comes from a
//! registration form anyone could fill in; opened in Excel, `=HYPERLINK(…)` would otherwise
//! become a live link and `@SUM(…)` a computation.

/// The characters that make a spreadsheet read a cell as a formula when they open it.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `value` as a cell that shows exactly as typed: a leading apostrophe (which spreadsheets
/// take as "this is text" and do not display) before a formula trigger; other values are
/// left alone.
pub fn neutralise(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(TRIGGERS) {
        std::borrow::Cow::Owned(format!("'{value}"))
    } else {
        std::borrow::Cow::Borrowed(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_triggers_are_neutralised_and_other_values_untouched() {
        for payload in ["=HYPERLINK(\"http://x\",\"y\")", "@SUM(1+1)", "+cmd|' /C calc'!A0", "-2+3", "\t=1", "\r=1"] {
            let cell = neutralise(payload);
            assert!(cell.starts_with('\'') && cell.ends_with(payload), "{payload:?} becomes text: {cell:?}");
        }
        for value in ["Baumgartner", "Côte d’Ivoire", "a=b", "", "'quoted"] {
            assert_eq!(neutralise(value), value, "{value:?} is left as it is");
        }
    }
}
