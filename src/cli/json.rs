//! The JSON documents of `list … --json` and `show … --json`: one type per record, shared by
//! both commands.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::Session;
use crate::store::CoacheeRow;

#[derive(Serialize)]
pub struct CoacheeJson<'a> {
    pub id: String,
    pub code: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub status: &'static str,
    pub status_since: Option<NaiveDate>,
    pub coach: Option<&'a str>,
    pub next_contact: Option<NaiveDate>,
    pub last_contact: Option<NaiveDate>,
    pub birth_date: Option<NaiveDate>,
    pub age: Option<u32>,
    pub minor: bool,
    pub school: &'a str,
    pub education_level: Option<&'static str>,
    pub course: &'a str,
    pub neighbourhood: &'a str,
    pub escalated: bool,
}

pub fn coachee_json<'a>(row: &'a CoacheeRow, today: NaiveDate) -> CoacheeJson<'a> {
    let c = &row.coachee;
    CoacheeJson {
        id: c.id.to_string(),
        code: c.code.as_str(),
        first_name: &c.first_name,
        last_name: &c.last_name,
        status: c.status.code(),
        status_since: c.status_since(),
        coach: c.coach.as_ref().map(|r| r.name.as_str()),
        next_contact: row.contact.as_ref().and_then(|s| s.next_contact),
        last_contact: row.contact.as_ref().and_then(|s| s.last_contact),
        birth_date: c.birth_date,
        age: c.age(today),
        minor: c.is_minor(today),
        school: &c.school,
        education_level: c.education_level.map(|l| l.code()),
        course: &c.course,
        neighbourhood: &c.neighbourhood,
        escalated: row.contact.as_ref().is_some_and(|s| s.escalate),
    }
}

#[derive(Serialize)]
pub struct SessionJson<'a> {
    pub id: String,
    pub coachee_id: String,
    pub date: NaiveDate,
    #[serde(rename = "type")]
    pub session_type: &'static str,
    pub minutes: u16,
    pub summary: &'a str,
    pub author: Option<&'a str>,
    pub location: &'a str,
    pub wellbeing: Option<u8>,
    pub employer_satisfaction: Option<u8>,
    pub signals: Vec<&'static str>,
    pub escalate: bool,
    pub agreements: &'a [crate::domain::Agreement],
    pub next_contact: Option<NaiveDate>,
    pub employer_id: Option<String>,
    /// The employer's name, where the list knows it (`list sessions`).
    pub employer: Option<&'a str>,
    pub participants: Vec<&'static str>,
    pub goal_progress: &'a [crate::domain::GoalProgress],
    /// The coach's own note: shown on this device only, never sent anywhere.
    pub coach_note: &'a str,
}

pub fn session_json(s: &Session) -> SessionJson<'_> {
    SessionJson {
        id: s.id.to_string(),
        coachee_id: s.coachee.to_string(),
        date: s.date,
        session_type: s.kind().code(),
        minutes: s.minutes,
        summary: &s.summary,
        author: s.author.as_ref().map(|a| a.name.as_str()),
        location: &s.location,
        wellbeing: s.wellbeing,
        employer_satisfaction: s.employer_satisfaction,
        signals: s.signals.iter().map(|x| x.code()).collect(),
        escalate: s.escalate,
        agreements: &s.agreements,
        next_contact: s.next_contact,
        employer_id: s.employer.map(|e| e.to_string()),
        employer: None,
        participants: s.participants.iter().map(|p| p.code()).collect(),
        goal_progress: &s.goal_progress,
        coach_note: &s.coach_note,
    }
}

#[derive(Serialize)]
pub struct PlacementJson<'a> {
    pub id: String,
    pub coachee_id: String,
    pub coachee_code: Option<&'a str>,
    pub employer_id: String,
    pub employer: Option<&'a str>,
    #[serde(rename = "type")]
    pub placement_type: Option<&'static str>,
    pub status: &'static str,
    pub start: Option<NaiveDate>,
    pub planned_end: Option<NaiveDate>,
    pub supervisor: &'a str,
    pub outcome: Option<&'static str>,
}

pub fn coachee_doc(row: &CoacheeRow, today: NaiveDate) -> serde_json::Value {
    serde_json::to_value(coachee_json(row, today)).unwrap_or_default()
}

pub fn session_doc(s: &Session) -> serde_json::Value {
    serde_json::to_value(session_json(s)).unwrap_or_default()
}
