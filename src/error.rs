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
