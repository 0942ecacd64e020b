//! Participants: stored, listed with filters and pages, checked for duplicates.

use crate::error::found;
use crate::meetings::duplicate_or;
use crate::rows::{self, text_columns};
use crate::{Db, Result};
use plenary_core::delegation::{Accreditation, ListingCategory};
use plenary_core::participant::{Gender, Participant, Rank, Registered, Role};
use plenary_core::{DomainError, ErrorCode, Id, Lang};
use rusqlite::{Row, params};
use serde::{Deserialize, Serialize};

/// Which participants to list. Empty fields do not filter.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct ParticipantFilter {
    /// The meeting (required).
    pub meeting_id: Id,
    /// Only this delegation.
    pub delegation_id: Option<Id>,
    /// Search-as-you-type text over names, functions, emails and delegations, in both
    /// languages, accents ignored; each word matches as a prefix.
    pub search: Option<String>,
    /// Only this UN listing group.
    pub listing: Option<ListingCategory>,
    /// Only states of this M49 region (or sub-region) code.
    pub region: Option<String>,
    /// Only participants with this role.
    pub role: Option<Role>,
    /// Only heads of delegation.
    pub heads_only: bool,
    /// Only delegations with this accreditation status.
    pub status: Option<Accreditation>,
    /// Only this gender.
    pub gender: Option<Gender>,
    /// Only those who attended (or did not).
    pub attended: Option<bool>,
    /// At most this many rows.
    pub limit: Option<u32>,
    /// Skip this many rows.
    pub offset: u32,
}

/// A participant as lists show it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ParticipantRow {
    /// The participant.
    #[serde(flatten)]
    pub participant: Participant,
    /// The name as printed ("HE Cyrille Baumgartner").
    pub display_name: String,
    /// The delegation's name in English.
    pub delegation_en: String,
    /// The delegation's name in French.
    pub delegation_fr: String,
    /// The delegation's UN listing group.
    pub listing: ListingCategory,
    /// The country (alpha-2) of a state delegation.
    pub country: Option<String>,
}

impl ParticipantRow {
    /// The delegation's name in `lang`.
    pub fn delegation(&self, lang: Lang) -> &str {
        lang.pick(&self.delegation_en, &self.delegation_fr)
    }
}

/// The UN listing group of a delegation in SQL, mirroring `ListingCategory::of_country` and
/// `of_organisation`; a test keeps the two in step.
pub(crate) const LISTING_SQL: &str = "CASE
    WHEN c.un_status = 'member' THEN 'member_state'
    WHEN c.un_status IS NOT NULL THEN 'non_member_state'
    WHEN o.category = 'un_secretariat' THEN 'un_secretariat'
    WHEN o.category = 'un_body' THEN 'un_body'
    WHEN o.category IN ('specialised_agency', 'related_organisation') THEN 'specialised_agency'
    WHEN o.category IN ('regional_organisation', 'intergovernmental_organisation') THEN 'intergovernmental'
    ELSE 'non_governmental' END";

fn select() -> String {
    format!(
        "SELECT p.id, p.meeting_id, p.delegation_id, p.honorific_prefix, p.honorific_suffix, p.given_name, p.family_name,
                p.family_name_first, p.gender, p.email, p.phone, p.language, p.rank, p.is_head, p.registered, p.attended,
                p.badge_printed,
                (SELECT group_concat(role, ',') FROM participant_roles r WHERE r.participant_id = p.id),
                coalesce(d.display_name_en, c.name_en, o.name_en), coalesce(d.display_name_fr, c.name_fr, o.name_fr),
                {LISTING_SQL}, d.country, {}
         FROM participants p
         JOIN delegations d ON d.id = p.delegation_id
         LEFT JOIN countries c ON c.alpha2 = d.country
         LEFT JOIN organisations o ON o.id = d.organisation_id
         LEFT JOIN texts f ON f.owner_id = p.id AND f.field = 'function'",
        text_columns!("f")
    )
}

