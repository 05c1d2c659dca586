//! Dates in numbers: day-month, day-month-year and year-month-day, with one separator.

use chrono::{Datelike, NaiveDate};

use super::reading::{DateError, DateSense, MAX_YEAR, MIN_YEAR};

pub(super) fn parse_numeric(
    input: &str,
    today: NaiveDate,
    sense: DateSense,
) -> Result<NaiveDate, DateError> {
    let unrecognised = || DateError::Unrecognised {
        input: input.to_owned(),
    };
    // One separator throughout: "12-11/2026" is more likely a typo than a date.
    let separator = input
        .chars()
        .find(|c| matches!(c, '-' | '/' | '.'))
        .ok_or_else(unrecognised)?;
    let parts: Vec<&str> = input.split(separator).collect();
    if parts
        .iter()
        .any(|part| part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(unrecognised());
    }
    let is_short = |part: &str| part.len() <= 2;
    let (day, month, year) = match parts[..] {
        [day, month] if is_short(day) && is_short(month) => (day, month, None),
        [year, month, day] if year.len() == 4 && is_short(month) && is_short(day) => {
            (day, month, Some(year))
        }
        [day, month, year] if is_short(day) && is_short(month) => (day, month, Some(year)),
        _ => return Err(unrecognised()),
    };
    let number = |part: &str| part.parse::<u32>().map_err(|_| unrecognised());

    // Month first: it decides how many days are valid, and "12-13" is month-first (US) typing.
    let month = number(month)?;
    if !(1..=12).contains(&month) {
        return Err(DateError::BadMonth {
            input: input.to_owned(),
        });
    }
    let day = number(day)?;
    let year = match year {
        // Without a year the date is the nearest one in the right direction: "30-12" typed in
        // January is last December for a session, "06-01" typed in December next January for a
        // next contact.
        None => match sense {
            DateSense::Past if (month, day) > (today.month(), today.day()) => today.year() - 1,
            DateSense::Future if (month, day) < (today.month(), today.day()) => today.year() + 1,
            _ => today.year(),
        },
        Some(year) => parse_year(year, today, sense).ok_or_else(|| DateError::BadYear {
            input: input.to_owned(),
        })?,
    };
    let days_in_month = days_in_month(year, month);
    if !(1..=days_in_month).contains(&day) {
        return Err(DateError::NoSuchDay {
            input: input.to_owned(),
            days_in_month,
        });
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(unrecognised)
}

/// Two digits mean this century ("26" is 2026), except for a past date that would then lie in
/// a future year: a birth date "03-05-99" is 1999. Four digits must fall in the accepted range.
fn parse_year(digits: &str, today: NaiveDate, sense: DateSense) -> Option<i32> {
    let year = match digits.len() {
        2 => {
            let year = 2000 + digits.parse::<i32>().ok()?;
            if sense == DateSense::Past && year > today.year() {
                year - 100
            } else {
                year
            }
        }
        4 => digits.parse::<i32>().ok()?,
        _ => return None,
    };
    (MIN_YEAR..=MAX_YEAR).contains(&year).then_some(year)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
