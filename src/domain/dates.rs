//! The dates coaches type (relative words, weekday names, day-month numbers): parsing and display.

use chrono::{Datelike, NaiveDate, TimeDelta, Weekday};

use crate::message::Msg;

// Wide enough for any birth or session date, narrow enough to catch a mistyped year.
const MIN_YEAR: i32 = 1900;
const MAX_YEAR: i32 = 2100;

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
const WEEKDAY_NAMES: [(Weekday, &str); 7] = [
    (Weekday::Mon, "ma maandag mon monday"),
    (Weekday::Tue, "di din dinsdag tue tues tuesday"),
    (Weekday::Wed, "wo woe woensdag wed wednesday"),
    (Weekday::Thu, "do don donderdag thu thur thurs thursday"),
    (Weekday::Fri, "vr vrij vrijdag fri friday"),
    (Weekday::Sat, "za zat zaterdag sat saturday"),
    (Weekday::Sun, "zo zon zondag sun sunday"),
];

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
        _ => WEEKDAY_NAMES
            .iter()
            .find(|(_, names)| names.split(' ').any(|n| n == name))
            .map(|&(weekday, _)| weekday_offset(today, weekday, sense)),
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

/// Dates in words, Dutch and English: "+14", "over 2 weken" / "in 2 weeks", "3 dagen geleden" /
/// "3 days ago", "volgende week dinsdag" / "next week tuesday", "volgende week" / "next week",
/// "eind van de maand" / "end of the month". None when the input is none of these.
fn parse_phrase(
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
    let weekday = |name: &str| {
        WEEKDAY_NAMES
            .iter()
            .find(|(_, names)| names.split(' ').any(|n| n == name))
            .map(|&(weekday, _)| weekday)
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
        ["volgende" | "next", "week", name] => Some(in_next_week(weekday(name)?)),
        // "volgende dinsdag" is this coming Tuesday to some and next week's to others.
        ["volgende" | "next", name] => {
            let day = weekday(name)?;
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

/// Formats a date the way Dutch users read it (`DD-MM-YYYY`); JSON uses ISO instead.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// Days from `today` to the weekday the user means.
fn weekday_offset(today: NaiveDate, weekday: Weekday, sense: DateSense) -> i64 {
    let days_since = i64::from(today.weekday().days_since(weekday));
    match sense {
        // A session happened today or earlier, so today's own weekday means today.
        DateSense::Past => -days_since,
        // A next contact is planned ahead, so today's own weekday means a week from now.
        DateSense::Future => 7 - days_since,
    }
}

fn parse_numeric(input: &str, today: NaiveDate, sense: DateSense) -> Result<NaiveDate, DateError> {
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

#[cfg(test)]
mod phrase_tests {
    use super::*;

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

#[cfg(test)]
mod tests {
    use super::*;

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
