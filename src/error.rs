//! The library's error type: every failure a person can meet, each with a localisable message.

use crate::domain::dates::DateError;
use crate::domain::status::TransitionError;
use crate::domain::{FieldError, ValidationErrors};
use crate::message::Msg;
use crate::store::{ResolveError, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Resolve(#[from] ResolveError),
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
    #[error(transparent)]
    Transition(#[from] TransitionError),
    #[error(transparent)]
    Sync(#[from] crate::sync::SyncError),
    #[error("invalid date in field {field}: {source}")]
    Date {
        field: &'static str,
        #[source]
        source: DateError,
    },
    #[error("the coachee is closed and takes no new sessions")]
    CoacheeClosed { code: String },
    #[error("this needs a coordinator's database")]
    CoordinatorOnly,
    #[error("demo data goes only into an empty database")]
    DemoNeedsEmptyDatabase { coachees: usize },
    #[error("an earlier demo was killed before it finished")]
    DemoInterrupted,
    #[error("a coach changes only the contacts they logged themselves")]
    NotYourSession,
    #[error("the coachee moved to another coach")]
    CoacheeMovedAway { code: String, coach: String },
    #[error("only a coordinator answers escalations")]
    AckCoordinatorOnly,
    #[error("the session escalated nothing")]
    NotEscalated { id: String },
    #[error("the escalation was answered already")]
    AlreadyAcknowledged { id: String, by: String, on: String },
    #[error("no agreement has that id")]
    AgreementNotFound { reference: String },
    #[error("the agreement was kept already")]
    AgreementAlreadyDone { id: String, on: String },
    #[error("the agreement is open already")]
    AgreementNotDone { id: String },
    #[error("the inzage could not be written")]
    InzageNotWritten { path: String, reason: String },
    #[error("no consent on file to withdraw")]
    NoConsentToWithdraw { code: String },
}

impl Error {
    /// A single invalid field, e.g. an unknown code typed on the command line.
    pub fn invalid(field: &'static str, problem: Msg) -> Self {
        Error::Invalid(ValidationErrors(vec![FieldError { field, problem }]))
    }

    pub fn date(field: &'static str, source: DateError) -> Self {
        Error::Date { field, source }
    }

    /// The main message; validation errors add one line per field (see [`Error::details`]).
    pub fn message(&self) -> Msg {
        match self {
            Error::Store(e) => e.message(),
            Error::Resolve(e) => e.message(),
            Error::Invalid(e) => Msg::new("invalid-record").arg("count", e.0.len()),
            Error::Transition(e) => e.message(),
            Error::Sync(e) => e.message(),
            Error::Date { source, .. } => source.message(),
            Error::CoacheeClosed { code } => Msg::new("session-coachee-closed").arg("code", code),
            Error::CoordinatorOnly => Msg::new("coordinator-only"),
            Error::DemoNeedsEmptyDatabase { coachees } => {
                Msg::new("demo-needs-empty").arg("coachees", coachees)
            }
            Error::NotYourSession => Msg::new("session-not-yours"),
            Error::DemoInterrupted => Msg::new("demo-interrupted"),
            Error::AckCoordinatorOnly => Msg::new("ack-coordinator-only"),
            Error::InzageNotWritten { path, reason } => Msg::new("inzage-not-written")
                .arg("path", path)
                .arg("reason", reason),
            Error::CoacheeMovedAway { code, coach } => Msg::new("coachee-moved-away")
                .arg("code", code)
                .arg("coach", coach),
            Error::NotEscalated { id } => Msg::new("ack-not-escalated").arg("id", id),
            Error::AlreadyAcknowledged { id, by, on } => Msg::new("ack-already")
                .arg("id", id)
                .arg("by", by)
                .arg("on", on),
            Error::AgreementNotFound { reference } => {
                Msg::new("agreement-not-found").arg("reference", reference)
            }
            Error::AgreementAlreadyDone { id, on } => Msg::new("agreement-already-done")
                .arg("id", id)
                .arg("on", on),
            Error::AgreementNotDone { id } => Msg::new("agreement-not-done").arg("id", id),
            Error::NoConsentToWithdraw { code } => {
                Msg::new("consent-none-to-withdraw").arg("code", code)
            }
        }
    }

    /// Per-field problems, as (field name, problem), for forms and for the CLI's extra lines.
    pub fn details(&self) -> Vec<(&'static str, Msg)> {
        match self {
            Error::Invalid(e) => e.0.iter().map(|f| (f.field, f.problem.clone())).collect(),
            Error::Date { field, source } => vec![(*field, source.message())],
            _ => Vec::new(),
        }
    }
}
