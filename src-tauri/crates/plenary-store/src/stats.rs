//! Statistics of a meeting, counted by SQL so that they scale with the data.

use crate::participants::LISTING_SQL;
use crate::{Db, Result};
use plenary_core::delegation::ListingCategory;
use plenary_core::organisation::OrgCategory;
use plenary_core::participant::Role;
use plenary_core::protocol::compare;
use plenary_core::stats::{Count, GenderBalance, GroupGender, MeetingStats};
use std::collections::BTreeMap;
use plenary_core::{Id, Lang};

impl Db<'_> {
    /// Counts representatives (registered, attended, with a badge), countries, organisations
    /// by category, state delegations by M49 region, participants by role, gender, country
    /// and delegation category, and gender per category. Labels are in `lang`.
    pub fn meeting_stats(&self, meeting_id: &Id, lang: Lang) -> Result<MeetingStats> {
        self.meeting(meeting_id)?;
        let m = meeting_id.as_str();
        let one = |sql: &str| -> Result<u64> { Ok(self.conn.query_row(sql, [m], |r| r.get::<_, i64>(0))? as u64) };
        let mut stats = MeetingStats {
            representatives: one("SELECT count(*) FROM participants WHERE meeting_id = ?1")?,
            attended: one("SELECT count(*) FROM participants WHERE meeting_id = ?1 AND attended = 1")?,
            registered: one("SELECT count(*) FROM participants WHERE meeting_id = ?1 AND registered = 1")?,
            badges_printed: one("SELECT count(*) FROM participants WHERE meeting_id = ?1 AND badge_printed = 1")?,
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

        let heads = one("SELECT count(*) FROM participants WHERE meeting_id = ?1 AND is_head = 1")?;
        stats.participants_by_role.push(Count {
            key: "head".into(),
            label: lang.pick("Heads of delegation", "Chefs de délégation").into(),
            count: heads,
        });
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.role, count(*) FROM participant_roles r JOIN participants p ON p.id = r.participant_id
             WHERE p.meeting_id = ?1 GROUP BY r.role",
        )?;
        let mut roles: Vec<(Role, u64)> = stmt
            .query_map([m], |r| Ok((crate::rows::parsed(r, 0, Role::parse)?, r.get::<_, i64>(1)? as u64)))?
            .collect::<rusqlite::Result<_>>()?;
        roles.sort_by_key(|(r, _)| *r);
        stats.participants_by_role.extend(
            roles.into_iter().map(|(r, n)| Count { key: r.as_str().into(), label: role_label(r, lang).into(), count: n }),
        );

        let mut gender = GenderBalance::default();
        let mut stmt = self.conn.prepare_cached("SELECT gender, count(*) FROM participants WHERE meeting_id = ?1 GROUP BY gender")?;
        let mut rows = stmt.query([m])?;
        while let Some(r) = rows.next()? {
            gender.add(r.get::<_, Option<String>>(0)?.as_deref(), r.get::<_, i64>(1)? as u64);
        }
        stats.gender = gender;

        stats.participants_by_country = self.participants_by_country(m, lang)?;
        stats.participants_by_category = self
            .participants_by_listing(meeting_id)?
            .into_iter()
            .map(|(c, n)| Count { key: c.as_str().into(), label: c.label(lang).into(), count: n })
            .collect();
        stats.gender_by_category = self.gender_by_listing(m, lang)?;
        Ok(stats)
    }

    /// Participants of state delegations of meeting `m` by country, largest first, ties in
    /// the collation of `lang` (so that "Égypte" sorts among the E's in French).
    fn participants_by_country(&self, m: &str, lang: Lang) -> Result<Vec<Count>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.alpha2, c.name_en, c.name_fr, count(p.id) FROM delegations d
             JOIN countries c ON c.alpha2 = d.country JOIN participants p ON p.delegation_id = d.id
             WHERE d.meeting_id = ?1 GROUP BY c.alpha2",
        )?;
        let mut list: Vec<Count> = stmt
            .query_map([m], |r| Ok(Count { key: r.get(0)?, label: lang.pick(r.get(1)?, r.get(2)?), count: r.get::<_, i64>(3)? as u64 }))?
            .collect::<rusqlite::Result<_>>()?;
        list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| compare(lang, &a.label, &b.label)));
        Ok(list)
    }

    /// The gender balance of meeting `m`'s participants per UN listing group, in listing order.
    fn gender_by_listing(&self, m: &str, lang: Lang) -> Result<Vec<GroupGender>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {LISTING_SQL}, p.gender, count(*) FROM participants p JOIN delegations d ON d.id = p.delegation_id
             LEFT JOIN countries c ON c.alpha2 = d.country LEFT JOIN organisations o ON o.id = d.organisation_id
             WHERE p.meeting_id = ?1 GROUP BY 1, 2"
        ))?;
        let mut groups: BTreeMap<ListingCategory, GenderBalance> = BTreeMap::new();
        let mut rows = stmt.query([m])?;
        while let Some(r) = rows.next()? {
            let category = crate::rows::parsed(r, 0, ListingCategory::parse)?;
            groups.entry(category).or_default().add(r.get::<_, Option<String>>(1)?.as_deref(), r.get::<_, i64>(2)? as u64);
        }
        Ok(groups
            .into_iter()
            .map(|(c, gender)| GroupGender { key: c.as_str().into(), label: c.label(lang).into(), gender })
            .collect())
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

    /// Participants per UN listing group, in listing order.
    pub fn participants_by_listing(&self, meeting_id: &Id) -> Result<Vec<(ListingCategory, u64)>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {LISTING_SQL}, count(*) FROM participants p JOIN delegations d ON d.id = p.delegation_id
             LEFT JOIN countries c ON c.alpha2 = d.country LEFT JOIN organisations o ON o.id = d.organisation_id
             WHERE p.meeting_id = ?1 GROUP BY 1"
        ))?;
        let mut list: Vec<(ListingCategory, u64)> = stmt
            .query_map([meeting_id.as_str()], |r| {
                Ok((crate::rows::parsed(r, 0, ListingCategory::parse)?, r.get::<_, i64>(1)? as u64))
            })?
            .collect::<rusqlite::Result<_>>()?;
        list.sort();
        Ok(list)
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
