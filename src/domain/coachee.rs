//! The coachee: the young person a coach works with, with consent, guardian and status history.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::codes::{AttentionFlag, ConsentGiver, EducationLevel, LearningPath, Referrer};
use super::fields::record_fields;
use super::ids::{DeviceId, EntityId, EntityKind, ShortCode};
use super::status::{Status, StatusChange};
use super::validate::{ValidationErrors, check_email, check_phone, check_required};
use crate::message::Msg;

/// Below this age a coachee is a minor and needs a guardian on file.
pub const AGE_OF_MAJORITY: u32 = 18;
/// Below this age consent must come from a legal representative (AVG art. 8 as applied in NL).
pub const AGE_OF_OWN_CONSENT: u32 = 16;

/// A person's reference to the coach a coachee is assigned to.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CoachRef {
    pub device: DeviceId,
    pub name: String,
}

/// A minor's parent or legal guardian.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Guardian {
    pub name: String,
    pub phone: String,
    /// E.g. "moeder", "voogd".
    pub relation: String,
}

/// What the young person (or their representative) agreed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub given_by: ConsentGiver,
    pub date: NaiveDate,
    pub register: bool,
    pub share_with_school: bool,
    pub share_with_employer: bool,
    pub withdrawn: Option<NaiveDate>,
}

impl Consent {
    pub fn is_active(&self) -> bool {
        self.withdrawn.is_none() && self.register
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Coachee {
    pub id: EntityId,
    pub code: ShortCode,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<NaiveDate>,
    pub phone: String,
    pub email: String,
    pub guardian: Option<Guardian>,
    pub neighbourhood: String,
    pub school: String,
    pub education_level: Option<EducationLevel>,
    pub course: String,
    pub learning_path: Option<LearningPath>,
    pub referrer: Option<Referrer>,
    pub coach: Option<CoachRef>,
    pub status: Status,
    pub status_history: Vec<StatusChange>,
    pub consent: Option<Consent>,
    pub attention_flags: Vec<AttentionFlag>,
    /// The coach's working note: never leaves the device.
    pub coach_note: String,
    pub registered_on: Option<NaiveDate>,
    /// Every consent recorded and every withdrawal, oldest first, as it stood after each:
    /// the programme must be able to show what was agreed when.
    pub consent_history: Vec<Consent>,
}

record_fields!(Coachee, EntityKind::Coachee, {
    1 => code: Shared,
    2 => first_name: Shared,
    3 => last_name: Shared,
    4 => birth_date: Shared,
    5 => phone: Shared,
    6 => email: Shared,
    7 => guardian: Shared,
    8 => neighbourhood: Aggregate,
    9 => school: Shared,
    10 => education_level: Aggregate,
    11 => course: Shared,
    12 => learning_path: Aggregate,
    13 => referrer: Aggregate,
    14 => coach: Shared,
    15 => status: Shared,
    16 => status_history: Shared,
    17 => consent: Shared,
    18 => attention_flags: Shared,
    19 => coach_note: CoachOnly,
    20 => registered_on: Shared,
    21 => consent_history: Shared,
});

/// Whole years between two dates.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> u32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age.max(0) as u32
}

impl Coachee {
    /// The coach this coachee was handed over to, when seen from the laptop of a coach who is
    /// not (or no longer) theirs: the file is read-only there.
    pub fn handed_over_from(&self, role: super::Role, device: DeviceId) -> Option<&CoachRef> {
        self.coach
            .as_ref()
            .filter(|coach| role == super::Role::Coach && coach.device != device)
    }

    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }

    pub fn age(&self, today: NaiveDate) -> Option<u32> {
        self.birth_date.map(|b| age_on(b, today))
    }

    /// Unknown birth dates count as adults: the check is a reminder, not a gate.
    pub fn is_minor(&self, today: NaiveDate) -> bool {
        self.age(today).is_some_and(|a| a < AGE_OF_MAJORITY)
    }

    /// When the current status was entered.
    pub fn status_since(&self) -> Option<NaiveDate> {
        self.status_history.last().map(|c| c.date)
    }

