//! The funder report: aggregates of a programme over a period, computed in one pass over the
//! store (`compute.rs`) into a [`Report`] of plain tables (`sections.rs`), and written as
//! Markdown (`markdown.rs`), CSV (`csv_files.rs`) or an Excel workbook (`xlsx.rs`); and the
//! figures of the screen's overview tab (`overview.rs`). Nothing here draws on a terminal. No
//! personal data is in a report: rows are labelled by vocabulary (a status, a contact type, an
//! age band), by a neighbourhood or by a coach's name, never by a young person, and in funder
//! mode small counts are hidden (`Value::shown`).

mod compute;
pub mod csv_files;
mod hours;
pub mod inzage;
pub mod markdown;
pub mod overview;
mod period;
mod reasons;
mod sections;
pub mod traces;
pub mod xlsx;

use chrono::NaiveDate;

pub use hours::own_hours;
pub use period::Period;
pub use sections::compute;

/// Who the report is for: a funder sees no count from 1 to 4 and no rate over fewer than five
/// young people; exact mode is for the team itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Funder,
    Exact,
    /// A coach's own hours, for their school: exact, with young people by code only.
    Own,
}

/// The smallest count a funder report prints as it is (AVG: a count of one to four can point
/// at a person in a small programme).
pub const SMALLEST_SHOWN: u64 = 5;

/// One cell of a table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Count(u64),
    /// Contact time, in minutes (printed as hours).
    Minutes(u64),
    /// A share: `part` of `base` young people.
    Rate {
        part: u64,
        base: u64,
    },
    /// A median number of days, if there was anything to take the median of.
    Days(Option<u64>),
    /// A date (the last bundle from a coach), if there is one.
    Date(Option<NaiveDate>),
}

/// How a value is printed in a mode; `None` when a funder may not see it (a rate over too few).
impl Value {
    pub fn shown(self, mode: Mode) -> Option<String> {
        let funder = mode == Mode::Funder;
        Some(match self {
            _ if self.is_small_count(mode) => "<5".to_string(),
            Value::Count(n) => n.to_string(),
            Value::Minutes(m) => format!("{:.1}", m as f64 / 60.0),
            Value::Rate { base, .. } if funder && base < SMALLEST_SHOWN => return None,
            Value::Rate { base: 0, .. } => "–".to_string(),
            Value::Rate { part, base } => {
                format!("{:.0} %", 100.0 * part as f64 / base as f64)
            }
            Value::Days(Some(d)) => d.to_string(),
            Value::Days(None) | Value::Date(None) => "–".to_string(),
            Value::Date(Some(d)) => crate::domain::dates::format_date(d),
        })
    }
}

impl Value {
    /// Whether this is a count a funder sees only as `<5`.
    pub fn is_small_count(self, mode: Mode) -> bool {
        matches!(self, Value::Count(n) if mode == Mode::Funder && (1..SMALLEST_SHOWN).contains(&n))
    }
}

/// What labels a row: a message id from the vocabulary, or a text that is no young person's
/// name: a coach's name, a week, or (in a coach's own hours only) a young person's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    Id(&'static str),
    Text(String),
}

impl Label {
    /// The label as a reader sees it, in `lang`.
    pub fn in_lang(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Label::Id(id) => lang.text(id),
            Label::Text(text) => text.clone(),
        }
    }
}

impl Mode {
    /// The line that says, at the top of a report, what kind of copy it is.
    pub fn note_id(self) -> &'static str {
        match self {
            Mode::Funder => "report-mode-funder",
            Mode::Exact => "report-mode-exact",
            Mode::Own => "report-mode-own",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: Label,
    pub values: Vec<Value>,
}

/// One table of a section: a title, column headings (message ids) and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub title_id: &'static str,
    pub columns: Vec<&'static str>,
    pub rows: Vec<Row>,
}

impl Table {
    fn new(title_id: &'static str, columns: &[&'static str]) -> Self {
        Self {
            title_id,
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    fn row(&mut self, label: &'static str, values: Vec<Value>) {
        self.rows.push(Row {
            label: Label::Id(label),
            values,
        });
    }
}

/// A section of the report: a heading and its tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title_id: &'static str,
    pub tables: Vec<Table>,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The heading: the programme's report, or a coach's own hours.
    pub title_id: &'static str,
    pub period: Period,
    pub generated_on: NaiveDate,
    /// Who made it (the database's owner) and in which role.
    pub by: String,
    /// Only this coach's young people, if asked for.
    pub coach: Option<String>,
    /// The programme's name, where the user's config gives one.
    pub programme: Option<String>,
    pub sections: Vec<Section>,
}

impl Report {
    /// Whether a funder's copy leaves out some rate (the footnote says so).
    pub fn hides_rates(&self, mode: Mode) -> bool {
        mode == Mode::Funder && self.values().any(|v| v.shown(mode).is_none())
    }

    fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.sections
            .iter()
            .flat_map(|s| &s.tables)
            .flat_map(|t| &t.rows)
            .flat_map(|r| r.values.iter().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_funder_sees_no_count_from_one_to_four_and_no_rate_over_fewer_than_five() {
        let funder = Mode::Funder;
        assert_eq!(Value::Count(0).shown(funder).unwrap(), "0");
        assert_eq!(Value::Count(1).shown(funder).unwrap(), "<5");
        assert_eq!(Value::Count(4).shown(funder).unwrap(), "<5");
        assert_eq!(Value::Count(5).shown(funder).unwrap(), "5");
        assert_eq!(Value::Count(3).shown(Mode::Exact).unwrap(), "3");
        assert_eq!(Value::Rate { part: 1, base: 4 }.shown(funder), None);
        assert_eq!(
            Value::Rate { part: 1, base: 4 }.shown(Mode::Exact).unwrap(),
            "25 %"
        );
        assert_eq!(
            Value::Rate { part: 3, base: 6 }.shown(funder).unwrap(),
            "50 %"
        );
        assert_eq!(Value::Minutes(90).shown(funder).unwrap(), "1.5");
    }
}
