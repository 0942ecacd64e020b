//! The statistics screen's figures for the demo meeting, each checked against SQL.

use crate::host::{host, sql_count};
use plenary_api::{Lang, StatsArgs};

#[test]
fn the_demos_figures_by_country_attendance_and_category_are_the_rows_counts() {
    let (dir, api) = host();
    let demo = api.demo().expect("the demo loads");
    let m = demo.meeting_id.as_str();
    let fr = api.meeting_stats(StatsArgs { meeting_id: demo.meeting_id.clone(), lang: Some(Lang::Fr) }).expect("stats");
    let s = &fr.stats;
    assert_eq!(s.participants_by_country.len() as u64, s.countries, "one row per country with a delegation");
    let nigeria = s.participants_by_country.iter().find(|c| c.key == "NG").expect("Nigeria hosts");
    assert_eq!(nigeria.count, sql_count(&dir, "SELECT count(*) FROM participants p JOIN delegations d ON d.id = p.delegation_id WHERE p.meeting_id = ? AND d.country = 'NG'", [m]));
    assert!(s.participants_by_country.windows(2).all(|w| w[0].count >= w[1].count), "largest first");
    assert!(s.participants_by_country.iter().any(|c| c.label == "Allemagne"), "country names in French");
    assert_eq!(s.registered, sql_count(&dir, "SELECT count(*) FROM participants WHERE meeting_id = ? AND registered = 1", [m]));
    assert_eq!(s.attended, sql_count(&dir, "SELECT count(*) FROM participants WHERE meeting_id = ? AND attended = 1", [m]));
    assert_eq!(s.badges_printed, sql_count(&dir, "SELECT count(*) FROM participants WHERE meeting_id = ? AND badge_printed = 1", [m]));
    let by_category: u64 = s.participants_by_category.iter().map(|c| c.count).sum();
    assert_eq!(by_category, s.representatives, "every representative is in one category");
    let by_gender: u64 = s.gender_by_category.iter().map(|g| g.gender.female + g.gender.male + g.gender.other + g.gender.unknown).sum();
    assert_eq!(by_gender, s.representatives, "and in one category's gender balance");
    assert_eq!(s.participants_by_category[0].key, "member_state", "member states first, as in the UN list");
}
