//! The contact history of one demo coachee: their placements and their sessions, shaped by the
//! phases of their trajectory.

use chrono::{Datelike, Days, NaiveDate, NaiveTime};
use rand::Rng;
use rand::seq::IndexedRandom;

use super::people::Generator;
use super::timeline::{minutes_for, phase_on, session_type_for, step_dates};
use crate::domain::{
    Acknowledgement, Agreement, AgreementDone, Coachee, Goal, GoalProgress, LearningPath, Outcome,
    Participant, Placement, PlacementStatus, PlacementType, Session, SessionType, Signal, Status,
};

impl Generator {
    pub(super) fn placements(
        &mut self,
        coachee: &Coachee,
        path: &[(Status, NaiveDate)],
        employer: usize,
        showcase: bool,
    ) -> Vec<Placement> {
        let mut placements = Vec::new();
        let reached = |s: Status| path.iter().find(|(p, _)| *p == s).map(|(_, d)| *d);
        let supervisor = self.employers[employer].contact.clone();
        let employer_id = self.employers[employer].id;
        // A short taster while matching, for about half of those who got that far.
        if let Some(matching) = reached(Status::Matching)
            && self.rng.random_bool(0.5)
        {
            let other = self.rng.random_range(0..self.employers.len());
            let start = matching + Days::new(self.rng.random_range(0..5));
            let taster_done = start < self.today;
            placements.push(Placement {
                id: self.id_on(matching),
                coachee: coachee.id,
                employer: self.employers[other].id,
                placement_type: Some(if self.rng.random_bool(0.5) {
                    PlacementType::Taster
                } else {
                    PlacementType::FlashInternship
                }),
                start: Some(start),
                planned_end: Some(start),
                days_per_week: Some(1),
                hours_per_week: Some(self.rng.random_range(4..=8)),
                agreement_signed: false,
                status: Some(if taster_done {
                    PlacementStatus::Completed
                } else {
                    PlacementStatus::Planned
                }),
                end_reason: String::new(),
                outcome: None,
                supervisor: self.employers[other].contact.clone(),
            });
        }
        // Someone still matching may already have a place lined up.
        if coachee.status == Status::Matching && (showcase || self.rng.random_bool(0.4)) {
            let start = self.today + Days::new(self.rng.random_range(7..=28));
            placements.push(Placement {
                id: self.id_on(self.today),
                coachee: coachee.id,
                employer: employer_id,
                placement_type: Some(PlacementType::BolInternship),
                start: Some(start),
                planned_end: Some(start + Days::new(self.rng.random_range(90..=180))),
                days_per_week: Some(self.rng.random_range(2..=4)),
                hours_per_week: Some(self.rng.random_range(16..=32)),
                agreement_signed: false,
                status: Some(PlacementStatus::Planned),
                end_reason: String::new(),
                outcome: None,
                supervisor: supervisor.clone(),
            });
        }
        let Some(placed) = reached(Status::Placed) else {
            return placements;
        };
        let kind = match coachee.learning_path {
            Some(LearningPath::Bbl) => PlacementType::Bbl,
            Some(LearningPath::Bol) => PlacementType::BolInternship,
            None => *[
                PlacementType::WorkExperience,
                PlacementType::LearningJob,
                PlacementType::SideJob,
            ]
            .choose(&mut self.rng)
            .expect("types"),
        };
        let (status, end_reason, outcome) = match coachee.status {
            Status::Placed | Status::Paused => (PlacementStatus::Running, String::new(), None),
            Status::DroppedOut => (
                PlacementStatus::Ended,
                self.assets
                    .dropout_reasons
                    .choose(&mut self.rng)
                    .expect("reasons")
                    .to_string(),
                Some(Outcome::Nothing),
            ),
            _ => (
                PlacementStatus::Completed,
                String::new(),
                Some(
                    *[
                        Outcome::Diploma,
                        Outcome::Job,
                        Outcome::FurtherEducation,
                        Outcome::Job,
                    ]
                    .choose(&mut self.rng)
                    .expect("outcomes"),
                ),
            ),
        };
        placements.push(Placement {
            id: self.id_on(placed),
            coachee: coachee.id,
            employer: employer_id,
            placement_type: Some(kind),
            start: Some(placed),
            planned_end: Some(placed + Days::new(self.rng.random_range(90..=180))),
            days_per_week: Some(self.rng.random_range(2..=4)),
            hours_per_week: Some(self.rng.random_range(16..=32)),
            agreement_signed: self.rng.random_bool(0.9),
            status: Some(status),
            end_reason,
            outcome,
            supervisor,
        });
        placements
    }

