//! What the screen reads from the database: the caseload at start, one coachee's details on
//! selection. Only the selected coachee's sessions are ever loaded.

use std::collections::HashMap;

use super::{App, Effect};
use crate::domain::{Coachee, Employer, EntityId, Goal, Placement, Session};
use crate::store::{ContactSummary, Store, StoreError};

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

/// Carries out effects against the database.
pub fn run_effects(app: &mut App, store: &Store, effects: Vec<Effect>) -> Result<(), StoreError> {
    for effect in effects {
        match effect {
            Effect::LoadDetail(id) => {
                app.detail = load_detail(store, id)?;
                app.profile_scroll = 0;
                app.session_selected = 0;
            }
        }
    }
    Ok(())
}
