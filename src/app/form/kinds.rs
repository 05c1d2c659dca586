//! Which record a form edits: its title, the key its draft is stored under, and what saving it
//! submits to the database.

use chrono::NaiveDate;

use super::{Form, coachee, exchange, records, session, welcome};
use crate::domain::{
    CoachRef, Coachee, Employer, EntityId, Goal, Placement, Role, Session, Status, ValidationErrors,
};

#[derive(Debug, Clone, PartialEq)]
pub enum FormKind {
    /// A new contact with this coachee.
    NewSession(EntityId),
    EditSession(Box<Session>),
    NewCoachee,
    EditCoachee(Box<Coachee>),
    Status(Box<Coachee>),
    /// A new goal or one of these, chosen in the form's first field.
    Goal {
        coachee: EntityId,
        goals: Vec<Goal>,
    },
    Placement {
        coachee: EntityId,
        placements: Vec<Placement>,
    },
    NewEmployer,
    EditEmployer(Box<Employer>),
    /// The first start, before there is a database.
    Welcome,
    /// Bundles for the usual recipients.
    Export,
    /// A bundle to preview and import.
    Import,
    /// Which coach a coachee goes to (coordinator only).
    Assign {
        coachee: Box<Coachee>,
        coaches: Vec<CoachRef>,
    },
}

/// A form read back into records, ready for `caseload` to save.
#[derive(Debug, Clone, PartialEq)]
pub enum Submission {
    NewSession {
        coachee: EntityId,
        session: Session,
    },
    EditSession(Session),
    NewCoachee(Coachee),
    EditCoachee(Coachee),
    Status {
        coachee: Box<Coachee>,
        to: Status,
        date: NaiveDate,
        reason: String,
    },
    NewGoal {
        coachee: EntityId,
        goal: Goal,
    },
    EditGoal(Goal),
    NewPlacement {
        coachee: EntityId,
        placement: Placement,
    },
    EditPlacement(Placement),
    NewEmployer(Employer),
    EditEmployer(Employer),
    Welcome {
        name: String,
        role: Role,
        demo: bool,
    },
    Export(exchange::ExportChoice),
    Import {
        file: String,
        trust: bool,
    },
    Assign {
        coachee: Box<Coachee>,
        coach: CoachRef,
    },
}

impl FormKind {
    pub fn title_id(&self) -> &'static str {
        match self {
            FormKind::NewSession(_) => "form-title-new-session",
            FormKind::EditSession(_) => "form-title-edit-session",
            FormKind::NewCoachee => "form-title-new-coachee",
            FormKind::EditCoachee(_) => "form-title-edit-coachee",
            FormKind::Status(_) => "form-title-status",
            FormKind::Goal { .. } => "form-title-goal",
            FormKind::Placement { .. } => "form-title-placement",
            FormKind::NewEmployer => "form-title-new-employer",
            FormKind::EditEmployer(_) => "form-title-edit-employer",
            FormKind::Welcome => "welcome-title",
            FormKind::Export => "form-title-export",
            FormKind::Import => "form-title-import",
            FormKind::Assign { .. } => "form-title-assign",
        }
    }

    /// Drafts are kept per coachee and per record, so two unfinished forms never mix.
    pub fn draft_key(&self) -> String {
        match self {
            FormKind::NewSession(coachee) => format!("new-session:{coachee}"),
            FormKind::EditSession(s) => format!("edit-session:{}", s.id),
            FormKind::NewCoachee => "new-coachee".into(),
            FormKind::EditCoachee(c) => format!("edit-coachee:{}", c.id),
            FormKind::Status(c) => format!("status:{}", c.id),
            FormKind::Goal { coachee, .. } => format!("goal:{coachee}"),
            FormKind::Placement { coachee, .. } => format!("placement:{coachee}"),
            FormKind::NewEmployer => "new-employer".into(),
            FormKind::EditEmployer(e) => format!("edit-employer:{}", e.id),
            FormKind::Welcome => "welcome".into(),
            FormKind::Export => "export".into(),
            FormKind::Import => "import".into(),
            FormKind::Assign { coachee, .. } => format!("assign:{}", coachee.id),
        }
    }

    /// The coachee the form is about, to name them in its title.
    pub fn coachee(&self) -> Option<EntityId> {
        match self {
            FormKind::NewSession(coachee)
            | FormKind::Goal { coachee, .. }
            | FormKind::Placement { coachee, .. } => Some(*coachee),
            FormKind::EditSession(s) => Some(s.coachee),
            FormKind::EditCoachee(c) | FormKind::Status(c) => Some(c.id),
            FormKind::Assign { coachee, .. } => Some(coachee.id),
            FormKind::NewCoachee
            | FormKind::NewEmployer
            | FormKind::EditEmployer(_)
            | FormKind::Welcome
            | FormKind::Export
            | FormKind::Import => None,
        }
    }
}

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
            FormKind::Welcome | FormKind::Export | FormKind::Import | FormKind::Assign { .. } => {
                &[]
            }
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
