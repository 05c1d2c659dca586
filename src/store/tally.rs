//! Reading the contact tally (`views.rs`): one entry per day and author, so a period's
//! contacts are counted from a few hundred small entries instead of every session in it.

use chrono::NaiveDate;

use super::codec;
use super::trees::T;
use super::views::ContactTally;
use super::{Store, StoreError};

const CORRUPT: StoreError = StoreError::Corrupt {
    what: "contact tally",
};

/// One day's contacts by one author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TallyEntry {
    pub date: NaiveDate,
    pub author: String,
    pub tally: ContactTally,
}

impl Store {
    /// The tally entries from `from` to `to`, both included, in date order.
    pub fn contact_tally(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<TallyEntry>, StoreError> {
        let start = codec::date_key(from).to_vec();
        let end = match to.succ_opt() {
            Some(next) => codec::date_key(next).to_vec(),
            None => vec![0xff; 5],
        };
        let mut entries = Vec::new();
        for item in self.trees().get(T::ContactTally).range(start..end) {
            let (key, value) = item?;
            let date = codec::date_from_key(&key).ok_or(CORRUPT)?;
            let author = String::from_utf8(key[4..].to_vec()).map_err(|_| CORRUPT)?;
            let tally = codec::decode(&value, "contact tally")?;
            entries.push(TallyEntry {
                date,
                author,
                tally,
            });
        }
        Ok(entries)
    }
}
