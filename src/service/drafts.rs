//! The drafts waiting on this laptop: half-filled forms, each with the coachee it is about, so
//! the caseload can mark them and the status line count them after a restart.

use std::collections::BTreeMap;

use crate::domain::EntityId;
use crate::store::{Store, StoreError};

/// The pseudo-field of a draft that names the coachee its form is about.
pub const DRAFT_COACHEE: &str = "@coachee";

/// Every stored draft by its key, with the coachee its form is about (the draft's `@coachee`
/// pseudo-field; none for an employer or an export, or a draft from before it was written).
pub fn waiting(store: &Store) -> Result<BTreeMap<String, Option<EntityId>>, StoreError> {
    let mut drafts = BTreeMap::new();
    for key in store.draft_keys()? {
        let coachee = store.draft(&key)?.and_then(|draft| {
            draft
                .values
                .iter()
                .find(|(name, _)| name == DRAFT_COACHEE)
                .and_then(|(_, id)| id.parse().ok())
        });
        drafts.insert(key, coachee);
    }
    Ok(drafts)
}
