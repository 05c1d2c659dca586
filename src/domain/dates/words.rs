//! Dates in words, Dutch and English: counts of days, weeks and months, next week, end of the month.

use chrono::{Datelike, NaiveDate, TimeDelta, Weekday};

use super::reading::{DateError, DateSense, weekday_named, weekday_offset};

/// Dates in words, Dutch and English: "+14", "over 2 weken" / "in 2 weeks", "3 dagen geleden" /
/// "3 days ago", "volgende week dinsdag" / "next week tuesday", "volgende week" / "next week",
/// "eind van de maand" / "end of the month". None when the input is none of these.
pub(super) fn parse_phrase(
    input: &str,
    lower: &str,
    today: NaiveDate,
) -> Option<Result<NaiveDate, DateError>> {
    let out_of_range = || DateError::BadYear {
        input: input.to_owned(),
    };
    let words: Vec<&str> = lower.split_whitespace().collect();
    let days = |n: i64| {
        today
            .checked_add_signed(TimeDelta::days(n))
            .ok_or_else(out_of_range)
    };
    let months = |n: i64| {
        let shifted = if n >= 0 {
            today.checked_add_months(chrono::Months::new(n as u32))
        } else {
            today.checked_sub_months(chrono::Months::new(n.unsigned_abs() as u32))
        };
        shifted.ok_or_else(out_of_range)
    };
    // How many of a unit, as a signed offset in days or months.
    let amount = |count: &str, unit: &str, sign: i64| -> Option<Result<NaiveDate, DateError>> {
        let count: i64 = count.parse().ok()?;
        Some(match unit {
            "dag" | "dagen" | "day" | "days" => days(sign * count),
            "week" | "weken" | "weeks" => days(sign * count * 7),
            "maand" | "maanden" | "month" | "months" => months(sign * count),
            _ => return None,
        })
    };
    // The given weekday in the calendar week after this one (weeks start on Monday).
    let in_next_week = |day: Weekday| {
        let monday = today - TimeDelta::days(i64::from(today.weekday().num_days_from_monday()));
        days((monday - today).num_days() + 7 + i64::from(day.num_days_from_monday()))
    };
    match words[..] {
        [signed] if signed.starts_with(['+', '-']) && signed.len() > 1 => {
            let n: i64 = signed[1..].parse().ok()?;
            Some(days(if signed.starts_with('-') { -n } else { n }))
        }
        ["over" | "in", count, unit] => amount(count, unit, 1),
        [count, unit, "geleden" | "ago"] => amount(count, unit, -1),
        ["volgende" | "next", "week"] => Some(days(7)),
        ["volgende" | "next", "week", name] => Some(in_next_week(weekday_named(name)?)),
        // "volgende dinsdag" is this coming Tuesday to some and next week's to others.
        ["volgende" | "next", name] => {
            let day = weekday_named(name)?;
            let first = days(weekday_offset(today, day, DateSense::Future));
            let second = in_next_week(day);
            Some(match (first, second) {
                (Ok(first), Ok(second)) if first != second => Err(DateError::Ambiguous {
                    input: input.to_owned(),
                    first,
                    second,
                }),
                (first, _) => first,
            })
        }
        ["eind", "van", "de", "maand"]
        | ["einde", "maand"]
        | ["eind", "maand"]
        | ["end", "of", "the", "month"]
        | ["end", "of", "month"] => {
            let next_month = today
                .with_day(1)?
                .checked_add_months(chrono::Months::new(1))?;
            Some(next_month.pred_opt().ok_or_else(out_of_range))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::*;

    /// Tuesday 1 December 2026, the fixed day the phrases are read on.
    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    fn on(input: &str) -> Result<NaiveDate, DateError> {
        parse_date(input, today(), DateSense::Future)
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn dutch_phrases() {
        assert_eq!(on("morgen"), Ok(day(12, 2)));
        assert_eq!(on("overmorgen"), Ok(day(12, 3)));
        assert_eq!(on("over 2 weken"), Ok(day(12, 15)));
        assert_eq!(on("over 3 dagen"), Ok(day(12, 4)));
        assert_eq!(
            on("over 1 maand"),
            NaiveDate::from_ymd_opt(2027, 1, 1).ok_or(DateError::Empty)
        );
        assert_eq!(on("+14"), Ok(day(12, 15)));
        assert_eq!(on("-1"), Ok(day(11, 30)));
        assert_eq!(on("3 dagen geleden"), Ok(day(11, 28)));
        assert_eq!(on("volgende week dinsdag"), Ok(day(12, 8)));
        assert_eq!(on("volgende week vrijdag"), Ok(day(12, 11)));
        assert_eq!(on("volgende week"), Ok(day(12, 8)));
        assert_eq!(on("eind van de maand"), Ok(day(12, 31)));
        assert_eq!(on("Einde maand"), Ok(day(12, 31)));
    }

    #[test]
    fn english_phrases() {
        assert_eq!(on("tomorrow"), Ok(day(12, 2)));
        assert_eq!(on("in 2 weeks"), Ok(day(12, 15)));
        assert_eq!(on("2 days ago"), Ok(day(11, 29)));
        assert_eq!(on("next week tuesday"), Ok(day(12, 8)));
        assert_eq!(on("next week"), Ok(day(12, 8)));
        assert_eq!(on("end of the month"), Ok(day(12, 31)));
        assert_eq!(on("end of month"), Ok(day(12, 31)));
    }

    #[test]
    fn ambiguous_and_half_phrases_are_refused_with_what_was_understood() {
        // On a Tuesday, "next Thursday" is the day after tomorrow to some, a week later to others.
        let err = on("volgende donderdag").unwrap_err();
        assert_eq!(
            err,
            DateError::Ambiguous {
                input: "volgende donderdag".into(),
                first: day(12, 3),
                second: day(12, 10),
            }
        );
        assert!(matches!(on("over 2"), Err(DateError::Unrecognised { .. })));
        assert!(matches!(
            on("over twee weken"),
            Err(DateError::Unrecognised { .. })
        ));
        assert!(matches!(
            on("volgende week blauw"),
            Err(DateError::Unrecognised { .. })
        ));
    }
}
