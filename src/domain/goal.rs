//! A coachee's goal, in one of the three questions or as a hard/soft result, with progress 0–3.

use serde::{Deserialize, Serialize};

use super::codes::{GoalArea, GoalStatus};
use super::fields::record_fields;
use super::ids::{EntityId, EntityKind};
use super::validate::{ValidationErrors, check_required};
use crate::message::Msg;

/// Progress runs from 0 (not started) to 3 (achieved).
pub const MAX_PROGRESS: u8 = 3;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Goal {
    pub id: EntityId,
    pub coachee: EntityId,
    pub text: String,
    pub area: Option<GoalArea>,
    pub status: Option<GoalStatus>,
    pub progress: u8,
}

record_fields!(Goal, EntityKind::Goal, {
    1 => coachee: Shared,
    2 => text: Shared,
    3 => area: Shared,
    4 => status: Shared,
    5 => progress: Shared,
});

impl Goal {
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        check_required(&mut errors, "text", &self.text);
        if self.progress > MAX_PROGRESS {
            errors.push("progress", Msg::new("invalid-progress"));
        }
        errors.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_above_three_and_empty_text_are_refused() {
        let goal = Goal {
            progress: 4,
            ..Default::default()
        };
        let err = goal.validate().unwrap_err();
        assert!(err.mentions("text") && err.mentions("progress"));
    }
}
