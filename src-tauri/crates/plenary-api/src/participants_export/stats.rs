//! The statistics tables of a meeting: the store's counts (M49 regions, roles, gender,
//! totals) and what the list of participants gives (participants by country, by delegation
//! category, attendance), labelled in one language, with the headline in both.

use super::assemble;
use plenary_core::participant_list::ParticipantList;
use plenary_core::protocol::ProtocolOrder;
use plenary_core::stats::{Count, MeetingStats, headline};
use plenary_core::{Id, Lang};
use plenary_export::stats_tables::{StatsTable, StatsTables};
use plenary_store::{Db, StoreError};

/// The tables of `meeting_id`, labelled in `lang`.
pub(crate) fn tables(db: &Db<'_>, meeting_id: &Id, lang: Lang) -> Result<StatsTables, StoreError> {
    let stats = db.meeting_stats(meeting_id, lang)?;
    let list = assemble::list(db, meeting_id, &ProtocolOrder::UnListing(lang), lang)?;
    let title = |en: &str, fr: &str| lang.pick(en, fr).to_owned();
    let tables = vec![
        StatsTable { title: title("By country", "Par pays"), rows: by_country(&list) },
        StatsTable { title: title("Delegations by M49 region", "Délégations par région M49"), rows: stats.delegations_by_region.clone() },
        StatsTable { title: title("Delegations by M49 sub-region", "Délégations par sous-région M49"), rows: stats.delegations_by_subregion.clone() },
        StatsTable { title: title("By delegation category", "Par catégorie de délégation"), rows: by_category(&list) },
        StatsTable { title: title("By role", "Par rôle"), rows: stats.participants_by_role.clone() },
        StatsTable { title: title("By gender", "Par genre"), rows: by_gender(&stats, lang) },
        StatsTable { title: title("Attendance", "Présence"), rows: attendance(&list, lang) },
    ];
    Ok(StatsTables {
        lang,
        date: list.header.start_date,
        headline_en: headline(&stats, Lang::En),
        headline_fr: headline(&stats, Lang::Fr),
        totals: totals(&stats, lang),
        tables,
    })
}

/// Participants of each state's delegation, largest first, then in list order (the
/// language's collation).
fn by_country(list: &ParticipantList) -> Vec<Count> {
    let mut rows: Vec<Count> = list
        .delegations()
        .filter_map(|d| d.country.as_ref().map(|code| Count { key: code.clone(), label: d.name(list.lang).to_owned(), count: d.people.len() as u64 }))
        .filter(|c| c.count > 0)
        .collect();
    rows.sort_by_key(|c| std::cmp::Reverse(c.count));
    rows
}

/// Participants of each UN listing group, in listing order.
fn by_category(list: &ParticipantList) -> Vec<Count> {
    list.groups
        .iter()
        .map(|g| Count {
            key: g.category.as_str().to_owned(),
            label: g.category.label(list.lang).to_owned(),
            count: g.delegations.iter().map(|d| d.people.len() as u64).sum(),
        })
        .collect()
}

fn by_gender(stats: &MeetingStats, lang: Lang) -> Vec<Count> {
    let g = &stats.gender;
    [("female", "Women", "Femmes", g.female), ("male", "Men", "Hommes", g.male), ("other", "Other", "Autre", g.other), ("unknown", "Not recorded", "Non renseigné", g.unknown)]
        .into_iter()
        .map(|(key, en, fr, count)| Count { key: key.to_owned(), label: lang.pick(en, fr).to_owned(), count })
        .collect()
}

fn attendance(list: &ParticipantList, lang: Lang) -> Vec<Count> {
    let attended = list.people().filter(|(_, p)| p.attended).count() as u64;
    let registered = list.people().filter(|(_, p)| p.registered).count() as u64;
    let total = list.len() as u64;
    vec![
        Count { key: "attended".into(), label: lang.pick("Attended", "Présents").into(), count: attended },
        Count { key: "absent".into(), label: lang.pick("Did not attend", "Absents").into(), count: total - attended },
        Count { key: "registered".into(), label: lang.pick("Registered on site", "Enregistrés sur place").into(), count: registered },
    ]
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
