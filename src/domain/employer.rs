//! Employers (stagebedrijven) with their KvK number, SBB recognition and contact persons.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::codes::Sector;
use super::fields::record_fields;
use super::ids::{EntityId, EntityKind};
use super::validate::{ValidationErrors, check_email, check_phone, check_required};
use crate::message::Msg;

/// A Chamber of Commerce (KvK) number: exactly eight digits.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KvkNumber(String);

impl KvkNumber {
    /// Accepts the number with spaces or dots as people copy it from letters.
    pub fn parse(input: &str) -> Result<Self, Msg> {
        let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '.')).collect();
        if digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(digits))
        } else {
            let count = digits.chars().filter(char::is_ascii_digit).count();
            Err(Msg::new("invalid-kvk")
                .arg("value", input.trim())
                .arg("digits", count))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Parsed numbers are digits, but one that arrives from another device is text.
impl super::clean::CleanText for KvkNumber {
    fn clean_text(&mut self) -> bool {
        super::clean::clean_line(&mut self.0)
    }
}

impl fmt::Display for KvkNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for KvkNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KvkNumber({})", self.0)
    }
}

/// A person at the employer: the praktijkopleider above all.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    /// E.g. "praktijkopleider", "eigenaar".
    pub role: String,
    pub phone: String,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Employer {
    pub id: EntityId,
    pub name: String,
    pub kvk: Option<KvkNumber>,
    /// Recognised by SBB as a learning company (erkend leerbedrijf).
    pub sbb_recognised: bool,
    pub sector: Option<Sector>,
    pub address: String,
    pub neighbourhood: String,
    pub contacts: Vec<Contact>,
    /// How many trainees the employer can take at once.
    pub capacity: Option<u8>,
    pub notes: String,
    pub last_contact: Option<NaiveDate>,
}

record_fields!(Employer, EntityKind::Employer, {
    1 => name: Shared,
    2 => kvk: Shared,
    3 => sbb_recognised: Shared,
    4 => sector: Shared,
    5 => address: Shared,
    6 => neighbourhood: Shared,
    7 => contacts: Shared,
    8 => capacity: Shared,
    9 => notes: Shared,
    10 => last_contact: Shared,
});

impl Employer {
    /// The praktijkopleider if there is one, else the first contact.
    pub fn main_contact(&self) -> Option<&Contact> {
        self.contacts
            .iter()
            .find(|c| c.role.eq_ignore_ascii_case("praktijkopleider"))
            .or_else(|| self.contacts.first())
    }

    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        check_required(&mut errors, "name", &self.name);
        if self.capacity == Some(0) {
            errors.push("capacity", Msg::new("invalid-capacity"));
        }
        for contact in &self.contacts {
            check_required(&mut errors, "contacts", &contact.name);
            check_phone(&mut errors, "contacts", &contact.phone);
            check_email(&mut errors, "contacts", &contact.email);
        }
        errors.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kvk_needs_exactly_eight_digits() {
        assert_eq!(KvkNumber::parse("1234 5678").unwrap().as_str(), "12345678");
        let err = KvkNumber::parse("1234567").unwrap_err();
        assert_eq!(err.id, "invalid-kvk");
        assert!(err.args.contains(&("digits", "7".to_string())));
        assert!(KvkNumber::parse("1234567a").is_err());
    }

    #[test]
    fn main_contact_prefers_the_praktijkopleider() {
        let employer = Employer {
            contacts: vec![
                Contact {
                    name: "A".into(),
                    role: "eigenaar".into(),
                    ..Default::default()
                },
                Contact {
                    name: "B".into(),
                    role: "Praktijkopleider".into(),
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        assert_eq!(employer.main_contact().unwrap().name, "B");
    }
}