    /// Checks every field; `today` bounds birth dates.
    pub fn validate(&self, today: NaiveDate) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        check_required(&mut errors, "first_name", &self.first_name);
        check_required(&mut errors, "last_name", &self.last_name);
        if let Some(birth) = self.birth_date {
            if birth > today {
                errors.push("birth_date", Msg::new("invalid-birth-date-future"));
            } else if age_on(birth, today) > 40 || age_on(birth, today) < 10 {
                errors.push(
                    "birth_date",
                    Msg::new("invalid-birth-date-age").arg("age", age_on(birth, today)),
                );
            }
        }
        check_phone(&mut errors, "phone", &self.phone);
        check_email(&mut errors, "email", &self.email);
        if let Some(guardian) = &self.guardian {
            check_required(&mut errors, "guardian", &guardian.name);
            check_phone(&mut errors, "guardian", &guardian.phone);
        }
        // What counts is the age on the day consent was given, not today.
        if let (Some(consent), Some(birth)) = (&self.consent, self.birth_date) {
            let age = age_on(birth, consent.date);
            if age < AGE_OF_OWN_CONSENT && consent.given_by == ConsentGiver::Coachee {
                errors.push(
                    "consent",
                    Msg::new("invalid-consent-under-16").arg("age", age),
                );
            }
            if consent.date > today {
                errors.push("consent", Msg::new("invalid-date-future"));
            }
        }
        errors.into_result()
    }

    /// Adds the consent as it stands now to the history, when it differs from `before`
    /// (what was stored): called on every save, so the history cannot miss a change.
    pub fn note_consent_change(&mut self, before: Option<&Consent>) {
        if let Some(now) = &self.consent
            && before != Some(now)
            && self.consent_history.last() != Some(now)
        {
            self.consent_history.push(now.clone());
        }
    }

    /// Under 16 today without a legal representative's consent in force: the programme may
    /// not keep their data on the young person's word alone.
    pub fn needs_representative_consent(&self, today: NaiveDate) -> bool {
        self.birth_date
            .is_some_and(|birth| age_on(birth, today) < AGE_OF_OWN_CONSENT)
            && !self
                .consent
                .as_ref()
                .is_some_and(|c| c.is_active() && c.given_by == ConsentGiver::LegalRepresentative)
    }

    /// Reminders that do not block saving, e.g. a minor without a guardian on file.
    pub fn reminders(&self, today: NaiveDate) -> Vec<Msg> {
        let mut reminders = Vec::new();
        if self.is_minor(today) && self.guardian.is_none() {
            reminders.push(Msg::new("reminder-minor-without-guardian"));
        }
        if self.consent.as_ref().is_none_or(|c| !c.is_active()) {
            reminders.push(Msg::new("reminder-no-consent"));
        }
        reminders
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fields::{Record, changed_fields};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn valid() -> Coachee {
        Coachee {
            first_name: "Noor".into(),
            last_name: "Bakker".into(),
            birth_date: Some(date(2010, 3, 1)),
            ..Default::default()
        }
    }

    #[test]
    fn age_counts_whole_years_around_the_birthday() {
        assert_eq!(age_on(date(2010, 3, 1), date(2026, 2, 28)), 15);
        assert_eq!(age_on(date(2010, 3, 1), date(2026, 3, 1)), 16);
    }

    #[test]
    fn a_birth_date_in_the_future_is_refused() {
        let mut c = valid();
        c.birth_date = Some(date(2027, 1, 1));
        let err = c.validate(date(2026, 11, 23)).unwrap_err();
        assert!(err.mentions("birth_date"));
        assert_eq!(err.0[0].problem.id, "invalid-birth-date-future");
    }

    #[test]
    fn under_sixteen_cannot_consent_alone() {
        let mut c = valid();
        c.consent = Some(Consent {
            given_by: ConsentGiver::Coachee,
            date: date(2026, 9, 1),
            register: true,
            share_with_school: false,
            share_with_employer: false,
            withdrawn: None,
        });
        let err = c.validate(date(2026, 1, 10)).unwrap_err();
        assert!(err.mentions("consent"));
        c.consent.as_mut().unwrap().given_by = ConsentGiver::LegalRepresentative;
        c.consent.as_mut().unwrap().date = date(2026, 1, 2);
        assert!(c.validate(date(2026, 1, 10)).is_ok());
    }

    #[test]
    fn a_minor_without_guardian_gets_a_reminder_not_an_error() {
        let c = valid();
        assert!(c.validate(date(2026, 11, 23)).is_ok());
        let ids: Vec<_> = c
            .reminders(date(2026, 11, 23))
            .iter()
            .map(|m| m.id)
            .collect();
        assert!(ids.contains(&"reminder-minor-without-guardian"));
    }

    #[test]
    fn fields_round_trip_and_only_changes_are_written() {
        let mut c = valid();
        c.id = EntityId::new();
        c.coach_note = "belt liever 's avonds".into();
        let fields = c.encode_fields();
        let back =
            Coachee::from_fields(c.id, fields.iter().map(|(t, v)| (*t, v.as_slice()))).unwrap();
        assert_eq!(back, c);

        let mut edited = c.clone();
        edited.phone = "0612345678".into();
        let changed = changed_fields(Some(&c), &edited);
        assert_eq!(changed.len(), 1);
        assert_eq!(changed[0].0, 5);
        assert_eq!(
            Coachee::privacy(19),
            crate::domain::fields::PrivacyClass::CoachOnly
        );
    }

    #[test]
    fn tags_are_unique() {
        let mut tags: Vec<_> = Coachee::FIELDS.iter().map(|f| f.tag).collect();
        tags.sort_unstable();
        tags.dedup();
        assert_eq!(tags.len(), Coachee::FIELDS.len());
    }
}