/// The conditions of a [`ParticipantFilter`] on participants `p`: only those the filter
/// sets, with their values in the order of their `?`. They read only `p` (what concerns the
/// delegation is a subquery, run once), so that a page can be cut from an index walk
/// without joining every skipped row. A condition written for a filter left empty
/// (`?9 IS NULL OR p.gender = ?9`) would still name its column, so SQLite would read every
/// row it walks from the table instead of from the index alone: at 70,000 participants,
/// a count or a late page cost a table scan each. Search hits are matched by rowid, as
/// probing 70,000 text ids costs several times more. (A participant whose delegation is
/// missing, possible only behind the store's back and reported by `check`, is therefore
/// counted, though a page cannot show it.)
struct FilterSql {
    /// `WHERE …`, constant text only: the values are bound.
    sql: String,
    values: Vec<String>,
}

impl FilterSql {
    fn of(f: &ParticipantFilter) -> FilterSql {
        let mut w = FilterSql { sql: "WHERE p.meeting_id = ?".to_owned(), values: vec![f.meeting_id.to_string()] };
        if let Some(delegation) = &f.delegation_id {
            w.and("p.delegation_id = ?", [delegation.to_string()]);
        }
        if let Some(query) = f.search.as_deref().and_then(fts_query) {
            w.and(
                "p.rowid IN (SELECT x.rowid FROM search_index s JOIN search_keys k ON k.rowid = s.rowid
                             JOIN participants x ON x.id = k.ref_id
                             WHERE search_index MATCH ? AND k.kind = 'participant' AND k.meeting_id = ?)",
                [query, f.meeting_id.to_string()],
            );
        }
        if f.listing.is_some() || f.region.is_some() || f.status.is_some() {
            let mut delegations = FilterSql {
                sql: "SELECT d.id FROM delegations d LEFT JOIN countries c ON c.alpha2 = d.country
                      LEFT JOIN organisations o ON o.id = d.organisation_id WHERE 1"
                    .to_owned(),
                values: Vec::new(),
            };
            if let Some(listing) = f.listing {
                delegations.and(&format!("({LISTING_SQL}) = ?"), [listing.as_str().to_owned()]);
            }
            if let Some(region) = &f.region {
                delegations.and("(c.region = ? OR c.subregion = ? OR c.intermediate_region = ?)", [region.clone(), region.clone(), region.clone()]);
            }
            if let Some(status) = f.status {
                delegations.and("d.status = ?", [status.as_str().to_owned()]);
            }
            w.and(&format!("p.delegation_id IN ({})", delegations.sql), delegations.values);
        }
        if let Some(role) = f.role {
            w.and("EXISTS (SELECT 1 FROM participant_roles r WHERE r.participant_id = p.id AND r.role = ?)", [role.as_str().to_owned()]);
        }
        if f.heads_only {
            w.and("p.is_head = 1", []);
        }
        if let Some(gender) = f.gender {
            w.and("p.gender = ?", [gender.as_str().to_owned()]);
        }
        if let Some(attended) = f.attended {
            w.and("p.attended = ?", [if attended { "1" } else { "0" }.to_owned()]);
        }
        w
    }

    fn and(&mut self, condition: &str, values: impl IntoIterator<Item = String>) {
        self.sql.push_str(" AND ");
        self.sql.push_str(condition);
        self.values.extend(values);
    }
}

/// Precedence of ranks in SQL: the position of `p.rank` in [`Rank`]'s declaration order,
/// which is the order `Rank` compares in; a test keeps the two in step. Migration
/// `0003_sort_keys` indexes this very expression (with `rank` for `p.rank`): SQLite only
/// walks an expression index for an identical expression, which another test checks.
pub(crate) const RANK_ORDER_SQL: &str = "CASE p.rank
    WHEN 'head_of_state' THEN 0
    WHEN 'head_of_government' THEN 1
    WHEN 'minister' THEN 2
    WHEN 'deputy_minister' THEN 3
    WHEN 'ambassador' THEN 4
    WHEN 'senior_official' THEN 5
    WHEN 'official' THEN 6
    WHEN 'other' THEN 7
    ELSE 8 END";

