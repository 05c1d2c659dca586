//! The hybrid logical clock: wall-clock milliseconds plus a counter, monotonic across restarts.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::DeviceId;

/// 48 bits of Unix milliseconds, 16 bits of counter for events within one millisecond.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Hlc(pub u64);

impl Hlc {
    const COUNTER_BITS: u32 = 16;
    const COUNTER_MASK: u64 = (1 << Self::COUNTER_BITS) - 1;

    pub fn new(millis: u64, counter: u16) -> Self {
        Self((millis << Self::COUNTER_BITS) | u64::from(counter))
    }

    pub fn millis(self) -> u64 {
        self.0 >> Self::COUNTER_BITS
    }

    pub fn counter(self) -> u16 {
        (self.0 & Self::COUNTER_MASK) as u16
    }

    /// The next timestamp after `self` for a local event at wall time `now_millis`: never
    /// earlier than anything issued before, even when the wall clock goes back.
    pub fn tick(self, now_millis: u64) -> Hlc {
        if now_millis > self.millis() {
            Hlc::new(now_millis, 0)
        } else {
            // Counter overflow borrows the next millisecond rather than wrapping.
            Hlc(self.0 + 1)
        }
    }

    /// Takes a remote timestamp into account, so later local events sort after it.
    pub fn observe(self, remote: Hlc) -> Hlc {
        self.max(remote)
    }

    pub fn now_millis() -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64)
    }
}

impl fmt::Debug for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hlc({}.{})", self.millis(), self.counter())
    }
}

/// A write's position in the total order used for last-writer-wins: ties on the clock are
/// broken by device id, so every replica picks the same winner.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Stamp {
    pub hlc: Hlc,
    pub device: DeviceId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_is_strictly_monotonic_even_when_the_wall_clock_goes_back() {
        let a = Hlc::new(1_000, 0);
        let b = a.tick(2_000);
        assert_eq!((b.millis(), b.counter()), (2_000, 0));
        let c = b.tick(1_500);
        assert!(c > b);
        assert_eq!((c.millis(), c.counter()), (2_000, 1));
        let d = c.tick(2_000);
        assert!(d > c);
    }

    #[test]
    fn counter_overflow_moves_into_the_next_millisecond() {
        let full = Hlc::new(5, u16::MAX);
        let next = full.tick(5);
        assert!(next > full);
        assert_eq!((next.millis(), next.counter()), (6, 0));
    }

    #[test]
    fn stamps_break_clock_ties_by_device() {
        let hlc = Hlc::new(7, 0);
        let low = Stamp {
            hlc,
            device: DeviceId::from_bytes([1; 16]),
        };
        let high = Stamp {
            hlc,
            device: DeviceId::from_bytes([2; 16]),
        };
        assert!(low < high);
    }
}
