//! The programme's policy, set by a coordinator and carried to every coach: for now, how long
//! a closed file is kept (AVG art. 5(1)(e): no longer than needed).

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::clean::CleanText;
use super::fields::record_fields;
use super::ids::{EntityId, EntityKind};

/// Kept this long after a file is closed unless the programme says otherwise.
pub const DEFAULT_RETENTION_MONTHS: u32 = 24;
/// Longer than any funder's audit period; more is a typo.
pub const MAX_RETENTION_MONTHS: u32 = 120;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub id: EntityId,
    pub retention_months: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            id: Policy::ID,
            retention_months: DEFAULT_RETENTION_MONTHS,
        }
    }
}

impl Policy {
    /// One policy per programme: every coordinator writes the same record, so two of them
    /// setting it converge like any other field instead of making two policies.
    pub const ID: EntityId = EntityId(uuid::Uuid::from_bytes(*b"stagecoach-plcy1"));

    /// The first day a file closed on `closed` may no longer be kept.
    pub fn erase_from(&self, closed: NaiveDate) -> NaiveDate {
        closed
            .checked_add_months(Months::new(self.retention_months))
            .unwrap_or(NaiveDate::MAX)
    }
}

impl CleanText for Policy {
    fn clean_text(&mut self) -> bool {
        false
    }
}

record_fields!(Policy, EntityKind::Policy, {
    1 => retention_months: Shared,
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_may_be_kept_for_the_retention_period_and_not_a_day_longer() {
        let policy = Policy::default();
        let closed = NaiveDate::from_ymd_opt(2024, 11, 30).unwrap();
        assert_eq!(
            policy.erase_from(closed),
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
        );
        let month_end = NaiveDate::from_ymd_opt(2024, 8, 31).unwrap();
        let short = Policy {
            retention_months: 6,
            ..Policy::default()
        };
        assert_eq!(
            short.erase_from(month_end),
            NaiveDate::from_ymd_opt(2025, 2, 28).unwrap()
        );
    }
}
