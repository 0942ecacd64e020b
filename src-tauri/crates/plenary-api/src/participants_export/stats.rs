//! The statistics tables of a meeting: the store's counts (the same the statistics screen
//! shows), labelled in one language, with the headline in both.

use plenary_core::stats::{Count, MeetingStats, headline};
use plenary_core::{Id, Lang};
use plenary_export::stats_tables::{StatsTable, StatsTables};
use plenary_store::{Db, StoreError};

/// The tables of `meeting_id`, labelled in `lang`.
pub(crate) fn tables(db: &Db<'_>, meeting_id: &Id, lang: Lang) -> Result<StatsTables, StoreError> {
    let date = db.meeting(meeting_id)?.start_date;
    let stats = db.meeting_stats(meeting_id, lang)?;
    let title = |en: &str, fr: &str| lang.pick(en, fr).to_owned();
    let tables = vec![
        StatsTable { title: title("By country", "Par pays"), rows: stats.participants_by_country.clone() },
        StatsTable { title: title("Delegations by M49 region", "Délégations par région M49"), rows: stats.delegations_by_region.clone() },
        StatsTable { title: title("Delegations by M49 sub-region", "Délégations par sous-région M49"), rows: stats.delegations_by_subregion.clone() },
        StatsTable { title: title("By delegation category", "Par catégorie de délégation"), rows: stats.participants_by_category.clone() },
        StatsTable { title: title("By role", "Par rôle"), rows: stats.participants_by_role.clone() },
        StatsTable { title: title("By gender", "Par genre"), rows: by_gender(&stats, lang) },
        StatsTable { title: title("Attendance", "Présence"), rows: attendance(&stats, lang) },
    ];
    Ok(StatsTables {
        lang,
        date,
        headline_en: headline(&stats, Lang::En),
        headline_fr: headline(&stats, Lang::Fr),
        totals: totals(&stats, lang),
        tables,
    })
}

fn by_gender(stats: &MeetingStats, lang: Lang) -> Vec<Count> {
    let g = &stats.gender;
    [("female", "Women", "Femmes", g.female), ("male", "Men", "Hommes", g.male), ("other", "Other", "Autre", g.other), ("unknown", "Not recorded", "Non renseigné", g.unknown)]
        .into_iter()
        .map(|(key, en, fr, count)| Count { key: key.to_owned(), label: lang.pick(en, fr).to_owned(), count })
        .collect()
}

fn attendance(stats: &MeetingStats, lang: Lang) -> Vec<Count> {
    [
        ("registered", "Registered on site", "Enregistrés sur place", stats.registered),
        ("attended", "Attended", "Présents", stats.attended),
        ("absent", "Did not attend", "Absents", stats.representatives.saturating_sub(stats.attended)),
        ("badges_printed", "Badges printed", "Badges imprimés", stats.badges_printed),
    ]
    .into_iter()
    .map(|(key, en, fr, count)| Count { key: key.to_owned(), label: lang.pick(en, fr).to_owned(), count })
    .collect()
}

fn totals(stats: &MeetingStats, lang: Lang) -> Vec<(String, u64)> {
    [
        (lang.pick("Representatives", "Représentants"), stats.representatives),
        (lang.pick("Attended", "Présents"), stats.attended),
        (lang.pick("Countries", "Pays"), stats.countries),
        (lang.pick("Organisations", "Organisations"), stats.organisations),
        (lang.pick("Delegations", "Délégations"), stats.delegations),
        (lang.pick("Sessions", "Séances"), stats.sessions),
    ]
    .into_iter()
    .map(|(label, n)| (label.to_owned(), n))
    .collect()
}
