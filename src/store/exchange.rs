//! What this device knows about the exchange of bundles: how far each origin's ops are
//! covered here, which coachees moved away, which bundles came in, and per peer what they have.
//!
//! All of it is local: it describes this device's traffic, so it is neither in the op log nor
//! rebuilt from it.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::oplog::Log;
use super::trees::T;
use super::{Store, StoreError, codec};
use crate::domain::DeviceId;

/// Per origin device, a sequence number: "every op up to here".
pub type Frontier = BTreeMap<DeviceId, u64>;

/// A bundle that was imported here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleReceipt {
    pub sender: DeviceId,
    pub imported_on: NaiveDate,
    pub ops: u64,
}

/// What this device knows of one peer's state.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PeerExchange {
    /// The frontier the peer's newest bundle carried: what it had then.
    pub has: Frontier,
    pub last_in: Option<NaiveDate>,
    pub last_out: Option<NaiveDate>,
    /// This device's own sequence number when its last bundle for the peer was written.
    pub sent_through: u64,
}

impl Store {
    /// What this device holds of each origin's ops: the contiguous run in the log, extended by
    /// what bundles from a complete sender said was covered. Own ops are always all here.
    pub fn frontier(&self) -> Result<Frontier, StoreError> {
        let mut frontier = Frontier::new();
        for item in self.trees().get(T::Frontier).iter() {
            let (key, value) = item?;
            frontier.insert(device_from(&key)?, codec::decode(&value, "frontier")?);
        }
        for item in self.trees().get(T::Coverage).iter() {
            let (key, value) = item?;
            let device = device_from(&key)?;
            let covered: u64 = codec::decode(&value, "coverage")?;
            let entry = frontier.entry(device).or_default();
            *entry = (*entry).max(covered);
        }
        // Past the covered point the log may go on without a gap.
        let log = Log(self.trees().get(T::OpLog));
        for (device, seq) in frontier.iter_mut() {
            *seq = log.run_end(*device, *seq)?;
        }
        if self.last_seq() > 0 {
            frontier.insert(self.identity().device, self.last_seq());
        }
        Ok(frontier)
    }

    pub fn coverage(&self, origin: DeviceId) -> Result<u64, StoreError> {
        Ok(self
            .trees()
            .get(T::Coverage)
            .get(origin.as_bytes())?
            .map(|v| codec::decode(&v, "coverage"))
            .transpose()?
            .unwrap_or(0))
    }

    pub fn bundle_receipt(&self, bundle: &[u8; 16]) -> Result<Option<BundleReceipt>, StoreError> {
        self.trees()
            .get(T::Bundles)
            .get(bundle)?
            .map(|v| codec::decode(&v, "bundle receipt"))
            .transpose()
    }

    pub fn peer_exchange(&self, device: DeviceId) -> Result<PeerExchange, StoreError> {
        Ok(self
            .trees()
            .get(T::PeerExchange)
            .get(device.as_bytes())?
            .map(|v| codec::decode(&v, "peer exchange"))
            .transpose()?
            .unwrap_or_default())
    }

    /// Notes that a bundle with everything up to now went out to `device` today.
    pub fn record_sent(&self, device: DeviceId, today: NaiveDate) -> Result<(), StoreError> {
        let mut exchange = self.peer_exchange(device)?;
        exchange.last_out = Some(today);
        exchange.sent_through = self.last_seq();
        self.put_local(T::PeerExchange, device.as_bytes(), codec::encode(&exchange))
    }

    /// How many of this device's own changes are in no bundle for `device` yet.
    pub fn unsent_to(&self, device: DeviceId) -> Result<u64, StoreError> {
        let exchange = self.peer_exchange(device)?;
        let has = exchange
            .has
            .get(&self.identity().device)
            .copied()
            .unwrap_or(0);
        Ok(self
            .last_seq()
            .saturating_sub(has.max(exchange.sent_through)))
    }
}

fn device_from(key: &[u8]) -> Result<DeviceId, StoreError> {
    let bytes: [u8; 16] = key
        .try_into()
        .map_err(|_| StoreError::Corrupt { what: "device key" })?;
    Ok(DeviceId::from_bytes(bytes))
}
