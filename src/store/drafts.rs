//! Drafts: the half-filled forms of the screen, written on every keystroke so that a closed
//! terminal or a killed process loses nothing. They live in their own tree, outside the op log:
//! a draft is never synced, never part of a bundle, and a rebuild leaves it alone.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::trees::T;
use super::{Store, StoreError, codec};

/// The typed values of one form, field name → text as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub values: Vec<(String, String)>,
    pub saved_at: DateTime<Utc>,
}

/// The record a draft is about: its key ends in that record's id, after the last `:`
/// (`app::form::FormKind::draft_key`). Erasing the record discards the draft.
pub fn about(key: &[u8]) -> Option<crate::domain::EntityId> {
    std::str::from_utf8(key)
        .ok()
        .and_then(|k| k.rsplit_once(':'))
        .and_then(|(_, id)| id.parse().ok())
}

impl Store {
    /// Stores a draft and makes it durable before returning.
    pub fn save_draft(&self, key: &str, draft: &Draft) -> Result<(), StoreError> {
        self.put_local(T::Drafts, key.as_bytes(), codec::encode(draft))
    }

    pub fn draft(&self, key: &str) -> Result<Option<Draft>, StoreError> {
        self.trees()
            .get(T::Drafts)
            .get(key.as_bytes())?
            .map(|bytes| codec::decode(&bytes, "draft"))
            .transpose()
    }

    pub fn discard_draft(&self, key: &str) -> Result<(), StoreError> {
        self.trees().get(T::Drafts).remove(key.as_bytes())?;
        self.flush()
    }

    /// The keys of every stored draft, for "you have unfinished forms" at start-up.
    pub fn draft_keys(&self) -> Result<Vec<String>, StoreError> {
        self.trees()
            .get(T::Drafts)
            .iter()
            .keys()
            .map(|key| Ok(String::from_utf8_lossy(&key?).into_owned()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;

    #[test]
    fn a_draft_survives_reopening_and_can_be_discarded() {
        let dir = tempfile::tempdir().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let draft = Draft {
            values: vec![("summary".into(), "Goed gesprek".into())],
            saved_at: Utc::now(),
        };
        {
            let store = Store::init(dir.path(), "Coach", Role::Coach, today).unwrap();
            store.save_draft("session:abc", &draft).unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.draft("session:abc").unwrap(), Some(draft));
        assert_eq!(store.draft_keys().unwrap(), vec!["session:abc".to_string()]);
        store.discard_draft("session:abc").unwrap();
        assert_eq!(store.draft("session:abc").unwrap(), None);
    }
}
