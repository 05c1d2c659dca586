//! What the employers tab shows: every employer with its number of current placements, and the
//! placements at one employer with who is placed.

use std::collections::HashMap;

use crate::domain::{Coachee, Employer, EntityId, Placement};
use crate::store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub struct EmployerRow {
    pub employer: Employer,
    pub current_placements: usize,
}

/// A placement at the selected employer, with who is placed.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementRow {
    pub placement: Placement,
    pub coachee: Option<Coachee>,
}

/// Reads every employer, with the number of current placements each has (`current`, kept by
/// the caller: reading every placement to count them took the tab 10–19 ms at 10,000
/// coachees).
pub fn employer_rows(
    store: &Store,
    current: &HashMap<EntityId, usize>,
) -> Result<Vec<EmployerRow>, StoreError> {
    let mut rows: Vec<EmployerRow> = store
        .employers()?
        .into_iter()
        .map(|employer| EmployerRow {
            current_placements: current.get(&employer.id).copied().unwrap_or(0),
            employer,
        })
        .collect();
    rows.sort_by_cached_key(|r| r.employer.name.to_lowercase());
    Ok(rows)
}

/// The placements at one employer, current ones first, with the coachees' names.
pub fn placements_at(store: &Store, employer: EntityId) -> Result<Vec<PlacementRow>, StoreError> {
    let mut placements = store.placements_at(employer)?;
    placements.sort_by_key(|p| (!p.is_current(), std::cmp::Reverse(p.start)));
    placements
        .into_iter()
        .map(|placement| {
            Ok(PlacementRow {
                coachee: store.get::<Coachee>(placement.coachee)?,
                placement,
            })
        })
        .collect()
}
