//! Which snapshots to keep, the way Anki keeps its backups: every snapshot of the last 48
//! hours, then the newest of each day for 12 days, of each week for 10 weeks and of each
//! month for 9 months. Older snapshots, and extra ones in a period already kept, go.
//!
//! A pure function of the snapshots' times and the present, so that it can be tested with
//! any calendar; the caller deletes the files.

use chrono::{DateTime, Datelike, Duration, Utc};

/// How many periods of each kind are kept after the first 48 hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Everything younger than this is kept.
    pub keep_all: Duration,
    /// Newest snapshot per day, for this many days.
    pub daily: usize,
    /// Newest snapshot per ISO week, for this many weeks.
    pub weekly: usize,
    /// Newest snapshot per month, for this many months.
    pub monthly: usize,
}

impl Default for Retention {
    fn default() -> Self {
        Retention { keep_all: Duration::hours(48), daily: 12, weekly: 10, monthly: 9 }
    }
}

impl Retention {
    /// The indexes (into `times`) of the snapshots to delete, given the present `now`.
    ///
    /// `protected` snapshots (the one just made) are never deleted; if every snapshot would
    /// go, the newest stays, so that a good snapshot always remains.
    pub fn prune(&self, now: DateTime<Utc>, times: &[DateTime<Utc>], protected: &[usize]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..times.len()).collect();
        // Newest first: within a period the first one met is the one kept.
        order.sort_by(|a, b| times[*b].cmp(&times[*a]).then(b.cmp(a)));
        let (mut daily, mut weekly, mut monthly) = (0, 0, 0);
        let mut last_kept: Option<DateTime<Utc>> = None;
        let mut doomed = Vec::new();
        for index in order.iter().copied() {
            let time = times[index];
            let differs = |same: fn(&DateTime<Utc>, &DateTime<Utc>) -> bool| last_kept.is_none_or(|last| !same(&last, &time));
            // A snapshot dated in the future (a clock set back) counts as recent: never lose it.
            let keep = if now - time < self.keep_all {
                true
            } else if daily < self.daily {
                let keep = differs(same_day);
                daily += usize::from(keep);
                keep
            } else if weekly < self.weekly {
                let keep = differs(same_week);
                weekly += usize::from(keep);
                keep
            } else if monthly < self.monthly {
                let keep = differs(same_month);
                monthly += usize::from(keep);
                keep
            } else {
                false
            };
            if keep {
                last_kept = Some(time);
            } else if !protected.contains(&index) {
                doomed.push(index);
            }
        }
        // Never all of them: the newest stays. (No let-chain: the crates build on Rust 1.85.)
        if let (true, Some(newest)) = (doomed.len() == times.len(), order.first()) {
            doomed.retain(|i| i != newest);
        }
        doomed.sort_unstable();
        doomed
    }
}

fn same_day(a: &DateTime<Utc>, b: &DateTime<Utc>) -> bool {
    a.date_naive() == b.date_naive()
}

fn same_week(a: &DateTime<Utc>, b: &DateTime<Utc>) -> bool {
    a.iso_week() == b.iso_week()
}

