//! Consent (AVG art. 7 and 8): recorded and withdrawn per scope, dated, with its history kept
//! on the coachee (every save adds the new state, see `Coachee::note_consent_change`).

use chrono::NaiveDate;

use super::actions::update_coachee;
use crate::Error;
use crate::domain::{Coachee, Consent, ConsentGiver};
use crate::store::Store;

/// What consent is for: being registered at all, and sharing with the school or employer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Register,
    School,
    Employer,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::Register, Scope::School, Scope::Employer];

    pub fn parse(input: &str) -> Option<Scope> {
        match input.trim().to_lowercase().as_str() {
            "register" | "registratie" | "inschrijving" => Some(Scope::Register),
            "school" => Some(Scope::School),
            "employer" | "werkgever" | "stagebedrijf" => Some(Scope::Employer),
            _ => None,
        }
    }

    pub fn allowed() -> String {
        "register, school, employer".to_string()
    }
}

/// Who gave consent, as typed: the vocabulary's codes, or the English words the command
/// line documents and the Dutch ones people say ("ouder", "voogd").
pub fn parse_giver(input: &str) -> Option<ConsentGiver> {
    match input.trim().to_lowercase().as_str() {
        "coachee" => Some(ConsentGiver::Coachee),
        "representative" | "ouder" | "voogd" => Some(ConsentGiver::LegalRepresentative),
        other => ConsentGiver::parse(other),
    }
}

/// Records consent given on `date` by `given_by` for `scopes`, replacing what was in force.
pub fn record(
    store: &mut Store,
    coachee: Coachee,
    given_by: ConsentGiver,
    date: NaiveDate,
    scopes: &[Scope],
    today: NaiveDate,
) -> Result<Coachee, Error> {
    let mut edited = coachee;
    edited.consent = Some(Consent {
        given_by,
        date,
        register: scopes.contains(&Scope::Register),
        share_with_school: scopes.contains(&Scope::School),
        share_with_employer: scopes.contains(&Scope::Employer),
        withdrawn: None,
    });
    Ok(update_coachee(store, edited, today)?.record)
}

/// What a withdrawal left.
#[derive(Debug, Clone, PartialEq)]
pub struct Withdrawn {
    pub coachee: Coachee,
    /// Consent to be registered at all is gone: the data may no longer be kept, and the
    /// caller offers erasure.
    pub register: bool,
}

/// Withdraws consent for `scopes` (all of it when they include the registration) on `date`.
pub fn withdraw(
    store: &mut Store,
    coachee: Coachee,
    scopes: &[Scope],
    date: NaiveDate,
    today: NaiveDate,
) -> Result<Withdrawn, Error> {
    let mut edited = coachee;
    let register = scopes.contains(&Scope::Register);
    // Nothing on file is nothing to withdraw: saying "withdrawn" would record nothing while
    // the user believes it was noted. Not wanting to be registered at all is an erasure.
    let Some(consent) = edited.consent.as_mut() else {
        return Err(Error::NoConsentToWithdraw {
            code: edited.code.to_string(),
        });
    };
    if register {
        consent.withdrawn = Some(date);
        consent.register = false;
        consent.share_with_school = false;
        consent.share_with_employer = false;
    }
    if scopes.contains(&Scope::School) {
        consent.share_with_school = false;
    }
    if scopes.contains(&Scope::Employer) {
        consent.share_with_employer = false;
    }
    let coachee = update_coachee(store, edited, today)?.record;
    Ok(Withdrawn { coachee, register })
}
