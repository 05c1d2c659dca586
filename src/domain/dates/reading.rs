//! What every way of reading a date shares: its direction, its errors, weekday names, display.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::message::Msg;

// Wide enough for any birth or session date, narrow enough to catch a mistyped year.
pub(super) const MIN_YEAR: i32 = 1900;
pub(super) const MAX_YEAR: i32 = 2100;

/// How a bare weekday name resolves: a session date looks back, a next-contact date looks ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSense {
    Past,
    Future,
}

/// Why typed text is not a date. `Display` is for logs, so it never repeats the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("date input is empty")]
    Empty,
    #[error("date input is not in a recognised format")]
    Unrecognised { input: String },
    #[error("day does not exist in that month, which has {days_in_month} days")]
    NoSuchDay { input: String, days_in_month: u32 },
    #[error("month is out of range 1-12")]
    BadMonth { input: String },
    #[error("year is out of range {MIN_YEAR}-{MAX_YEAR}")]
    BadYear { input: String },
    /// "volgende dinsdag": this coming Tuesday or the one after? Both are said.
    #[error("date input can mean two dates")]
    Ambiguous {
        input: String,
        first: NaiveDate,
        second: NaiveDate,
    },
}

impl DateError {
    pub fn message(&self) -> Msg {
        match self {
            Self::Empty => Msg::new("date-empty"),
            Self::Unrecognised { input } => Msg::new("date-unrecognised").arg("input", input),
            Self::NoSuchDay {
                input,
                days_in_month,
            } => Msg::new("date-no-such-day")
                .arg("input", input)
                .arg("days_in_month", days_in_month),
            Self::BadMonth { input } => Msg::new("date-bad-month").arg("input", input),
            Self::BadYear { input } => Msg::new("date-bad-year").arg("input", input),
            Self::Ambiguous {
                input,
                first,
                second,
            } => Msg::new("date-ambiguous")
                .arg("input", input)
                .arg("first", format_date(*first))
                .arg("second", format_date(*second)),
        }
    }
}

// Also the longer abbreviations people use ("woe", "vrij", "thurs"); none collides with another.
pub(super) const WEEKDAY_NAMES: [(Weekday, &str); 7] = [
    (Weekday::Mon, "ma maandag mon monday"),
    (Weekday::Tue, "di din dinsdag tue tues tuesday"),
    (Weekday::Wed, "wo woe woensdag wed wednesday"),
    (Weekday::Thu, "do don donderdag thu thur thurs thursday"),
    (Weekday::Fri, "vr vrij vrijdag fri friday"),
    (Weekday::Sat, "za zat zaterdag sat saturday"),
    (Weekday::Sun, "zo zon zondag sun sunday"),
];

/// Formats a date the way Dutch users read it (`DD-MM-YYYY`); JSON uses ISO instead.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// The weekday a typed name stands for ("di", "dinsdag", "tues"), already lowercased.
pub(super) fn weekday_named(name: &str) -> Option<Weekday> {
    WEEKDAY_NAMES
        .iter()
        .find(|(_, names)| names.split(' ').any(|n| n == name))
        .map(|&(weekday, _)| weekday)
}

/// Days from `today` to the weekday the user means.
pub(super) fn weekday_offset(today: NaiveDate, weekday: Weekday, sense: DateSense) -> i64 {
    let days_since = i64::from(today.weekday().days_since(weekday));
    match sense {
        // A session happened today or earlier, so today's own weekday means today.
        DateSense::Past => -days_since,
        // A next contact is planned ahead, so today's own weekday means a week from now.
        DateSense::Future => 7 - days_since,
    }
}