/// The place of each delegation in a delegation order, for the one query that reads it.
/// A temporary table of this connection: filled inside the read transaction that lists,
/// and emptied when that transaction ends (reads roll back). The rank is the rowid, so a
/// scan of the table is in rank order.
const DELEGATION_RANK_TABLE: &str =
    "CREATE TEMP TABLE IF NOT EXISTS delegation_rank (rank INTEGER PRIMARY KEY, delegation_id TEXT NOT NULL UNIQUE) STRICT";

/// Creates this connection's `temp.delegation_rank` (see [`DELEGATION_RANK_TABLE`]).
pub(crate) fn create_delegation_rank(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.execute_batch(DELEGATION_RANK_TABLE)
}

/// How a page of participants is ordered. Either way the order is total (the id breaks the
/// last ties), so consecutive pages neither overlap nor leave a gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParticipantOrder<'a> {
    /// By family name, then given name, in the collation of the language.
    Name(Lang),
    /// Delegations in the order given (computed by the caller, e.g. protocol order), and in
    /// each delegation by precedence: the head first, then by rank, then by family and
    /// given name in the collation of `lang`.
    Precedence {
        /// Every delegation of the meeting, in order; the people of a delegation left out
        /// are left out of the list too (the count does not know the order, so give all).
        delegations: &'a [Id],
        /// The language names are compared in.
        lang: Lang,
    },
}

/// How a query reads participants `p` in one order: where the page is chosen from, the join
/// that lets the page's rows be sorted again, and the ORDER BY terms. Only constant text:
/// the column of the language's keys is chosen, never built.
struct OrderSql {
    from: &'static str,
    join: &'static str,
    order_by: String,
}

impl ParticipantOrder<'_> {
    fn sql(&self) -> OrderSql {
        let key = |lang: Lang| match lang {
            Lang::En => "p.sort_en",
            Lang::Fr => "p.sort_fr",
        };
        match self {
            // Walks participants_meeting_sort_<lang>.
            ParticipantOrder::Name(lang) => OrderSql { from: "participants p", join: "", order_by: format!("{}, p.id", key(*lang)) },
            // Delegations in rank order (CROSS JOIN keeps them the outer loop), and for each, a
            // walk of participants_precedence_<lang>: the rows come in order, unsorted. A
            // participant whose delegation is of another meeting (reported by `check`) is left
            // out, as it has no rank.
            ParticipantOrder::Precedence { lang, .. } => OrderSql {
                from: "temp.delegation_rank dr CROSS JOIN participants p ON p.delegation_id = dr.delegation_id",
                join: "JOIN temp.delegation_rank dr ON dr.delegation_id = p.delegation_id",
                order_by: format!("dr.rank, p.is_head DESC, {RANK_ORDER_SQL}, {}, p.id", key(*lang)),
            },
        }
    }
}

/// The rowids of one page of participants in `order` matching `filter` (its values, then
/// the limit and the offset).
fn page_sql(order: &ParticipantOrder<'_>, filter: &FilterSql) -> String {
    let OrderSql { from, order_by, .. } = order.sql();
    format!("SELECT p.rowid FROM {from} {filter} ORDER BY {order_by} LIMIT ? OFFSET ?", filter = filter.sql)
}

