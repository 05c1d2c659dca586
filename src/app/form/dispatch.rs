//! What a form means, by its kind: the records it is read back into, the free text the privacy
//! check reads, and the fields kept in step after an edit. Each kind's own file does the work.

use chrono::NaiveDate;

use super::kinds::{FormKind, Submission};
use super::{Form, agreements, coachee, exchange, records, session, welcome};
use crate::domain::ValidationErrors;

impl Form {
    /// Reads the form into what saving it means, with every field problem at once.
    pub fn submission(&self, today: NaiveDate) -> Result<Submission, ValidationErrors> {
        Ok(match &self.kind {
            FormKind::NewSession(coachee) => Submission::NewSession {
                coachee: *coachee,
                session: session::read(self, None, today)?,
            },
            FormKind::EditSession(base) => {
                Submission::EditSession(session::read(self, Some(base), today)?)
            }
            FormKind::NewCoachee => {
                Submission::NewCoachee(coachee::read_coachee(self, None, today)?)
            }
            FormKind::EditCoachee(base) => {
                Submission::EditCoachee(coachee::read_coachee(self, Some(base), today)?)
            }
            FormKind::Status(c) => {
                let (to, date, reason) = coachee::read_status(self, today)?;
                Submission::Status {
                    coachee: c.clone(),
                    to,
                    date,
                    reason,
                }
            }
            FormKind::Goal { coachee, goals } => {
                let goal = records::read_goal(self, goals, today)?;
                if goals.iter().any(|g| g.id == goal.id) {
                    Submission::EditGoal(goal)
                } else {
                    Submission::NewGoal {
                        coachee: *coachee,
                        goal,
                    }
                }
            }
            FormKind::Placement {
                coachee,
                placements,
            } => {
                let placement = records::read_placement(self, placements, today)?;
                if placements.iter().any(|p| p.id == placement.id) {
                    Submission::EditPlacement(placement)
                } else {
                    Submission::NewPlacement {
                        coachee: *coachee,
                        placement,
                    }
                }
            }
            FormKind::NewEmployer => {
                Submission::NewEmployer(records::read_employer(self, None, today)?)
            }
            FormKind::EditEmployer(base) => {
                Submission::EditEmployer(records::read_employer(self, Some(base), today)?)
            }
            FormKind::Welcome => {
                let (name, role, demo) = welcome::read_welcome(self, today)?;
                Submission::Welcome { name, role, demo }
            }
            FormKind::Export => Submission::Export(exchange::read_export(self, today)?),
            FormKind::Import => {
                let (file, trust) = exchange::read_import(self, today)?;
                Submission::Import { file, trust }
            }
            FormKind::Assign { coachee, coaches } => Submission::Assign {
                coachee: coachee.clone(),
                coach: exchange::read_assign(self, coaches, today)?,
            },
            FormKind::Acknowledge { session, .. } => Submission::Acknowledge {
                session: *session,
                reply: self.text("reply").trim().to_string(),
            },
            FormKind::Inzage(coachee) => {
                let (path, json) = exchange::read_inzage(self, today)?;
                Submission::Inzage {
                    coachee: *coachee,
                    path,
                    json,
                }
            }
            FormKind::Agreement => Submission::Agreement(agreements::read(self, today)?),
        })
    }

    /// The free text typed into the form, for the privacy check before saving.
    pub fn free_text(&self) -> Vec<&str> {
        let names: &[&str] = match &self.kind {
            FormKind::NewSession(_) | FormKind::EditSession(_) => {
                return session::free_text(self);
            }
            FormKind::NewCoachee | FormKind::EditCoachee(_) => &["coach_note"],
            FormKind::Status(_) => &["reason"],
            FormKind::Goal { .. } => &["text"],
            FormKind::Placement { .. } => &["end_reason"],
            FormKind::NewEmployer | FormKind::EditEmployer(_) => &["notes"],
            FormKind::Acknowledge { .. } => &["reply"],
            FormKind::Agreement => &["text"],
            FormKind::Welcome
            | FormKind::Export
            | FormKind::Import
            | FormKind::Assign { .. }
            | FormKind::Inzage(_) => &[],
        };
        names.iter().map(|name| self.text(name)).collect()
    }

    /// Lets a form keep dependent fields in step after one changed.
    pub fn after_edit(&mut self, field: &str, before: &str) {
        match &self.kind {
            FormKind::NewSession(_) | FormKind::EditSession(_) => {
                session::after_edit(self, field, before)
            }
            FormKind::Goal { .. } | FormKind::Placement { .. } if field == records::TARGET => {
                records::after_target_change(self)
            }
            _ => {}
        }
    }
}
