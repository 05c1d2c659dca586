//! The period a report covers: from and to, both included; by default the current month.

use chrono::{Datelike, Months, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// The calendar month `day` falls in.
    pub fn month_of(day: NaiveDate) -> Period {
        let from = day.with_day(1).expect("every month has a first day");
        let to = from + Months::new(1) - chrono::Days::new(1);
        Period { from, to }
    }

    /// The calendar year `year`.
    pub fn year(year: i32) -> Option<Period> {
        Some(Period {
            from: NaiveDate::from_ymd_opt(year, 1, 1)?,
            to: NaiveDate::from_ymd_opt(year, 12, 31)?,
        })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        (self.from..=self.to).contains(&day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_runs_from_its_first_to_its_last_day() {
        let day = NaiveDate::from_ymd_opt(2026, 2, 14).unwrap();
        let month = Period::month_of(day);
        assert_eq!(month.from, NaiveDate::from_ymd_opt(2026, 2, 1).unwrap());
        assert_eq!(month.to, NaiveDate::from_ymd_opt(2026, 2, 28).unwrap());
        assert!(month.contains(day) && !month.contains(month.to.succ_opt().unwrap()));
    }
}
