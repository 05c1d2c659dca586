//! Identifiers: entity and device ids (UUID v7, made on the device) and coachee short codes.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The id of any stored entity (coachee, session, employer, …).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub Uuid);

/// The id of one installation (one laptop's database).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DeviceId(pub Uuid);

macro_rules! uuid_newtype {
    ($name:ident) => {
        impl $name {
            /// A fresh, time-ordered id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }

            pub fn from_bytes(bytes: [u8; 16]) -> Self {
                Self(Uuid::from_bytes(bytes))
            }

            pub fn as_bytes(&self) -> &[u8; 16] {
                self.0.as_bytes()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        // Ids are not personal data, but Debug stays short so that log lines remain readable.
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0.simple())
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

uuid_newtype!(EntityId);
uuid_newtype!(DeviceId);

/// The kinds of entity in the database; the discriminant is stored, so only ever append.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    Coachee,
    Goal,
    Session,
    Employer,
    Placement,
    /// The programme's policy (one record, written by coordinators).
    Policy,
    /// What an anonymised erasure leaves for the report: no one's data.
    Trace,
}

impl EntityKind {
    pub const ALL: [EntityKind; 7] = [
        EntityKind::Coachee,
        EntityKind::Goal,
        EntityKind::Session,
        EntityKind::Employer,
        EntityKind::Placement,
        EntityKind::Policy,
        EntityKind::Trace,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Coachee => "coachee",
            EntityKind::Goal => "goal",
            EntityKind::Session => "session",
            EntityKind::Employer => "employer",
            EntityKind::Placement => "placement",
            EntityKind::Policy => "policy",
            EntityKind::Trace => "trace",
        }
    }
}

/// A coachee's short human code, e.g. `K7F3`: for talking on the phone and for file names.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ShortCode(String);

impl ShortCode {
    /// No 0/O, 1/I/L: a code read aloud or copied from paper must not be misread.
    pub const ALPHABET: &'static [u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    pub const LEN: usize = 4;

    /// Builds a code from random numbers (one per character).
    pub fn from_random(mut pick: impl FnMut() -> u32) -> Self {
        let code = (0..Self::LEN)
            .map(|_| Self::ALPHABET[pick() as usize % Self::ALPHABET.len()] as char)
            .collect();
        Self(code)
    }

    /// Accepts what a person types: any case, surrounding spaces.
    pub fn parse(input: &str) -> Option<Self> {
        let code = input.trim().to_ascii_uppercase();
        let valid = code.len() == Self::LEN && code.bytes().all(|b| Self::ALPHABET.contains(&b));
        valid.then_some(Self(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A code is made here from the alphabet, but one that arrives from another device is text.
impl super::clean::CleanText for ShortCode {
    fn clean_text(&mut self) -> bool {
        super::clean::clean_line(&mut self.0)
    }
}

impl fmt::Display for ShortCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for ShortCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ShortCode({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_code_parses_typed_input_and_rejects_confusable_letters() {
        assert_eq!(ShortCode::parse(" k7f3 ").unwrap().as_str(), "K7F3");
        assert!(
            ShortCode::parse("K0F3").is_none(),
            "0 is not in the alphabet"
        );
        assert!(ShortCode::parse("K7F").is_none());
        assert!(ShortCode::parse("K7F33").is_none());
    }

    #[test]
    fn short_code_from_random_uses_only_the_alphabet() {
        let mut n = 0u32;
        let code = ShortCode::from_random(|| {
            n += 7;
            n
        });
        assert_eq!(code.as_str().len(), ShortCode::LEN);
        assert!(ShortCode::parse(code.as_str()).is_some());
    }

    #[test]
    fn ids_round_trip_through_text() {
        let id = EntityId::new();
        assert_eq!(id.to_string().parse::<EntityId>().unwrap(), id);
    }
}