fn same_month(a: &DateTime<Utc>, b: &DateTime<Utc>) -> bool {
    (a.year(), a.month()) == (b.year(), b.month())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).single().expect("a valid test date")
    }

    fn kept(now: DateTime<Utc>, times: &[DateTime<Utc>]) -> Vec<DateTime<Utc>> {
        let doomed = Retention::default().prune(now, times, &[]);
        let mut out: Vec<_> = times.iter().enumerate().filter(|(i, _)| !doomed.contains(i)).map(|(_, t)| *t).collect();
        out.sort();
        out
    }

    #[test]
    fn everything_of_the_last_48_hours_is_kept() {
        let now = at(2026, 12, 1, 12);
        let times: Vec<_> = (0..96).map(|half_hours| now - Duration::minutes(30 * half_hours)).collect();
        assert_eq!(kept(now, &times).len(), 96, "48 hours of half-hourly snapshots all stay");
    }

    #[test]
    fn after_48_hours_one_per_day_for_12_days() {
        let now = at(2026, 12, 1, 12);
        // Every 6 hours for 14 days back from 3 days ago.
        let times: Vec<_> = (0..56).map(|i| now - Duration::days(3) - Duration::hours(6 * i)).collect();
        let kept = kept(now, &times);
        let days: std::collections::BTreeSet<_> = kept.iter().map(|t| t.date_naive()).collect();
        assert_eq!(days.len(), kept.len(), "at most one snapshot per day is kept after 48 hours: {kept:?}");
        let daily: Vec<_> = kept.iter().rev().take(12).collect();
        for t in &daily {
            let newest_of_day = times.iter().filter(|x| x.date_naive() == t.date_naive()).max().expect("its day");
            assert_eq!(*t, newest_of_day, "the newest snapshot of each day is the one kept");
        }
        // 12 days, then weekly: the two remaining days belong to weeks already counted or to
        // new weeks; either way nothing older than 12 days + 10 weeks + 9 months stays.
        assert!(kept.len() >= 12, "12 daily snapshots: {kept:?}");
    }

    #[test]
    fn weekly_then_monthly_then_nothing() {
        let now = at(2026, 12, 1, 12);
        // One snapshot a day for two years.
        let times: Vec<_> = (0..730).map(|d| now - Duration::days(d)).collect();
        let kept = kept(now, &times);
        let recent = kept.iter().filter(|t| now - **t < Duration::hours(48)).count();
        assert_eq!(recent, 2, "today's and yesterday's");
        let old: Vec<_> = kept.iter().filter(|t| now - **t >= Duration::hours(48)).collect();
        assert_eq!(old.len(), 12 + 10 + 9, "12 daily, 10 weekly, 9 monthly: {old:?}");
        let oldest = kept.first().expect("some kept");
        assert!(now - *oldest < Duration::days(12 + 10 * 7 + 9 * 31 + 2), "nothing older than the last monthly period: {oldest}");
        assert!(now - *oldest > Duration::days(200), "monthly snapshots reach back months: {oldest}");
        let weeks: std::collections::BTreeSet<_> = old.iter().map(|t| (t.iso_week().year(), t.iso_week().week())).collect();
        assert!(weeks.len() >= 10 + 9, "weekly and monthly ones are in different weeks");
    }

    #[test]
    fn across_a_year_end_weeks_and_months_are_told_apart() {
        let now = at(2027, 1, 20, 9);
        let times: Vec<_> = (0..120).map(|d| now - Duration::days(d) - Duration::hours(3)).collect();
        let kept = kept(now, &times);
        let months: std::collections::BTreeSet<_> = kept.iter().map(|t| (t.year(), t.month())).collect();
        assert!(months.contains(&(2026, 12)) && months.contains(&(2026, 11)), "December and November 2026 both kept: {kept:?}");
        // 2 recent, 12 daily (18 back to 7 January), 10 weekly (3 January, in ISO week 53 of
        // 2026, back to 1 November), then the months not yet kept: October and September.
        assert_eq!(kept.len(), 2 + 12 + 10 + 2, "{kept:?}");
        for day in [at(2027, 1, 3, 6), at(2026, 12, 27, 6), at(2026, 11, 1, 6), at(2026, 10, 31, 6), at(2026, 9, 30, 6)] {
            assert!(kept.contains(&day), "{day} is the newest of its week or month: {kept:?}");
        }
    }

    #[test]
    fn the_protected_snapshot_and_the_last_one_stay() {
        let now = at(2026, 12, 1, 12);
        let old = vec![at(2020, 1, 1, 0), at(2019, 6, 1, 0)];
        let doomed = Retention::default().prune(now, &old, &[]);
        assert!(doomed.len() < old.len(), "the newest of very old snapshots stays when all would go");
        assert!(!doomed.contains(&0), "the newer of the two is the one kept");
        let times = vec![at(2026, 11, 20, 10), at(2026, 11, 20, 11)];
        let doomed = Retention::default().prune(now, &times, &[0]);
        assert!(doomed.is_empty(), "the protected snapshot stays even when its day has a newer one: {doomed:?}");
    }

    #[test]
    fn a_snapshot_from_the_future_is_kept() {
        let now = at(2026, 12, 1, 12);
        let times = vec![at(2027, 3, 1, 0), at(2026, 12, 1, 11)];
        assert!(Retention::default().prune(now, &times, &[]).is_empty(), "a clock set back must not delete snapshots");
    }

    #[test]
    fn many_snapshots_the_same_day_keep_the_newest() {
        let now = at(2026, 12, 10, 12);
        let times: Vec<_> = (0..10).map(|h| at(2026, 12, 5, h)).collect();
        let doomed = Retention::default().prune(now, &times, &[]);
        assert_eq!(doomed.len(), 9, "one of ten snapshots of the same day stays");
        assert!(!doomed.contains(&9), "the newest of the day (09:00) is the one kept");
    }
}
