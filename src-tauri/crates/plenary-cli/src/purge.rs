//! `plenary purge-personal-data --meeting M`: removes the participants' emails and phones of
//! a meeting that is over, keeping its statistics, and says how many went.

use crate::agenda::print_json;
use plenary_api::{Api, Lang, MeetingArgs, PersonalDataCounts};
use std::io::Write as _;

/// Runs the purge on the meeting named by `meeting` (id or unique prefix).
pub fn run(api: &Api, json: bool, meeting: &str) -> anyhow::Result<()> {
    let meeting_id = crate::meeting_id(api, meeting)?;
    let removed = api.purge_personal_data(MeetingArgs { meeting_id })?;
    if json {
        return print_json(&removed);
    }
    writeln!(std::io::stdout().lock(), "{}", summary(removed, api.language()))?;
    Ok(())
}

/// "Removed 12 email addresses and 3 phone numbers." in `lang`.
fn summary(removed: PersonalDataCounts, lang: Lang) -> String {
    let PersonalDataCounts { emails, phones } = removed;
    match lang {
        Lang::En => format!(
            "Removed {emails} email address{} and {phones} phone number{}.",
            if emails == 1 { "" } else { "es" },
            if phones == 1 { "" } else { "s" }
        ),
        Lang::Fr => format!(
            "{emails} adresse{s1} électronique{s1} et {phones} numéro{s2} de téléphone supprimé{s3}.",
            s1 = if emails > 1 { "s" } else { "" },
            s2 = if phones > 1 { "s" } else { "" },
            s3 = if emails + phones > 1 { "s" } else { "" },
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_in_both_languages() {
        let counts = PersonalDataCounts { emails: 12, phones: 1 };
        assert_eq!(summary(counts, Lang::En), "Removed 12 email addresses and 1 phone number.");
        assert_eq!(summary(counts, Lang::Fr), "12 adresses électroniques et 1 numéro de téléphone supprimés.");
    }
}
