//! The dates coaches type (relative words, weekday names, day-month numbers): parsing and display.

mod numeric;
mod reading;
mod words;

use chrono::{NaiveDate, TimeDelta};

use numeric::parse_numeric;
pub use reading::{DateError, DateSense, format_date};
use reading::{weekday_named, weekday_offset};
use words::parse_phrase;

/// Parses a typed date relative to `today`; `sense` decides which way a bare weekday name points.
pub fn parse_date(input: &str, today: NaiveDate, sense: DateSense) -> Result<NaiveDate, DateError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(DateError::Empty);
    }
    let lower = input.to_lowercase();
    // Only the arithmetic at the very ends of chrono's range can fail; that is a year problem.
    let out_of_range = || DateError::BadYear {
        input: input.to_owned(),
    };
    // "ma." is how weekdays are abbreviated in Dutch agendas.
    let name = lower.strip_suffix('.').unwrap_or(&lower);
    let offset = match lower.as_str() {
        "vandaag" | "today" => Some(0),
        "gisteren" | "yesterday" => Some(-1),
        "eergisteren" => Some(-2),
        "morgen" | "tomorrow" => Some(1),
        "overmorgen" => Some(2),
        _ => weekday_named(name).map(|weekday| weekday_offset(today, weekday, sense)),
    };
    if let Some(offset) = offset {
        return today
            .checked_add_signed(TimeDelta::days(offset))
            .ok_or_else(out_of_range);
    }
    if let Some(phrase) = parse_phrase(input, &lower, today) {
        return phrase;
    }
    parse_numeric(input, today, sense)
}

#[cfg(test)]
mod tests {
    use super::reading::WEEKDAY_NAMES;
    use super::*;
    use crate::message::Msg;
    use chrono::{Datelike, Weekday};

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    /// A day in the fixture year 2026.
    fn d(month: u32, day: u32) -> NaiveDate {
        date(2026, month, day)
    }

    /// Wednesday 11 March 2026, so weekday lookups have days on both sides within the same week.
    fn today() -> NaiveDate {
        d(3, 11)
    }

    fn past(input: &str) -> Result<NaiveDate, DateError> {
        parse_date(input, today(), DateSense::Past)
    }

    fn future(input: &str) -> Result<NaiveDate, DateError> {
        parse_date(input, today(), DateSense::Future)
    }

    fn no_such_day(days_in_month: u32) -> impl Fn(String) -> DateError {
        move |input| DateError::NoSuchDay {
            input,
            days_in_month,
        }
    }

    fn assert_rejected(inputs: &[&str], expected: impl Fn(String) -> DateError) {
        for input in inputs {
            let error = expected(input.trim().to_owned());
            assert_eq!(past(input), Err(error), "{input:?}");
        }
    }

    #[test]
    fn relative_words_in_dutch_and_english_ignore_sense() {
        let either_sense = |inputs: &str, expected| {
            for input in inputs.split(' ') {
                assert_eq!((past(input), future(input)), (Ok(expected), Ok(expected)));
            }
        };
        either_sense("vandaag today", d(3, 11));
        either_sense("gisteren yesterday", d(3, 10));
        either_sense("eergisteren", d(3, 9));
        either_sense("morgen tomorrow", d(3, 12));
        either_sense("overmorgen", d(3, 13));
    }

    #[test]
    fn case_and_surrounding_whitespace_are_ignored() {
        assert_eq!(past("  Gisteren \t"), Ok(d(3, 10)));
        assert_eq!(past("VANDAAG"), Ok(today()));
        assert_eq!(past(" Ma\n"), Ok(d(3, 9)));
        assert_eq!(future(" 12-11 "), Ok(d(11, 12)));
    }

    #[test]
    fn relative_words_cross_year_and_leap_day_boundaries() {
        let on = |input, today| parse_date(input, today, DateSense::Past);
        assert_eq!(on("gisteren", d(1, 1)), Ok(date(2025, 12, 31)));
        assert_eq!(on("morgen", date(2028, 2, 28)), Ok(date(2028, 2, 29)));
        assert_eq!(on("vr", d(1, 1)), Ok(date(2025, 12, 26)));
    }

