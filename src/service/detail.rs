//! A coachee's detail, loaded once on selection: the record, their contact summary, goals,
//! placements with their employers, and their sessions. The screen's profile and session panes
//! and `stagecoach show` read it; only the selected coachee's sessions are ever loaded.

use std::collections::HashMap;

use crate::domain::{Coachee, Employer, EntityId, Goal, Placement, Session};
use crate::store::{ContactSummary, CurrentEmployer, Store, StoreError};

/// Everything the profile and session panes show for one coachee.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub coachee: Coachee,
    pub contact: Option<ContactSummary>,
    pub goals: Vec<Goal>,
    pub placements: Vec<Placement>,
    pub employers: HashMap<EntityId, Employer>,
    /// Newest first.
    pub sessions: Vec<Session>,
}

pub fn load_detail(store: &Store, id: EntityId) -> Result<Option<Detail>, StoreError> {
    let Some(coachee) = store.get::<Coachee>(id)? else {
        return Ok(None);
    };
    let placements = store.placements_of(id)?;
    let mut employers = HashMap::new();
    for p in &placements {
        if let Some(e) = store.get::<Employer>(p.employer)? {
            employers.insert(e.id, e);
        }
    }
    Ok(Some(Detail {
        contact: store.contact_summary(id)?,
        goals: store.goals_of(id)?,
        sessions: store.sessions_of(id)?,
        placements,
        employers,
        coachee,
    }))
}

/// The employers of the coachee's current placements, from their detail.
pub fn current_employers(detail: &Detail) -> Vec<CurrentEmployer> {
    detail
        .placements
        .iter()
        .filter(|p| p.is_current())
        .filter_map(|p| {
            let employer = detail.employers.get(&p.employer)?;
            Some(CurrentEmployer {
                id: employer.id,
                name: employer.name.clone(),
            })
        })
        .collect()
}