    pub(super) fn sessions(
        &mut self,
        coachee: &Coachee,
        path: &[(Status, NaiveDate)],
        goals: &[Goal],
        employer: usize,
        count: usize,
    ) -> Vec<Session> {
        let start = path[0].1;
        let ended = matches!(coachee.status, Status::Closed | Status::NotStarted);
        let end = if ended {
            path.last().map_or(self.today, |(_, d)| *d)
        } else {
            self.today
        };
        let mut dates = step_dates(&mut self.rng, count, start, end);
        dates.truncate(count);
        let author = coachee
            .coach
            .clone()
            .or_else(|| self.coaches.first().cloned());
        let (employer_id, employer_name, contact) = {
            let e = &self.employers[employer];
            (e.id, e.name.clone(), e.contact.clone())
        };
        let mut sessions = Vec::with_capacity(count);
        for (i, date) in dates.iter().copied().enumerate() {
            let phase = phase_on(path, date);
            let kind = session_type_for(&mut self.rng, phase, i == 0);
            let at_employer = matches!(kind, SessionType::StageVisit | SessionType::MatchTalk);
            let template = self
                .assets
                .summaries(kind)
                .choose(&mut self.rng)
                .copied()
                .unwrap_or("");
            let summary = template
                .replace("{naam}", &coachee.first_name)
                .replace("{werkgever}", &employer_name)
                .replace("{contact}", &contact)
                .replace("{opleiding}", &coachee.course);
            let is_last = i + 1 == count;
            let next_contact = (is_last && !ended && coachee.status != Status::Completed)
                .then(|| date + Days::new(self.rng.random_range(7..=21)));
            let agreements = (0..self.rng.random_range(0..=2))
                .map(|_| {
                    let (owner, text) = *self
                        .assets
                        .agreements
                        .choose(&mut self.rng)
                        .expect("agreements");
                    let due = date + Days::new(self.rng.random_range(3..=14));
                    Agreement {
                        text: text.to_string(),
                        owner,
                        due: Some(due),
                        done: due < self.today && self.rng.random_bool(0.75),
                    }
                })
                .collect();
            let mut participants = vec![Participant::Coachee];
            if at_employer {
                participants.push(Participant::Employer);
            }
            if kind == SessionType::Consultation {
                participants = vec![
                    *[
                        Participant::School,
                        Participant::Coordinator,
                        Participant::Guardian,
                    ]
                    .choose(&mut self.rng)
                    .expect("participants"),
                ];
            }
            let no_show = kind == SessionType::NoShow;
            let agreements: Vec<Agreement> = if no_show { Vec::new() } else { agreements };
            // A kept agreement was kept on its due date, and says so.
            let agreements_done = agreements
                .iter()
                .enumerate()
                .filter(|(_, a)| a.done)
                .filter_map(|(i, a)| {
                    Some(AgreementDone {
                        agreement: i as u16,
                        on: a.due?,
                    })
                })
                .collect();
            let agreements = agreements
                .into_iter()
                .map(|a| Agreement { done: false, ..a })
                .collect();
            let mut session = Session {
                id: self.id_on(date),
                coachee: coachee.id,
                date,
                start_time: NaiveTime::from_hms_opt(
                    self.rng.random_range(9..17),
                    15 * self.rng.random_range(0..4),
                    0,
                ),
                minutes: minutes_for(&mut self.rng, kind),
                session_type: Some(kind),
                location: if at_employer {
                    employer_name.clone()
                } else {
                    self.assets
                        .locations
                        .choose(&mut self.rng)
                        .expect("locations")
                        .to_string()
                },
                participants,
                summary,
                goal_progress: goals
                    .iter()
                    .filter(|_| !no_show && self.rng.random_bool(0.3))
                    .map(|g| GoalProgress {
                        goal: g.id,
                        progress: g.progress,
                    })
                    .collect(),
                wellbeing: (!no_show).then(|| self.rng.random_range(2..=5)),
                employer_satisfaction: (kind == SessionType::StageVisit)
                    .then(|| self.rng.random_range(2..=5)),
                signals: if self.rng.random_bool(0.08) {
                    vec![*Signal::ALL.choose(&mut self.rng).expect("signals")]
                } else {
                    Vec::new()
                },
                escalate: self.rng.random_bool(0.03),
                acknowledgement: None,
                agreements,
                agreements_done,
                next_contact,
                author: author.clone(),
                employer: at_employer.then_some(employer_id),
                coach_note: String::new(),
                clears_next_contact: false,
            };
            if session.escalate {
                session.acknowledgement = self.acknowledgement(date);
            }
            sessions.push(session);
        }
        sessions
    }

    /// The coordinator's answer to an escalation of `date`, three days later, in one of the
    /// demo's replies. Those of the last month, and every third older one, still wait, so the
    /// agenda has something to show. Picked by the date, so the random sequence stays as it was.
    fn acknowledgement(&self, date: NaiveDate) -> Option<Acknowledgement> {
        let by = self.coordinator.clone();
        let on = date + Days::new(3);
        if date + Days::new(30) > self.today || date.ordinal().is_multiple_of(3) {
            return None;
        }
        let replies = &self.assets.escalation_replies;
        let reply = replies[date.num_days_from_ce() as usize % replies.len()];
        Some(Acknowledgement {
            by,
            on,
            reply: reply.to_string(),
        })
    }
}
