//! What each command prints: aligned text for people, JSON with `--json`.

use plenary_api::core::calendar;
use plenary_api::core::session::SessionRole;
use plenary_api::{
    CheckReport, DelegationRow, DemoResult, ScaleSpec, Hit, Lang, MeetingDetail, MeetingSummary, ParticipantPage, SessionRow,
    StatsDto,
};
use serde::Serialize;
use std::io::{self, Write};

/// Prints a line on standard output, returning the error (a closed pipe, say) instead of
/// panicking as `println!` does.
macro_rules! say {
    ($($arg:tt)*) => {
        writeln!(io::stdout().lock(), $($arg)*)?
    };
}

/// Where and how results are printed.
pub struct Output {
    /// Print JSON instead of text.
    pub json: bool,
    /// The language of labels.
    pub lang: Lang,
}

impl Output {
    fn print_json<T: Serialize + ?Sized>(&self, value: &T) -> anyhow::Result<()> {
        let mut out = io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, value)?;
        writeln!(out)?;
        Ok(())
    }

    fn t<'a>(&self, en: &'a str, fr: &'a str) -> &'a str {
        self.lang.pick(en, fr)
    }

    pub fn demo(&self, result: &DemoResult) -> anyhow::Result<()> {
        if self.json {
            return self.print_json(result);
        }
        let what = if result.created {
            self.t("Created the Lagos demo meeting", "Réunion de démonstration de Lagos créée")
        } else {
            self.t("The Lagos demo meeting is already there", "La réunion de démonstration de Lagos existe déjà")
        };
        say!("{what}: {}", result.meeting_id);
        Ok(())
    }

    pub fn demo_scale(&self, spec: &ScaleSpec, result: &DemoResult) -> anyhow::Result<()> {
        if self.json {
            return self.print_json(result);
        }
        let what = if result.created {
            self.t("Generated a meeting of", "Réunion générée de")
        } else {
            self.t("Already there: a meeting of", "Existe déjà : une réunion de")
        };
        let s = spec;
        let sizes = match self.lang {
            Lang::Fr => format!(
                "{} participants, {} délégations, {} salles, {} jours, {} séances, {} paragraphes (graine {})",
                s.participants, s.delegations, s.rooms, s.days, s.sessions, s.paragraphs, s.seed
            ),
            _ => format!(
                "{} participants, {} delegations, {} rooms, {} days, {} sessions, {} paragraphs (seed {})",
                s.participants, s.delegations, s.rooms, s.days, s.sessions, s.paragraphs, s.seed
            ),
        };
        say!("{what} {sizes}: {}", result.meeting_id);
        Ok(())
    }

    pub fn meetings(&self, list: &[MeetingSummary]) -> anyhow::Result<()> {
        if self.json {
            return self.print_json(list);
        }
        for m in list {
            let m_ = &m.meeting;
            say!(
                "{}  {}  {}, {}  {} {}, {} {}",
                m_.id,
                calendar::date_range(m_.start_date, m_.end_date, self.lang),
                m_.city,
                m_.time_zone.name(),
                m.participants,
                self.t("participants", "participants"),
                m.delegations,
                self.t("delegations", "délégations"),
            );
            say!("    {}", m_.title.get_or_other(self.lang));
        }
        Ok(())
    }

    /// Delegations with their names in `names` (the language of an alphabetical order).
    /// Group headings are printed for the UN listing orders only: an alphabetical order mixes
    /// the groups.
    pub fn delegations(&self, rows: &[DelegationRow], names: Lang, grouped: bool) -> anyhow::Result<()> {
        if self.json {
            return self.print_json(rows);
        }
        let mut group = None;
        for d in rows {
            if grouped && group != Some(d.listing) {
                say!("\n{}", d.listing.label(self.lang));
                group = Some(d.listing);
            }
            let head = d.head_name.as_deref().map(|h| format!(" — {h}")).unwrap_or_default();
            let co = if d.co_chair { self.t(" [co-chair]", " [coprésidence]") } else { "" };
            say!("  {} ({}){co}{head}", d.name(names), d.participants);
        }
        Ok(())
    }

    /// Participants with their delegation's name in `names` (the language of the order).
    pub fn participants(&self, page: &ParticipantPage, names: Lang) -> anyhow::Result<()> {
        if self.json {
            return self.print_json(page);
        }
        for p in &page.rows {
            let head = if p.participant.is_head { self.t(" (head of delegation)", " (chef de délégation)") } else { "" };
            let function = p.participant.function.get_or_other(self.lang);
            say!("{}{head}\t{}\t{}", p.display_name, function, p.delegation(names));
        }
        say!("{} / {}", page.rows.len(), page.total);
        Ok(())
    }

    pub fn sessions(&self, meeting: &MeetingDetail, rows: &[SessionRow]) -> anyhow::Result<()> {
        if self.json {
            return self.print_json(rows);
        }
        say!("{}", meeting.meeting.title.get_or_other(self.lang));
        let mut day = None;
        for s in rows {
            let session = &s.session;
            if day != Some(session.day) {
                say!("\n{}", calendar::day_heading(session.day, self.lang));
                day = Some(session.day);
            }
            let room = s.room.as_deref().map(|r| format!(" — {r}")).unwrap_or_default();
            say!("  {}  {}{room}", calendar::time_range(session.start, session.end, self.lang), session.title.get_or_other(self.lang));
            for (role, en, fr) in [
                (SessionRole::Chair, "Chair", "Présidence"),
                (SessionRole::CoChair, "Co-chairs", "Coprésidence"),
                (SessionRole::Moderator, "Moderator", "Modération"),
                (SessionRole::Speaker, "Speakers", "Intervenants"),
                (SessionRole::Rapporteur, "Rapporteur", "Rapporteur"),
            ] {
                let names: Vec<String> =
                    s.with_role(role).map(|p| format!("{} ({})", p.display_name, self.lang.pick(&p.delegation_en, &p.delegation_fr))).collect();
                if !names.is_empty() {
                    let colon = self.t(":", "\u{a0}:");
                    say!("      {}{colon} {}", self.t(en, fr), names.join("; "));
                }
            }
        }
        Ok(())
    }

    pub fn stats(&self, s: &StatsDto) -> anyhow::Result<()> {
        if self.json {
            return self.print_json(s);
        }
        let colon = self.t(":", "\u{a0}:");
        // The headline in both languages, the chosen one first: it goes into bilingual documents.
        say!("{}", self.lang.pick(&s.headline_en, &s.headline_fr));
        say!("{}", self.lang.other().pick(&s.headline_en, &s.headline_fr));
        say!("{}{colon} {}", self.t("Representatives", "Représentants"), s.stats.representatives);
        say!("{}{colon} {}", self.t("Countries", "Pays"), s.stats.countries);
        say!("{}{colon} {}", self.t("Organisations", "Organisations"), s.stats.organisations);
        for c in &s.stats.organisations_by_category {
            say!("    {}{colon} {}", c.label, c.count);
        }
        say!("{}{colon}", self.t("Delegations of states by region", "Délégations d’États par région"));
        for c in &s.stats.delegations_by_region {
            say!("    {}{colon} {}", c.label, c.count);
        }
        say!("{}{colon}", self.t("Delegations of states by sub-region", "Délégations d’États par sous-région"));
        for c in &s.stats.delegations_by_subregion {
            say!("    {}{colon} {}", c.label, c.count);
        }
        say!("{}{colon}", self.t("Roles", "Rôles"));
        for c in &s.stats.participants_by_role {
            say!("    {}{colon} {}", c.label, c.count);
        }
        let g = &s.stats.gender;
        let share = g.female_share().map(|p| format!(" ({p}{})", self.t("%", "\u{a0}%"))).unwrap_or_default();
        say!(
            "{}{colon} {} {}{share}, {} {}, {} {}",
            self.t("Gender", "Genre"),
            g.female,
            self.t("women", "femmes"),
            g.male,
            self.t("men", "hommes"),
            g.unknown,
            self.t("not recorded", "non renseignés"),
        );
        say!(
            "{}{colon} {} {}, {} {}, {} {}",
            self.t("Attendance", "Présence"),
            s.stats.registered,
            self.t("registered", "inscrits"),
            s.stats.attended,
            self.t("attended", "présents"),
            s.stats.badges_printed,
            self.t("badges printed", "badges imprimés"),
        );
        say!("{}{colon}", self.t("Participants by delegation category", "Participants par catégorie de délégation"));
        for c in &s.stats.participants_by_category {
            say!("    {}{colon} {}", c.label, c.count);
        }
        say!("{}{colon}", self.t("Participants by country", "Participants par pays"));
        for c in &s.stats.participants_by_country {
            say!("    {}{colon} {}", c.label, c.count);
        }
        say!("{}{colon} {}", self.t("Sessions", "Séances"), s.stats.sessions);
        Ok(())
    }

    pub fn hits(&self, hits: &[Hit]) -> anyhow::Result<()> {
        if self.json {
            return self.print_json(hits);
        }
        for h in hits {
            say!("{}\t{}\t{}\t{}\t{}", h.kind, h.id, h.title, h.context, h.snippet);
        }
        Ok(())
    }

    pub fn check(&self, report: &CheckReport) -> anyhow::Result<()> {
        if self.json {
            return self.print_json(report);
        }
        for p in &report.problems {
            say!("{}: {} — {}", p.severity, p.code, p.detail);
        }
        if report.ok {
            say!("{} (schema {})", self.t("ok", "ok"), report.schema_version);
        }
        Ok(())
    }
}
