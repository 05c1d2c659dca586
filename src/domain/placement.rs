//! A placement: a coachee at an employer, from a one-day taster to a BBL job, and its outcome.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::codes::{Outcome, PlacementStatus, PlacementType};
use super::fields::record_fields;
use super::ids::{EntityId, EntityKind};
use super::validate::ValidationErrors;
use crate::message::Msg;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Placement {
    pub id: EntityId,
    pub coachee: EntityId,
    pub employer: EntityId,
    pub placement_type: Option<PlacementType>,
    pub start: Option<NaiveDate>,
    pub planned_end: Option<NaiveDate>,
    pub days_per_week: Option<u8>,
    pub hours_per_week: Option<u8>,
    /// The placement agreement (stageovereenkomst / POK) is signed.
    pub agreement_signed: bool,
    pub status: Option<PlacementStatus>,
    pub end_reason: String,
    pub outcome: Option<Outcome>,
    /// The praktijkopleider's name for this placement.
    pub supervisor: String,
}

record_fields!(Placement, EntityKind::Placement, {
    1 => coachee: Shared,
    2 => employer: Shared,
    3 => placement_type: Shared,
    4 => start: Shared,
    5 => planned_end: Shared,
    6 => days_per_week: Shared,
    7 => hours_per_week: Shared,
    8 => agreement_signed: Shared,
    9 => status: Shared,
    10 => end_reason: Shared,
    11 => outcome: Aggregate,
    12 => supervisor: Shared,
});

impl Placement {
    pub fn state(&self) -> PlacementStatus {
        self.status.unwrap_or(PlacementStatus::Planned)
    }

    pub fn is_current(&self) -> bool {
        matches!(
            self.state(),
            PlacementStatus::Planned | PlacementStatus::Running
        )
    }

    /// Completed or ended early: it runs no more.
    pub fn is_finished(&self) -> bool {
        matches!(
            self.state(),
            PlacementStatus::Completed | PlacementStatus::Ended
        )
    }

    /// The placement a coach visits now, of a coachee's placements: a running one before one
    /// only planned, and of those the one that started (or starts) last.
    pub fn the_current(placements: &[Placement]) -> Option<&Placement> {
        placements
            .iter()
            .filter(|p| p.is_current())
            .max_by_key(|p| (p.state() == PlacementStatus::Running, p.start))
    }

    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        if self.placement_type.is_none() {
            errors.push(
                "placement_type",
                Msg::new("invalid-choice").arg("allowed", PlacementType::allowed()),
            );
        }
        if let (Some(start), Some(end)) = (self.start, self.planned_end)
            && end < start
        {
            errors.push("planned_end", Msg::new("invalid-end-before-start"));
        }
        if self.days_per_week.is_some_and(|d| !(1..=7).contains(&d)) {
            errors.push("days_per_week", Msg::new("invalid-days-per-week"));
        }
        if self.hours_per_week.is_some_and(|h| !(1..=60).contains(&h)) {
            errors.push("hours_per_week", Msg::new("invalid-hours-per-week"));
        }
        if self.state() == PlacementStatus::Ended && self.end_reason.trim().is_empty() {
            errors.push("end_reason", Msg::new("invalid-required"));
        }
        errors.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_early_end_needs_a_reason_and_dates_must_be_ordered() {
        let p = Placement {
            placement_type: Some(PlacementType::BolInternship),
            start: NaiveDate::from_ymd_opt(2026, 9, 1),
            planned_end: NaiveDate::from_ymd_opt(2026, 8, 1),
            status: Some(PlacementStatus::Ended),
            days_per_week: Some(8),
            ..Default::default()
        };
        let err = p.validate().unwrap_err();
        assert!(err.mentions("planned_end"));
        assert!(err.mentions("end_reason"));
        assert!(err.mentions("days_per_week"));
    }
}
