//! Reading what the overview adds up (`views.rs`): the contact tallies per month and author
//! and per day, and the placements by start date. A year's contacts are a few thousand small
//! entries here instead of every session in it.

use chrono::NaiveDate;

use super::codec;
use super::trees::T;
use super::views::{ContactTally, PlacementFacts, first_of_month};
use super::{Store, StoreError};

const CORRUPT: StoreError = StoreError::Corrupt {
    what: "overview tally",
};

/// One month's contacts by one author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthTally {
    /// The first day of the month.
    pub month: NaiveDate,
    pub author: String,
    pub tally: ContactTally,
}

impl Store {
    /// The months from the one of `from` to the one of `to`, per author, in month order.
    pub fn contacts_by_month(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<MonthTally>, StoreError> {
        self.date_range(T::ContactsByMonth, first_of_month(from), first_of_month(to))
            .map(|item| {
                let (key, value) = item?;
                let month = codec::date_from_key(&key).ok_or(CORRUPT)?;
                let author = String::from_utf8(key[4..].to_vec()).map_err(|_| CORRUPT)?;
                Ok(MonthTally {
                    month,
                    author,
                    tally: codec::decode(&value, "contact tally")?,
                })
            })
            .collect()
    }

    /// Everyone's contacts per day from `from` to `to`, in date order.
    pub fn contacts_by_day(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<(NaiveDate, ContactTally)>, StoreError> {
        self.date_range(T::ContactsByDay, from, to)
            .map(|item| {
                let (key, value) = item?;
                let day = codec::date_from_key(&key).ok_or(CORRUPT)?;
                Ok((day, codec::decode(&value, "contact tally")?))
            })
            .collect()
    }

    /// Every placement that started on or before `day`, with its start date.
    pub fn placements_started_by(
        &self,
        day: NaiveDate,
    ) -> Result<Vec<(NaiveDate, PlacementFacts)>, StoreError> {
        self.date_range(T::PlacementStarts, NaiveDate::MIN, day)
            .map(|item| {
                let (key, value) = item?;
                let start = codec::date_from_key(&key).ok_or(CORRUPT)?;
                Ok((start, codec::decode(&value, "placement facts")?))
            })
            .collect()
    }

    /// The entries of a tree keyed by a date first, from `from` to `to` (both included).
    pub(super) fn date_range(&self, tree: T, from: NaiveDate, to: NaiveDate) -> sled::Iter {
        let start = codec::date_key(from).to_vec();
        let end = match to.succ_opt() {
            Some(next) => codec::date_key(next).to_vec(),
            None => vec![0xff; 5],
        };
        self.trees().get(tree).range(start..end)
    }
}
