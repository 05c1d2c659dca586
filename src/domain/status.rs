//! The coachee's status pipeline: the states, which transitions are allowed, and their history.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::codes::code_enum;
use crate::message::Msg;

code_enum! {
    /// Where a coachee is in the programme.
    #[derive(Default)]
    pub enum Status, label_prefix = "status" {
        #[default]
        Registered = "aangemeld",
        Intake = "intake",
        Matching = "matching",
        Placed = "geplaatst",
        Completed = "afgerond",
        DroppedOut = "uitgevallen",
        Aftercare = "nazorg",
        Closed = "gesloten",
        Paused = "gepauzeerd",
        NotStarted = "niet_gestart",
    }
}

impl Status {
    /// The states a coachee may move to from here.
    ///
    /// A pause can resume at any working stage. A closed file reopens into aftercare (a late
    /// contact, after which it closes again) or as a new registration for a new trajectory.
    pub fn allowed_next(self) -> &'static [Status] {
        use Status::*;
        match self {
            Registered => &[Intake, NotStarted, Paused],
            Intake => &[Matching, NotStarted, Paused, DroppedOut],
            Matching => &[Placed, Paused, DroppedOut],
            Placed => &[Completed, DroppedOut, Paused, Matching],
            Completed => &[Aftercare, Closed],
            DroppedOut => &[Aftercare, Closed],
            Aftercare => &[Closed],
            Closed => &[Aftercare, Registered],
            Paused => &[Intake, Matching, Placed, DroppedOut, Closed],
            NotStarted => &[Registered, Closed],
        }
    }

    /// Transitions that end or interrupt a trajectory must say why.
    pub fn requires_reason(self) -> bool {
        matches!(
            self,
            Status::DroppedOut | Status::Paused | Status::NotStarted
        )
    }

    /// A closed coachee takes no new sessions until reopened.
    pub fn accepts_sessions(self) -> bool {
        self != Status::Closed
    }

    /// Whether the coachee is still being worked with (for the caseload's default view).
    pub fn is_active(self) -> bool {
        !matches!(self, Status::Closed | Status::NotStarted)
    }

    /// The status symbol: status is never shown by colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Registered => "○",
            Status::Intake => "◔",
            Status::Matching => "◑",
            Status::Placed => "●",
            Status::Completed => "✔",
            Status::DroppedOut => "✖",
            Status::Aftercare => "↺",
            Status::Closed => "■",
            Status::Paused => "‖",
            Status::NotStarted => "–",
        }
    }
}

/// One dated step in a coachee's status history.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StatusChange {
    pub from: Option<Status>,
    pub to: Status,
    pub date: NaiveDate,
    pub reason: String,
}

/// Why a status change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("transition {from} -> {to} is not allowed")]
    NotAllowed { from: Status, to: Status },
    #[error("status {to} needs a reason")]
    ReasonRequired { to: Status },
    #[error("status change dated before the previous one")]
    BeforePrevious { previous: NaiveDate },
    #[error("status change dated in the future")]
    InFuture,
    #[error("coachee already has status {status}")]
    Unchanged { status: Status },
}

impl TransitionError {
    pub fn message(&self) -> Msg {
        match self {
            TransitionError::NotAllowed { from, to } => Msg::new("status-not-allowed")
                .arg("from", from.code())
                .arg("to", to.code())
                .arg(
                    "allowed",
                    from.allowed_next()
                        .iter()
                        .map(|s| s.code())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            TransitionError::ReasonRequired { to } => {
                Msg::new("status-reason-required").arg("to", to.code())
            }
            TransitionError::BeforePrevious { previous } => Msg::new("status-before-previous")
                .arg("previous", super::dates::format_date(*previous)),
            TransitionError::InFuture => Msg::new("status-in-future"),
            TransitionError::Unchanged { status } => {
                Msg::new("status-unchanged").arg("status", status.code())
            }
        }
    }
}

/// Checks a requested status change against the pipeline and returns the history entry.
pub fn transition(
    current: Status,
    history: &[StatusChange],
    to: Status,
    date: NaiveDate,
    reason: &str,
    today: NaiveDate,
) -> Result<StatusChange, TransitionError> {
    if current == to {
        return Err(TransitionError::Unchanged { status: to });
    }
    if !current.allowed_next().contains(&to) {
        return Err(TransitionError::NotAllowed { from: current, to });
    }
    let reason = reason.trim();
    if to.requires_reason() && reason.is_empty() {
        return Err(TransitionError::ReasonRequired { to });
    }
    if date > today {
        return Err(TransitionError::InFuture);
    }
    if let Some(last) = history.last()
        && date < last.date
    {
        return Err(TransitionError::BeforePrevious {
            previous: last.date,
        });
    }
    Ok(StatusChange {
        from: Some(current),
        to,
        date,
        reason: reason.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn every_state_can_reach_closed_eventually() {
        for &start in Status::ALL {
            let mut seen = vec![start];
            let mut frontier = vec![start];
            while let Some(s) = frontier.pop() {
                for &next in s.allowed_next() {
                    if !seen.contains(&next) {
                        seen.push(next);
                        frontier.push(next);
                    }
                }
            }
            assert!(
                seen.contains(&Status::Closed),
                "{start} cannot reach gesloten"
            );
        }
    }

    #[test]
    fn registered_cannot_jump_to_completed_and_says_what_is_allowed() {
        let err = transition(
            Status::Registered,
            &[],
            Status::Completed,
            day(5),
            "",
            day(5),
        )
        .unwrap_err();
        assert_eq!(
            err,
            TransitionError::NotAllowed {
                from: Status::Registered,
                to: Status::Completed
            }
        );
        let msg = err.message();
        assert!(
            msg.args
                .contains(&("allowed", "intake, niet_gestart, gepauzeerd".into()))
        );
    }

    #[test]
    fn dropping_out_needs_a_reason() {
        let err = transition(
            Status::Placed,
            &[],
            Status::DroppedOut,
            day(5),
            "  ",
            day(5),
        );
        assert_eq!(
            err.unwrap_err(),
            TransitionError::ReasonRequired {
                to: Status::DroppedOut
            }
        );
        let ok = transition(
            Status::Placed,
            &[],
            Status::DroppedOut,
            day(5),
            "verhuisd",
            day(5),
        );
        assert_eq!(ok.unwrap().reason, "verhuisd");
    }

    #[test]
    fn a_change_cannot_predate_the_previous_one_or_lie_in_the_future() {
        let history = [StatusChange {
            from: None,
            to: Status::Registered,
            date: day(10),
            reason: String::new(),
        }];
        let early = transition(
            Status::Registered,
            &history,
            Status::Intake,
            day(9),
            "",
            day(20),
        );
        assert!(matches!(early, Err(TransitionError::BeforePrevious { .. })));
        let future = transition(
            Status::Registered,
            &history,
            Status::Intake,
            day(21),
            "",
            day(20),
        );
        assert_eq!(future.unwrap_err(), TransitionError::InFuture);
    }

    #[test]
    fn only_closed_refuses_sessions() {
        for &s in Status::ALL {
            assert_eq!(s.accepts_sessions(), s != Status::Closed);
        }
    }
}
