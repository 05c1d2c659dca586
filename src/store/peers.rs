//! The peers this device trusts, each with the signed card it was given. Local to this device:
//! outside the op log, so never synced and untouched by a rebuild.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::trees::T;
use super::{Store, StoreError, codec};
use crate::domain::DeviceId;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeerRecord {
    /// The card exactly as received; it is verified again whenever it is read.
    pub card_text: String,
    pub trusted_on: NaiveDate,
}

impl Store {
    /// Stores a trusted peer durably.
    pub fn save_peer(&self, device: DeviceId, record: &PeerRecord) -> Result<(), StoreError> {
        self.trees()
            .get(T::Peers)
            .insert(device.as_bytes(), codec::encode(record))?;
        self.flush()
    }

    pub fn peer(&self, device: DeviceId) -> Result<Option<PeerRecord>, StoreError> {
        self.trees()
            .get(T::Peers)
            .get(device.as_bytes())?
            .map(|bytes| codec::decode(&bytes, "peer"))
            .transpose()
    }

    pub fn peers(&self) -> Result<Vec<PeerRecord>, StoreError> {
        self.trees()
            .get(T::Peers)
            .iter()
            .values()
            .map(|bytes| codec::decode(&bytes?, "peer"))
            .collect()
    }
}
