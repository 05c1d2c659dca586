//! Today's date, with an override for tests and reproducible demos.

use chrono::NaiveDate;

/// Pins "today" (ISO date) so that tests, demos and screenshots do not depend on the calendar.
pub const TODAY_ENV: &str = "STAGECOACH_TODAY";

pub fn today() -> NaiveDate {
    std::env::var(TODAY_ENV)
        .ok()
        .and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}
