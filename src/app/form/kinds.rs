//! Which record a form edits: its title, the key its draft is stored under, and what saving it
//! submits to the database.

use chrono::NaiveDate;

use super::{Form, session};
use crate::domain::{EntityId, Session, ValidationErrors};

#[derive(Debug, Clone, PartialEq)]
pub enum FormKind {
    /// A new contact with this coachee.
    NewSession(EntityId),
    EditSession(Box<Session>),
}

/// A form read back into records, ready for `caseload` to save.
#[derive(Debug, Clone, PartialEq)]
pub enum Submission {
    NewSession { coachee: EntityId, session: Session },
    EditSession(Session),
}

impl FormKind {
    pub fn title_id(&self) -> &'static str {
        match self {
            FormKind::NewSession(_) => "form-title-new-session",
            FormKind::EditSession(_) => "form-title-edit-session",
        }
    }

    /// Drafts are kept per coachee and per record, so two unfinished forms never mix.
    pub fn draft_key(&self) -> String {
        match self {
            FormKind::NewSession(coachee) => format!("new-session:{coachee}"),
            FormKind::EditSession(s) => format!("edit-session:{}", s.id),
        }
    }

    /// The coachee the form is about, to name them in its title.
    pub fn coachee(&self) -> Option<EntityId> {
        match self {
            FormKind::NewSession(coachee) => Some(*coachee),
            FormKind::EditSession(s) => Some(s.coachee),
        }
    }
}

impl Form {
    /// Reads the form into what saving it means, with every field problem at once.
    pub fn submission(&self, today: NaiveDate) -> Result<Submission, ValidationErrors> {
        match &self.kind {
            FormKind::NewSession(coachee) => Ok(Submission::NewSession {
                coachee: *coachee,
                session: session::read(self, None, today)?,
            }),
            FormKind::EditSession(base) => {
                session::read(self, Some(base), today).map(Submission::EditSession)
            }
        }
    }

    /// The free text typed into the form, for the privacy check before saving.
    pub fn free_text(&self) -> Vec<&str> {
        match &self.kind {
            FormKind::NewSession(_) | FormKind::EditSession(_) => session::free_text(self),
        }
    }

    /// Lets a form keep dependent fields in step after one changed.
    pub fn after_edit(&mut self, field: &str, before: &str) {
        match &self.kind {
            FormKind::NewSession(_) | FormKind::EditSession(_) => {
                session::after_edit(self, field, before)
            }
        }
    }
}
