//! The peers this device trusts, each with the signed card it was given and the role this
//! device pinned for it. Local to this device: outside the op log, so never synced and
//! untouched by a rebuild.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::trees::T;
use super::{Store, StoreError, codec};
use crate::domain::{DeviceId, Role};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeerRecord {
    /// The card exactly as received; it is verified again whenever it is read.
    pub card_text: String,
    pub trusted_on: NaiveDate,
    /// The role this device decided the peer has when it trusted them. The role written in a
    /// card or a bundle is only a claim; this is the authority. `None` only in records made
    /// before roles were pinned, whose card (as trusted then) says the role.
    pub role: Option<Role>,
}

/// How peers were stored before the role was pinned (postcard is not self-describing, so the
/// old shape is read explicitly).
#[derive(Deserialize)]
struct UnpinnedPeerRecord {
    card_text: String,
    trusted_on: NaiveDate,
}

fn decode_peer(bytes: &[u8]) -> Result<PeerRecord, StoreError> {
    codec::decode(bytes, "peer").or_else(|_| {
        let old: UnpinnedPeerRecord = codec::decode(bytes, "peer")?;
        Ok(PeerRecord {
            card_text: old.card_text,
            trusted_on: old.trusted_on,
            role: None,
        })
    })
}

impl Store {
    /// Stores a trusted peer durably.
    pub fn save_peer(&self, device: DeviceId, record: &PeerRecord) -> Result<(), StoreError> {
        self.put_local(T::Peers, device.as_bytes(), codec::encode(record))
    }

    pub fn peer(&self, device: DeviceId) -> Result<Option<PeerRecord>, StoreError> {
        self.trees()
            .get(T::Peers)
            .get(device.as_bytes())?
            .map(|bytes| decode_peer(&bytes))
            .transpose()
    }

    pub fn peers(&self) -> Result<Vec<PeerRecord>, StoreError> {
        self.trees()
            .get(T::Peers)
            .iter()
            .values()
            .map(|bytes| decode_peer(&bytes?))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_peer_stored_before_roles_were_pinned_still_reads() {
        #[derive(Serialize)]
        struct Old<'a> {
            card_text: &'a str,
            trusted_on: NaiveDate,
        }
        let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let bytes = codec::encode(&Old {
            card_text: "card",
            trusted_on: day,
        });
        let record = decode_peer(&bytes).unwrap();
        assert_eq!(record.card_text, "card");
        assert_eq!(record.trusted_on, day);
        assert_eq!(record.role, None);
        let pinned = PeerRecord {
            role: Some(Role::Coach),
            ..record
        };
        assert_eq!(decode_peer(&codec::encode(&pinned)).unwrap(), pinned);
    }
}