    #[test]
    fn past_weekday_is_most_recent_including_today() {
        assert_eq!(today().weekday(), Weekday::Wed);
        assert_eq!(past("wo"), Ok(today()));
        assert_eq!(past("ma"), Ok(d(3, 9)));
        assert_eq!(past("di"), Ok(d(3, 10)));
        assert_eq!(past("do"), Ok(d(3, 5)));
        assert_eq!(past("zo"), Ok(d(3, 8)));
    }

    #[test]
    fn future_weekday_is_strictly_after_today() {
        assert_eq!(future("wo"), Ok(d(3, 18)));
        assert_eq!(future("do"), Ok(d(3, 12)));
        assert_eq!(future("ma"), Ok(d(3, 16)));
        assert_eq!(future("di"), Ok(d(3, 17)));
    }

    #[test]
    fn every_weekday_spelling_resolves_within_a_week() {
        for (weekday, names) in WEEKDAY_NAMES {
            for name in names.split(' ') {
                let before = past(name).unwrap();
                let after = future(name).unwrap();
                assert_eq!(before.weekday(), weekday, "{name}");
                assert_eq!(after.weekday(), weekday, "{name}");
                assert!((0..=6).contains(&(today() - before).num_days()), "{name}");
                assert!((1..=7).contains(&(after - today()).num_days()), "{name}");
            }
        }
    }

    #[test]
    fn full_names_and_dotted_abbreviations() {
        assert_eq!(past("Vrijdag"), Ok(d(3, 6)));
        assert_eq!(future("friday"), Ok(d(3, 13)));
        assert_eq!(future("za."), Ok(d(3, 14)));
        assert_eq!(past("Sunday"), Ok(d(3, 8)));
    }

    #[test]
    fn day_month_uses_the_nearest_year_with_any_separator() {
        for input in ["12-11", "12/11", "12.11"] {
            assert_eq!(future(input), Ok(d(11, 12)), "{input}");
            assert_eq!(past(input), Ok(date(2025, 11, 12)), "{input}");
        }
        assert_eq!(past("1-2"), Ok(d(2, 1)));
        assert_eq!(past("01-02"), Ok(d(2, 1)));
    }

    #[test]
    fn day_month_year_with_four_or_two_digit_year() {
        for input in "12-11-2026 12/11/2026 12.11.2026 12-11-26 12/11/26".split(' ') {
            assert_eq!(past(input), Ok(d(11, 12)), "{input}");
        }
        assert_eq!(past("5.6.07"), Ok(date(2007, 6, 5)));
        assert_eq!(past("1-2-2027"), Ok(date(2027, 2, 1)));
        assert_eq!(past("31-12-99"), Ok(date(1999, 12, 31)));
        assert_eq!(future("31-12-99"), Ok(date(2099, 12, 31)));
    }

    #[test]
    fn iso_dates() {
        assert_eq!(past("2026-11-12"), Ok(d(11, 12)));
        assert_eq!(past("2008-1-5"), Ok(date(2008, 1, 5)));
    }

    #[test]
    fn leap_days() {
        assert_eq!(past("29-02-2028"), Ok(date(2028, 2, 29)));
        assert_eq!(past("29-02-2000"), Ok(date(2000, 2, 29)));
        assert_rejected(&["29-02-2027", "29-02-1900", "29-02"], no_such_day(28));
    }

    #[test]
    fn days_that_do_not_exist_report_the_month_length() {
        assert_rejected(&["31-02-2026", "2026-02-30"], no_such_day(28));
        assert_rejected(&["31-04", "31-06-2026"], no_such_day(30));
        assert_rejected(&["32-01-2026", "0-3-2026"], no_such_day(31));
    }

    #[test]
    fn months_out_of_range() {
        let inputs = ["12-13-2026", "1-0", "2026-13-01", "31-13-1800"];
        assert_rejected(&inputs, |input| DateError::BadMonth { input });
    }