fn participant_row(r: &Row<'_>) -> rusqlite::Result<ParticipantRow> {
    let roles: Option<String> = r.get(17)?;
    let roles = roles
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| Role::parse(s).map_err(|e| rows::conversion(17, e)))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut roles = roles;
    // group_concat has no order; keep the order `Participant::validate` gives.
    roles.sort();
    let participant = Participant {
        id: rows::id(r, 0)?,
        meeting_id: rows::id(r, 1)?,
        delegation_id: rows::id(r, 2)?,
        honorific_prefix: r.get(3)?,
        honorific_suffix: r.get(4)?,
        given_name: r.get(5)?,
        family_name: r.get(6)?,
        family_name_first: r.get(7)?,
        gender: rows::parsed_opt(r, 8, Gender::parse)?,
        email: r.get(9)?,
        phone: r.get(10)?,
        language: rows::parsed_opt(r, 11, |s| s.parse::<Lang>())?,
        rank: rows::parsed(r, 12, Rank::parse)?,
        is_head: r.get(13)?,
        registered: r.get(14)?,
        attended: r.get(15)?,
        badge_printed: r.get(16)?,
        roles,
        function: rows::text(r, 22)?,
    };
    Ok(ParticipantRow {
        display_name: participant.display_name(),
        participant,
        delegation_en: r.get(18)?,
        delegation_fr: r.get(19)?,
        listing: rows::parsed(r, 20, ListingCategory::parse)?,
        country: r.get(21)?,
    })
}

