//! A session: one logged contact (a stage visit above all), with agreements and follow-up.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::coachee::CoachRef;
use super::codes::{AgreementOwner, Participant, SessionType, Signal};
use super::dates::{DateSense, format_date, parse_date};
use super::fields::record_fields;
use super::ids::{EntityId, EntityKind};
use super::validate::{ValidationErrors, check_required, check_score};
use crate::message::Msg;

/// The longest contact we believe is one session (a full day at an employer).
pub const MAX_MINUTES: u16 = 600;

/// Something someone promised to do, with an optional due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub text: String,
    pub owner: AgreementOwner,
    pub due: Option<NaiveDate>,
    /// Kept, as older versions recorded it (without a date). Newer ones keep
    /// `Session::agreements_done` instead, which says when.
    pub done: bool,
}

impl Agreement {
    /// Reads `TEXT`, `OWNER|TEXT` or `OWNER|TEXT|DUE`, as typed on the command line or as one
    /// line of the session form. Without an owner the coachee is the one who will do it.
    pub fn parse(input: &str, today: NaiveDate) -> Result<Agreement, Msg> {
        let parts: Vec<&str> = input.split('|').map(str::trim).collect();
        let owner = |typed: &str| {
            AgreementOwner::parse(typed).ok_or_else(|| {
                Msg::new("invalid-choice-value")
                    .arg("value", typed)
                    .arg("allowed", AgreementOwner::allowed())
            })
        };
        let (owner, text, due) = match parts.as_slice() {
            [text] => (AgreementOwner::Coachee, *text, None),
            [who, text] => (owner(who)?, *text, None),
            [who, text, due] => {
                let due = parse_date(due, today, DateSense::Future).map_err(|e| e.message())?;
                (owner(who)?, *text, Some(due))
            }
            _ => return Err(Msg::new("invalid-agreement-format")),
        };
        if text.is_empty() {
            return Err(Msg::new("invalid-agreement-text"));
        }
        Ok(Agreement {
            text: text.to_string(),
            owner,
            due,
            done: false,
        })
    }

    /// The line [`Agreement::parse`] reads back into this agreement.
    pub fn to_line(&self) -> String {
        match self.due {
            Some(due) => format!("{}|{}|{}", self.owner.code(), self.text, format_date(due)),
            None if self.owner == AgreementOwner::Coachee => self.text.clone(),
            None => format!("{}|{}", self.owner.code(), self.text),
        }
    }
}

/// An agreement that was kept (see `followup.rs`): which one (its place in the session's list) and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AgreementDone {
    pub agreement: u16,
    pub on: NaiveDate,
}

/// The coordinator's answer to an escalation: seen, by whom, when, and what they said.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Acknowledgement {
    pub by: CoachRef,
    pub on: NaiveDate,
    pub reply: String,
}

/// The length a contact of this kind usually has, offered when none is given.
pub fn usual_minutes(kind: SessionType) -> u16 {
    match kind {
        SessionType::NoShow => 0,
        SessionType::Phone => 15,
        SessionType::Intake => 60,
        _ => 45,
    }
}

/// Progress on one of the coachee's goals, as judged in this session (0–3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalProgress {
    pub goal: EntityId,
    pub progress: u8,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Session {
    pub id: EntityId,
    pub coachee: EntityId,
    pub date: NaiveDate,
    pub start_time: Option<NaiveTime>,
    pub minutes: u16,
    pub session_type: Option<SessionType>,
    pub location: String,
    pub participants: Vec<Participant>,
    /// The factual account of the contact; shared with the coordinator.
    pub summary: String,
    pub goal_progress: Vec<GoalProgress>,
    pub wellbeing: Option<u8>,
    pub employer_satisfaction: Option<u8>,
    pub signals: Vec<Signal>,
    pub escalate: bool,
    pub agreements: Vec<Agreement>,
    /// The next contact this one plans. Without one, an earlier plan stands (until a contact
    /// on or after its date), unless `clears_next_contact` says the plan is off.
    pub next_contact: Option<NaiveDate>,
    pub author: Option<CoachRef>,
    /// The employer visited, for stage visits and match talks.
    pub employer: Option<EntityId>,
    /// The coach's own working note about this contact: never leaves the device.
    pub coach_note: String,
    /// This contact calls off the planned next contact (`log --no-next`, or the form's date
    /// emptied), without planning another.
    #[serde(default)]
    pub clears_next_contact: bool,
    /// The agreements kept, and when (see `followup.rs`).
    #[serde(default)]
    pub agreements_done: Vec<AgreementDone>,
    /// The coordinator's answer to this session's escalation.
    #[serde(default)]
    pub acknowledgement: Option<Acknowledgement>,
}