    #[test]
    fn years_out_of_range() {
        assert_eq!(past("01-01-1900"), Ok(date(1900, 1, 1)));
        assert_eq!(past("31-12-2100"), Ok(date(2100, 12, 31)));
        let inputs: Vec<_> = "31-12-1899 01-01-2101 1800-01-01 1-1-202 1-1-20266 1-1-1"
            .split(' ')
            .collect();
        assert_rejected(&inputs, |input| DateError::BadYear { input });
    }

    #[test]
    fn empty_input() {
        assert_eq!(past(""), Err(DateError::Empty));
        assert_eq!(past(" \t\n"), Err(DateError::Empty));
    }

    #[test]
    fn unrecognised_input_keeps_the_trimmed_text() {
        let mut inputs = vec![" volgende maandje ", "１２-１１"];
        inputs
            .extend("maan 12 12112026 12-11/2026 12--11 -12-11 12-11- a-b ma.. +12-11".split(' '));
        inputs.extend("123-11-2026 12-11-2026-1 2026-11 12-1-11-1".split(' '));
        assert_rejected(&inputs, |input| DateError::Unrecognised { input });
    }

    #[test]
    fn messages_carry_ids_and_named_args() {
        let message = |input| past(input).unwrap_err().message();
        assert_eq!(message(""), Msg::new("date-empty"));
        let unrecognised = Msg::new("date-unrecognised").arg("input", "gister");
        assert_eq!(message(" gister "), unrecognised);
        let no_such_day = Msg::new("date-no-such-day").arg("input", "31-02-2026");
        assert_eq!(message("31-02-2026"), no_such_day.arg("days_in_month", 28));
        let bad_month = Msg::new("date-bad-month").arg("input", "12-13-2026");
        assert_eq!(message("12-13-2026"), bad_month);
        assert_eq!(
            message("1-1-3000"),
            Msg::new("date-bad-year").arg("input", "1-1-3000")
        );
    }

    #[test]
    fn display_for_logs_never_repeats_the_input() {
        for input in ["", "Jan de Vries", "31-02-2026", "12-13-2026", "1-1-3000"] {
            let shown = past(input).unwrap_err().to_string();
            for fragment in ["Jan", "31-02", "12-13", "3000"] {
                assert!(!shown.contains(fragment), "{shown}");
            }
        }
        let shown = past("31-02-2026").unwrap_err().to_string();
        assert_eq!(shown, "day does not exist in that month, which has 28 days");
    }

    #[test]
    fn format_is_dutch_day_month_year_and_parses_back() {
        assert_eq!(format_date(d(3, 1)), "01-03-2026");
        assert_eq!(format_date(date(2008, 12, 31)), "31-12-2008");
        let (first, leap, last) = (date(1900, 1, 1), date(2028, 2, 29), date(2100, 12, 31));
        for day in [first, leap, last, today()] {
            assert_eq!(past(&format_date(day)), Ok(day));
        }
    }

    #[test]
    fn dates_without_a_year_roll_to_the_nearest_one_in_the_right_direction() {
        let january = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        assert_eq!(
            parse_date("30-12", january, DateSense::Past),
            Ok(NaiveDate::from_ymd_opt(2026, 12, 30).unwrap())
        );
        let december = NaiveDate::from_ymd_opt(2026, 12, 18).unwrap();
        assert_eq!(
            parse_date("06-01", december, DateSense::Future),
            Ok(NaiveDate::from_ymd_opt(2027, 1, 6).unwrap())
        );
        assert_eq!(
            parse_date("18-12", december, DateSense::Future),
            Ok(december),
            "today itself stays this year"
        );
    }

    #[test]
    fn a_two_digit_year_in_the_past_sense_is_never_in_the_future() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(
            parse_date("03-05-99", today, DateSense::Past),
            Ok(NaiveDate::from_ymd_opt(1999, 5, 3).unwrap())
        );
        assert_eq!(
            parse_date("03-05-26", today, DateSense::Past),
            Ok(NaiveDate::from_ymd_opt(2026, 5, 3).unwrap())
        );
    }
}