/// Turns what a user types into an FTS5 query: each word a quoted prefix, all required.
/// Quoting makes every character literal, so no input can inject FTS syntax.
pub(crate) fn fts_query(text: &str) -> Option<String> {
    // Combining accents typed in decomposed form (NFD) are dropped: the index ignores accents.
    let text: String = text.chars().filter(|c| !is_combining_mark(*c)).collect();
    let terms: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .flat_map(|w| w.split(['\'', '’']))
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// Whether `c` is a combining diacritical mark (the blocks used by Latin, Greek and Cyrillic).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

impl Db<'_> {
    /// One page of participants matching `filter`, by family and given name in English.
    pub fn participants(&self, filter: &ParticipantFilter) -> Result<Vec<ParticipantRow>> {
        self.participants_page(filter, ParticipantOrder::Name(Lang::En))
    }

    /// One page of participants matching `filter`, in `order`: sorted and cut by SQLite (on
    /// the stored collation keys, through an index for names), so a page costs the same
    /// whatever the size of the meeting.
    pub fn participants_page(&self, filter: &ParticipantFilter, order: ParticipantOrder<'_>) -> Result<Vec<ParticipantRow>> {
        if let ParticipantOrder::Precedence { delegations, .. } = order {
            self.conn.execute("DELETE FROM temp.delegation_rank", [])?;
            let mut insert = self.conn.prepare_cached("INSERT OR IGNORE INTO temp.delegation_rank (rank, delegation_id) VALUES (?1, ?2)")?;
            for (rank, id) in delegations.iter().enumerate() {
                insert.execute(params![rank as i64, id.as_str()])?;
            }
        }
        let OrderSql { join, order_by, .. } = order.sql();
        // The page is chosen on participants alone (their keys and filters, from an index),
        // then only its rows are joined to what they show: function, roles, delegation.
        let where_ = FilterSql::of(filter);
        let sql = format!(
            "{select} {join} WHERE p.rowid IN ({page}) ORDER BY {order_by}",
            select = select(),
            page = page_sql(&order, &where_)
        );
        let mut values = where_.values;
        values.push(filter.limit.map_or(-1, i64::from).to_string());
        values.push(filter.offset.to_string());
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let list = stmt.query_map(rusqlite::params_from_iter(values.iter()), participant_row)?;
        Ok(list.collect::<rusqlite::Result<_>>()?)
    }

    /// How many participants match `filter` (ignoring its limit and offset).
    pub fn count_participants(&self, filter: &ParticipantFilter) -> Result<u64> {
        let FilterSql { sql: where_, values } = FilterSql::of(filter);
        let sql = format!("SELECT count(*) FROM participants p {where_}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let n: i64 = stmt.query_row(rusqlite::params_from_iter(values.iter()), |r| r.get(0))?;
        Ok(n as u64)
    }

    /// One participant.
    pub fn participant(&self, id: &Id) -> Result<ParticipantRow> {
        let mut stmt = self.conn.prepare_cached(&format!("{} WHERE p.id = ?1", select()))?;
        found(stmt.query_row([id.as_str()], participant_row), "participant", id.as_str())
    }

    /// The participant of `meeting_id` with `email`, if any.
    pub fn participant_by_email(&self, meeting_id: &Id, email: &str) -> Result<Option<Id>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM participants WHERE meeting_id = ?1 AND email = ?2")?;
        let mut rows = stmt.query(params![meeting_id.as_str(), email.to_lowercase()])?;
        Ok(rows.next()?.map(|r| rows::id(r, 0)).transpose()?)
    }

    /// Everyone a candidate could duplicate: the members of its delegation and whoever has its
    /// email in the meeting.
    pub fn duplicate_candidates(&self, p: &Participant) -> Result<Vec<ParticipantRow>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} WHERE p.delegation_id = ?1 OR (?2 IS NOT NULL AND p.meeting_id = ?3 AND p.email = ?2)",
            select()
        ))?;
        let list = stmt.query_map(params![p.delegation_id.as_str(), p.email, p.meeting_id.as_str()], participant_row)?;
        Ok(list.collect::<rusqlite::Result<_>>()?)
    }

    /// The head of a delegation, if any, with the name as printed.
    pub fn head_of(&self, delegation_id: &Id) -> Result<Option<(Id, String)>> {
        let row = self.delegation_row(delegation_id)?;
        Ok(row.head_id.zip(row.head_name))
    }

    /// Inserts or updates a participant with its function and roles, after checking the rules
    /// that need the rest of the meeting: same meeting as its delegation, no duplicate, one
    /// head per delegation.
    pub fn save_participant(&self, p: &Participant) -> Result<()> {
        let delegation = self.delegation(&p.delegation_id)?;
        if delegation.meeting_id != p.meeting_id {
            return Err(DomainError::new(ErrorCode::WrongMeeting).field("delegation").detail(p.delegation_id.as_str()).into());
        }
        let others = self.duplicate_candidates(p)?;
        plenary_core::participant::check_duplicate(
            p,
            others.iter().map(|o| Registered {
                id: &o.participant.id,
                delegation_id: &o.participant.delegation_id,
                email: o.participant.email.as_deref(),
                given_name: &o.participant.given_name,
                family_name: &o.participant.family_name,
                display: format!("{} ({})", o.display_name, o.delegation_en),
            }),
        )?;
        let head = self.head_of(&p.delegation_id)?;
        plenary_core::participant::check_head(p, head.as_ref().map(|(id, name)| (id, name.as_str())))?;
        self.upsert_participant(p)?;
        self.conn.execute("DELETE FROM participant_roles WHERE participant_id = ?1", [p.id.as_str()])?;
        let mut stmt = self.conn.prepare_cached("INSERT INTO participant_roles (participant_id, role) VALUES (?1, ?2)")?;
        for role in &p.roles {
            stmt.execute(params![p.id.as_str(), role.as_str()])?;
        }
        self.save_text("participant", &p.id, "function", &p.function)?;
        self.reindex("participant", &p.id)
    }

    /// Inserts or updates the participant's own row (with its sort keys), nothing else: no
    /// rule checked, roles, function and index untouched. Prepared once per connection, as
    /// imports call it for every row.
    pub(crate) fn upsert_participant(&self, p: &Participant) -> Result<()> {
        let (sort_en, sort_fr) = crate::sort_keys::name_keys(&p.family_name, &p.given_name);
        self.conn
            .prepare_cached(
                "INSERT INTO participants (id, meeting_id, delegation_id, honorific_prefix, honorific_suffix, given_name,
                        family_name, family_name_first, gender, email, phone, language, rank, is_head, registered, attended,
                        badge_printed, sort_en, sort_fr, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?19, ?20, ?18, ?18)
                 ON CONFLICT (id) DO UPDATE SET delegation_id = excluded.delegation_id,
                    honorific_prefix = excluded.honorific_prefix, honorific_suffix = excluded.honorific_suffix,
                    given_name = excluded.given_name, family_name = excluded.family_name,
                    family_name_first = excluded.family_name_first, gender = excluded.gender, email = excluded.email,
                    phone = excluded.phone, language = excluded.language, rank = excluded.rank, is_head = excluded.is_head,
                    registered = excluded.registered, attended = excluded.attended, badge_printed = excluded.badge_printed,
                    sort_en = excluded.sort_en, sort_fr = excluded.sort_fr, updated_at = excluded.updated_at",
            )?
            .execute(params![
                    p.id.as_str(), p.meeting_id.as_str(), p.delegation_id.as_str(), p.honorific_prefix, p.honorific_suffix,
                    p.given_name, p.family_name, p.family_name_first, p.gender.map(Gender::as_str), p.email, p.phone,
                    p.language.map(Lang::code), p.rank.as_str(), p.is_head, p.registered, p.attended, p.badge_printed,
                    self.now, sort_en, sort_fr
            ])
            .map_err(|e| duplicate_or(e, "email", p.email.as_deref().unwrap_or_default()))?;
        Ok(())
    }

    /// Deletes a participant (and their places in sessions).
    pub fn delete_participant(&self, id: &Id) -> Result<()> {
        let sessions: Vec<String> = {
            let mut stmt = self.conn.prepare_cached("SELECT DISTINCT session_id FROM session_people WHERE participant_id = ?1")?;
            stmt.query_map([id.as_str()], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        if self.conn.execute("DELETE FROM participants WHERE id = ?1", [id.as_str()])? == 0 {
            return Err(DomainError::not_found("participant", id.as_str()).into());
        }
        for s in sessions {
            self.reindex("session", &Id::new(s))?;
        }
        self.unindex(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whitespace-insensitive text of SQL, to compare an expression across files.
    fn squeezed(sql: &str) -> String {
        sql.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn the_precedence_indexes_hold_the_rank_order_expression_of_the_queries() {
        let migration = squeezed(crate::migrations::MIGRATIONS[2].1);
        let indexed = squeezed(&RANK_ORDER_SQL.replace("p.rank", "rank"));
        for lang in ["en", "fr"] {
            let index = format!("CREATE INDEX participants_precedence_{lang} ON participants (meeting_id, delegation_id, is_head DESC, {indexed}, sort_{lang}, id);");
            assert!(migration.contains(&index), "migration 0003 indexes RANK_ORDER_SQL exactly, or SQLite would sort every page: {index}");
        }
    }

    /// The plan of one page's query on a fresh schema.
    fn plan(order: ParticipantOrder<'_>, search: bool) -> String {
        let mut conn = rusqlite::Connection::open_in_memory().expect("memory db");
        crate::migrations::migrate(&mut conn).expect("schema");
        create_delegation_rank(&conn).expect("temp table");
        let filter = ParticipantFilter { meeting_id: Id::from("m1"), search: search.then(|| "baum".to_owned()), ..Default::default() };
        let where_ = FilterSql::of(&filter);
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {}", page_sql(&order, &where_))).expect("the page query prepares");
        let mut values = where_.values;
        values.extend(["100".to_owned(), "0".to_owned()]);
        let rows = stmt.query_map(rusqlite::params_from_iter(values.iter()), |r| r.get::<_, String>(3)).expect("plan");
        rows.collect::<rusqlite::Result<Vec<_>>>().expect("plan rows").join("\n")
    }

    #[test]
    fn a_page_is_read_from_an_index_in_order_without_sorting_the_meeting() {
        let ids = [Id::from("d1"), Id::from("d2")];
        for lang in Lang::ALL {
            let cases = [
                (ParticipantOrder::Name(lang), format!("participants_meeting_sort_{lang}")),
                (ParticipantOrder::Precedence { delegations: &ids, lang }, format!("participants_precedence_{lang}")),
            ];
            for (order, index) in cases {
                for search in [false, true] {
                    let plan = plan(order, search);
                    assert!(plan.contains(&index), "{order:?} (search: {search}) walks {index}:\n{plan}");
                    assert!(!plan.contains("TEMP B-TREE"), "{order:?} (search: {search}) sorts nothing, it reads in order:\n{plan}");
                }
            }
            // Unfiltered, the rows skipped before a late page are read from the index alone.
            let plan = plan(ParticipantOrder::Name(lang), false);
            let covering = format!("COVERING INDEX participants_meeting_sort_{lang}");
            assert!(plan.contains(&covering), "an unfiltered page by name reads {covering}:\n{plan}");
        }
    }

    #[test]
    fn a_filter_names_only_the_conditions_it_sets() {
        let meeting = ParticipantFilter { meeting_id: Id::from("m1"), ..Default::default() };
        let bare = FilterSql::of(&meeting);
        assert_eq!((bare.sql.as_str(), bare.values.len()), ("WHERE p.meeting_id = ?", 1));
        let all = FilterSql::of(&ParticipantFilter {
            delegation_id: Some(Id::from("d1")),
            search: Some("baum".into()),
            listing: Some(ListingCategory::MemberState),
            region: Some("002".into()),
            role: Some(Role::Speaker),
            heads_only: true,
            status: Some(Accreditation::Accredited),
            gender: Some(Gender::Female),
            attended: Some(true),
            ..meeting
        });
        assert_eq!(all.sql.matches('?').count(), all.values.len(), "one value per parameter, in order:\n{}", all.sql);
        for column in ["p.delegation_id = ?", "MATCH ?", "c.region = ?", "r.role = ?", "p.is_head = 1", "d.status = ?", "p.gender = ?", "p.attended = ?"] {
            assert!(all.sql.contains(column), "{column} in {}", all.sql);
        }
    }

    #[test]
    fn the_sql_rank_order_is_the_order_of_rank() {
        let conn = rusqlite::Connection::open_in_memory().expect("memory db");
        let sql = format!("SELECT {RANK_ORDER_SQL} FROM (SELECT ?1 AS rank) p");
        let position = |rank: &str| -> i64 { conn.query_row(&sql, [rank], |r| r.get(0)).expect("rank position") };
        for (i, rank) in Rank::ALL.iter().enumerate() {
            assert_eq!(position(rank.as_str()), i as i64, "RANK_ORDER_SQL puts {rank} where Rank's declaration order does");
        }
        let mut sorted = Rank::ALL.to_vec();
        sorted.sort();
        assert_eq!(sorted, Rank::ALL, "Rank compares in declaration order, which RANK_ORDER_SQL mirrors");
        assert!(position("unknown") > Rank::ALL.len() as i64 - 1, "an unknown rank comes after every known one");
    }

    #[test]
    fn typed_text_becomes_a_safe_prefix_query() {
        assert_eq!(fts_query("baum cyr").as_deref(), Some("\"baum\"* \"cyr\"*"));
        assert_eq!(fts_query("Côte d’Ivoire").as_deref(), Some("\"Côte\"* \"d\"* \"Ivoire\"*"));
        assert_eq!(fts_query("\"OR * NEAR(").as_deref(), Some("\"OR\"* \"NEAR\"*"));
        assert_eq!(fts_query("  -- "), None);
        assert_eq!(fts_query("Ai\u{308}ssatou").as_deref(), Some("\"Aissatou\"*"), "decomposed accents are dropped");
    }
}