record_fields!(Session, EntityKind::Session, {
    1 => coachee: Shared,
    2 => date: Shared,
    3 => start_time: Shared,
    4 => minutes: Shared,
    5 => session_type: Shared,
    6 => location: Shared,
    7 => participants: Shared,
    8 => summary: Shared,
    9 => goal_progress: Shared,
    10 => wellbeing: Aggregate,
    11 => employer_satisfaction: Aggregate,
    12 => signals: Shared,
    13 => escalate: Shared,
    14 => agreements: Shared,
    15 => next_contact: Shared,
    16 => author: Shared,
    17 => employer: Shared,
    18 => coach_note: CoachOnly,
    19 => clears_next_contact: Shared,
    20 => agreements_done: Shared,
    21 => acknowledgement: Shared,
});

impl Session {
    pub fn kind(&self) -> SessionType {
        self.session_type.unwrap_or(SessionType::Other)
    }

    /// Who logged the contact, by name ("" when no author was recorded).
    pub fn author_name(&self) -> &str {
        self.author.as_ref().map_or("", |a| a.name.as_str())
    }

    /// The first line of the summary, for one-line lists.
    pub fn headline(&self) -> &str {
        self.summary.lines().next().unwrap_or("").trim()
    }

    pub fn validate(&self, today: NaiveDate) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        if self.session_type.is_none() {
            errors.push(
                "session_type",
                Msg::new("invalid-choice").arg("allowed", SessionType::allowed()),
            );
        }
        if self.date > today {
            errors.push("date", Msg::new("invalid-session-date-future"));
        }
        // A no-show took the coach's time but has no length of its own.
        let min_minutes = if self.kind() == SessionType::NoShow {
            0
        } else {
            1
        };
        if !(min_minutes..=MAX_MINUTES).contains(&self.minutes) {
            errors.push(
                "minutes",
                Msg::new("invalid-minutes")
                    .arg("value", self.minutes)
                    .arg("min", min_minutes)
                    .arg("max", MAX_MINUTES),
            );
        }
        check_required(&mut errors, "summary", &self.summary);
        check_score(&mut errors, "wellbeing", self.wellbeing);
        check_score(
            &mut errors,
            "employer_satisfaction",
            self.employer_satisfaction,
        );
        if self.goal_progress.iter().any(|g| g.progress > 3) {
            errors.push("goal_progress", Msg::new("invalid-progress"));
        }
        if self.agreements.iter().any(|a| a.text.trim().is_empty()) {
            errors.push("agreements", Msg::new("invalid-agreement-text"));
        }
        if let Some(next) = self.next_contact
            && next < self.date
        {
            errors.push("next_contact", Msg::new("invalid-next-before-session"));
        }
        errors.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn visit() -> Session {
        Session {
            coachee: EntityId::new(),
            date: today(),
            minutes: 45,
            session_type: Some(SessionType::StageVisit),
            summary: "Op tijd, werkt zelfstandig aan de kassa.".into(),
            wellbeing: Some(4),
            ..Default::default()
        }
    }

    #[test]
    fn a_plain_stage_visit_is_valid() {
        assert_eq!(visit().validate(today()), Ok(()));
    }

    #[test]
    fn wellbeing_seven_is_refused_with_the_field_named() {
        let mut s = visit();
        s.wellbeing = Some(7);
        let err = s.validate(today()).unwrap_err();
        assert!(err.mentions("wellbeing"));
        assert_eq!(err.0.len(), 1);
    }

    #[test]
    fn a_no_show_may_have_zero_minutes_but_a_visit_may_not() {
        let mut s = visit();
        s.minutes = 0;
        assert!(s.validate(today()).unwrap_err().mentions("minutes"));
        s.session_type = Some(SessionType::NoShow);
        assert_eq!(s.validate(today()), Ok(()));
    }

    #[test]
    fn next_contact_before_the_session_and_future_sessions_are_refused() {
        let mut s = visit();
        s.next_contact = Some(today().pred_opt().unwrap());
        s.date = today().succ_opt().unwrap();
        let err = s.validate(today()).unwrap_err();
        assert!(err.mentions("next_contact") && err.mentions("date"));
    }

    #[test]
    fn headline_is_the_first_line() {
        let mut s = visit();
        s.summary = "Eerste regel\ntweede regel".into();
        assert_eq!(s.headline(), "Eerste regel");
    }
}
