//! Reading a form back into typed values: every field that does not parse becomes a field error,
//! and the domain's own validation then adds what is wrong with the whole record.

use chrono::{NaiveDate, NaiveTime};

use super::Form;
use crate::domain::ValidationErrors;
use crate::domain::codes::Vocabulary;
use crate::domain::dates::{DateSense, parse_date};
use crate::message::Msg;

pub struct Reader<'a> {
    form: &'a Form,
    pub today: NaiveDate,
    errors: ValidationErrors,
}

impl<'a> Reader<'a> {
    pub fn new(form: &'a Form, today: NaiveDate) -> Self {
        Reader {
            form,
            today,
            errors: ValidationErrors::default(),
        }
    }

    pub fn fail(&mut self, field: &'static str, problem: Msg) {
        self.errors.push(field, problem);
    }

    /// The text with surrounding blanks removed (inner lines are kept as typed).
    pub fn text(&self, name: &str) -> String {
        self.form.text(name).trim().to_string()
    }

    pub fn date(&mut self, name: &'static str, sense: DateSense) -> Option<NaiveDate> {
        let typed = self.form.text(name).trim();
        if typed.is_empty() {
            return None;
        }
        match parse_date(typed, self.today, sense) {
            Ok(date) => Some(date),
            Err(e) => {
                self.fail(name, e.message());
                None
            }
        }
    }

    /// A date that must be there; empty is reported as required.
    pub fn required_date(&mut self, name: &'static str, sense: DateSense) -> Option<NaiveDate> {
        if self.form.text(name).trim().is_empty() {
            self.fail(name, Msg::new("invalid-required"));
        }
        self.date(name, sense)
    }

    pub fn time(&mut self, name: &'static str) -> Option<NaiveTime> {
        let typed = self.form.text(name).trim();
        if typed.is_empty() {
            return None;
        }
        let parsed = NaiveTime::parse_from_str(typed, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(typed, "%H.%M"));
        match parsed {
            Ok(time) => Some(time),
            Err(_) => {
                self.fail(name, Msg::new("invalid-time").arg("value", typed));
                None
            }
        }
    }

    pub fn number(&mut self, name: &'static str) -> Option<u16> {
        let typed = self.form.text(name).trim();
        if typed.is_empty() {
            return None;
        }
        match typed.parse() {
            Ok(n) => Some(n),
            Err(_) => {
                self.fail(name, Msg::new("invalid-number").arg("value", typed));
                None
            }
        }
    }

    pub fn choice<V: Vocabulary>(&mut self, name: &'static str) -> Option<V> {
        let code = self.form.text(name);
        let found = V::all().iter().copied().find(|v| v.code() == code);
        if found.is_none() && self.form.field(name).is_some_and(|f| f.required) {
            self.fail(name, Msg::new("invalid-required"));
        }
        found
    }

    pub fn multi<V: Vocabulary>(&self, name: &str) -> Vec<V> {
        let chosen: Vec<String> = self
            .form
            .field(name)
            .map(|f| f.chosen().into_iter().map(str::to_string).collect())
            .unwrap_or_default();
        V::all()
            .iter()
            .copied()
            .filter(|v| chosen.iter().any(|c| c == v.code()))
            .collect()
    }

    pub fn toggle(&self, name: &str) -> bool {
        !self.form.text(name).is_empty()
    }

    pub fn scale(&self, name: &str) -> Option<u8> {
        self.form.text(name).parse().ok()
    }

    /// Adds the domain's verdict on the assembled record. A field that did not even parse keeps
    /// its parse error rather than a second, confusing one.
    pub fn finish<T>(
        self,
        record: T,
        validate: impl FnOnce(&T) -> Result<(), ValidationErrors>,
    ) -> Result<T, ValidationErrors> {
        let mut errors = self.errors;
        if let Err(domain) = validate(&record) {
            for error in domain.0 {
                if !errors.mentions(error.field) {
                    errors.0.push(error);
                }
            }
        }
        errors.into_result().map(|()| record)
    }
}
