//! Statistics of a meeting, counted by SQL so that they scale with the data.

use crate::participants::LISTING_SQL;
use crate::{Db, Result};
use plenary_core::delegation::ListingCategory;
use plenary_core::organisation::OrgCategory;
use plenary_core::participant::Role;
use plenary_core::protocol::compare;
use plenary_core::stats::{Count, GenderBalance, GroupGender, MeetingStats};
use std::collections::{BTreeMap, HashMap};
use plenary_core::{Id, Lang};

/// A delegation of the meeting as the statistics group it: its UN listing group, and its
/// country (alpha-2 and names) for a state.
struct Grouping {
    listing: ListingCategory,
    country: Option<(String, String, String)>,
}

impl Db<'_> {
    /// Counts representatives (registered, attended, with a badge), countries, organisations
    /// by category, state delegations by M49 region, participants by role, gender, country
    /// and delegation category, and gender per category. Labels are in `lang`.
    ///
    /// Every count of participants comes from one walk of `participants_meeting_counts`,
    /// grouped by delegation and by the flags counted; the delegations (a few hundred) then
    /// say which country and listing group each group of people belongs to.
    pub fn meeting_stats(&self, meeting_id: &Id, lang: Lang) -> Result<MeetingStats> {
        self.meeting(meeting_id)?;
        let m = meeting_id.as_str();
        let one = |sql: &str| -> Result<u64> { Ok(self.conn.query_row(sql, [m], |r| r.get::<_, i64>(0))? as u64) };
        let mut stats = MeetingStats {
            countries: one("SELECT count(DISTINCT country) FROM delegations WHERE meeting_id = ?1 AND country IS NOT NULL")?,
            organisations: one(
                "SELECT count(DISTINCT organisation_id) FROM delegations WHERE meeting_id = ?1 AND organisation_id IS NOT NULL",
            )?,
            delegations: one("SELECT count(*) FROM delegations WHERE meeting_id = ?1")?,
            sessions: one("SELECT count(*) FROM sessions WHERE meeting_id = ?1")?,
            ..MeetingStats::default()
        };

        let mut stmt = self.conn.prepare_cached(
            "SELECT o.category, count(*) FROM delegations d JOIN organisations o ON o.id = d.organisation_id
             WHERE d.meeting_id = ?1 GROUP BY o.category",
        )?;
        let mut by_category: Vec<(OrgCategory, u64)> = stmt
            .query_map([m], |r| Ok((crate::rows::parsed(r, 0, OrgCategory::parse)?, r.get::<_, i64>(1)? as u64)))?
            .collect::<rusqlite::Result<_>>()?;
        by_category.sort_by_key(|(c, _)| *c);
        stats.organisations_by_category = by_category
            .into_iter()
            .map(|(c, n)| Count { key: c.as_str().into(), label: c.label(lang).into(), count: n })
            .collect();

        stats.delegations_by_region = self.count_by_region(m, "region", lang)?;
        stats.delegations_by_subregion = self.count_by_region(m, "subregion", lang)?;

        let groupings = self.groupings(m)?;
        let mut heads = 0;
        let mut by_country: BTreeMap<&str, (&str, &str, u64)> = BTreeMap::new();
        let mut by_listing: BTreeMap<ListingCategory, u64> = BTreeMap::new();
        let mut gender_by_listing: BTreeMap<ListingCategory, GenderBalance> = BTreeMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT delegation_id, gender, attended, registered, badge_printed, is_head, count(*)
             FROM participants WHERE meeting_id = ?1 GROUP BY 1, 2, 3, 4, 5, 6",
        )?;
        let mut rows = stmt.query([m])?;
        while let Some(r) = rows.next()? {
            let delegation: String = r.get(0)?;
            let gender: Option<String> = r.get(1)?;
            let n = r.get::<_, i64>(6)? as u64;
            let flag = |i: usize| -> rusqlite::Result<u64> { Ok(if r.get::<_, bool>(i)? { n } else { 0 }) };
            stats.representatives += n;
            stats.attended += flag(2)?;
            stats.registered += flag(3)?;
            stats.badges_printed += flag(4)?;
            heads += flag(5)?;
            stats.gender.add(gender.as_deref(), n);
            // A participant whose delegation is of another meeting (reported by `check`) is
            // counted among the representatives only.
            let Some(grouping) = groupings.get(&delegation) else { continue };
            *by_listing.entry(grouping.listing).or_default() += n;
            gender_by_listing.entry(grouping.listing).or_default().add(gender.as_deref(), n);
            if let Some((alpha2, en, fr)) = &grouping.country {
                by_country.entry(alpha2).or_insert((en, fr, 0)).2 += n;
            }
        }

        stats.participants_by_role.push(Count {
            key: "head".into(),
            label: lang.pick("Heads of delegation", "Chefs de délégation").into(),
            count: heads,
        });
        stats.participants_by_role.extend(self.count_by_role(m)?.into_iter().map(|(r, n)| Count {
            key: r.as_str().into(),
            label: role_label(r, lang).into(),
            count: n,
        }));

        let mut countries: Vec<Count> = by_country
            .into_iter()
            .map(|(alpha2, (en, fr, n))| Count { key: alpha2.into(), label: lang.pick(en, fr).into(), count: n })
            .collect();
        // Largest first, ties in the collation of `lang` (so that "Égypte" sorts among the
        // E's in French).
        countries.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| compare(lang, &a.label, &b.label)));
        stats.participants_by_country = countries;
        stats.participants_by_category =
            by_listing.into_iter().map(|(c, n)| Count { key: c.as_str().into(), label: c.label(lang).into(), count: n }).collect();
        stats.gender_by_category = gender_by_listing
            .into_iter()
            .map(|(c, gender)| GroupGender { key: c.as_str().into(), label: c.label(lang).into(), gender })
            .collect();
        Ok(stats)
    }

    /// The delegations of meeting `m` by id, with their listing group and country.
    fn groupings(&self, m: &str) -> Result<HashMap<String, Grouping>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT d.id, {LISTING_SQL}, c.alpha2, c.name_en, c.name_fr FROM delegations d
             LEFT JOIN countries c ON c.alpha2 = d.country LEFT JOIN organisations o ON o.id = d.organisation_id
             WHERE d.meeting_id = ?1"
        ))?;
        let rows = stmt.query_map([m], |r| {
            let country = match r.get::<_, Option<String>>(2)? {
                Some(alpha2) => Some((alpha2, r.get(3)?, r.get(4)?)),
                None => None,
            };
            Ok((r.get(0)?, Grouping { listing: crate::rows::parsed(r, 1, ListingCategory::parse)?, country }))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Participants of meeting `m` by role, in role order. The roles (a few per session)
    /// are the outer loop: walking the meeting's participants to find them would read all.
    fn count_by_role(&self, m: &str) -> Result<Vec<(Role, u64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.role, count(*) FROM participant_roles r CROSS JOIN participants p ON p.id = r.participant_id
             WHERE p.meeting_id = ?1 GROUP BY r.role",
        )?;
        let mut roles: Vec<(Role, u64)> = stmt
            .query_map([m], |r| Ok((crate::rows::parsed(r, 0, Role::parse)?, r.get::<_, i64>(1)? as u64)))?
            .collect::<rusqlite::Result<_>>()?;
        roles.sort_by_key(|(r, _)| *r);
        Ok(roles)
    }

    /// State delegations of meeting `m` counted by the M49 code in `column` (`region` or
    /// `subregion`), largest first.
    fn count_by_region(&self, m: &str, column: &str, lang: Lang) -> Result<Vec<Count>> {
        // The column name is one of two constants, never user input.
        let column = if column == "subregion" { "subregion" } else { "region" };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT coalesce(c.{column}, ''), coalesce(r.name_en, 'Unknown'), coalesce(r.name_fr, 'Inconnue'), count(*)
             FROM delegations d JOIN countries c ON c.alpha2 = d.country
             LEFT JOIN m49_regions r ON r.code = c.{column}
             WHERE d.meeting_id = ?1 GROUP BY c.{column} ORDER BY count(*) DESC, c.{column}"
        ))?;
        let list = stmt.query_map([m], |r| {
            Ok(Count { key: r.get(0)?, label: lang.pick(r.get(1)?, r.get(2)?), count: r.get::<_, i64>(3)? as u64 })
        })?;
        Ok(list.collect::<rusqlite::Result<_>>()?)
    }
}

/// A role's label in `lang`, plural, for statistics.
pub fn role_label(role: Role, lang: Lang) -> &'static str {
    let (en, fr) = match role {
        Role::CoChair => ("Co-chairs", "Coprésidents"),
        Role::Chair => ("Chairs", "Présidents de séance"),
        Role::Moderator => ("Moderators", "Modérateurs"),
        Role::Speaker => ("Speakers", "Intervenants"),
        Role::Rapporteur => ("Rapporteurs", "Rapporteurs"),
        Role::Observer => ("Observers", "Observateurs"),
    };
    lang.pick(en, fr)
}
