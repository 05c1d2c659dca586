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

    /// Quarter `quarter` (1 to 4) of `year`.
    pub fn quarter(year: i32, quarter: u32) -> Option<Period> {
        let from = NaiveDate::from_ymd_opt(year, 3 * quarter.checked_sub(1)? + 1, 1)?;
        let to = from + Months::new(3) - chrono::Days::new(1);
        (quarter <= 4).then_some(Period { from, to })
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

    #[test]
    fn a_quarter_is_three_whole_months() {
        let q3 = Period::quarter(2026, 3).unwrap();
        assert_eq!(q3.from, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
        assert_eq!(q3.to, NaiveDate::from_ymd_opt(2026, 9, 30).unwrap());
        assert_eq!(
            Period::quarter(2026, 4).unwrap().to,
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
        assert_eq!(Period::quarter(2026, 0), None);
        assert_eq!(Period::quarter(2026, 5), None);
    }
}
