//! Encoding of stored values (a version byte, then postcard) and of ordered keys.

use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::StoreError;
use crate::domain::EntityId;

/// One key and its value, as read from a tree.
pub type KeyValue = (Vec<u8>, Vec<u8>);

/// The version byte in front of every stored value. Raise it when a stored type changes shape
/// and teach [`decode`] to read the older one.
pub const VALUE_VERSION: u8 = 1;

pub fn encode<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    let mut bytes = vec![VALUE_VERSION];
    // postcard only fails on writers that run out of room; a Vec never does.
    bytes.extend(postcard::to_allocvec(value).expect("encoding into memory cannot fail"));
    bytes
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8], what: &'static str) -> Result<T, StoreError> {
    match bytes.split_first() {
        Some((&VALUE_VERSION, rest)) => {
            postcard::from_bytes(rest).map_err(|_| StoreError::Corrupt { what })
        }
        Some((&version, _)) if version > VALUE_VERSION => {
            Err(StoreError::NewerValueFormat { version })
        }
        _ => Err(StoreError::Corrupt { what }),
    }
}

/// A date as 4 bytes that sort in date order.
pub fn date_key(date: NaiveDate) -> [u8; 4] {
    use chrono::Datelike;
    // Flip the sign bit so that negative day numbers sort before positive ones.
    ((date.num_days_from_ce() as u32) ^ 0x8000_0000).to_be_bytes()
}

pub fn date_from_key(bytes: &[u8]) -> Option<NaiveDate> {
    let raw = u32::from_be_bytes(bytes.get(..4)?.try_into().ok()?) ^ 0x8000_0000;
    NaiveDate::from_num_days_from_ce_opt(raw as i32)
}

/// Concatenates key parts.
pub fn key(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

pub fn id_from(bytes: &[u8]) -> Option<EntityId> {
    Some(EntityId::from_bytes(bytes.get(..16)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_keys_sort_like_dates() {
        let a = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        let b = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        assert!(date_key(a) < date_key(b));
        assert_eq!(date_from_key(&date_key(b)), Some(b));
    }

    #[test]
    fn values_from_a_newer_version_are_refused_not_misread() {
        let mut bytes = encode(&42u32);
        assert_eq!(decode::<u32>(&bytes, "test").unwrap(), 42);
        bytes[0] = VALUE_VERSION + 1;
        assert!(matches!(
            decode::<u32>(&bytes, "test"),
            Err(StoreError::NewerValueFormat { .. })
        ));
        assert!(matches!(
            decode::<u32>(&[], "test"),
            Err(StoreError::Corrupt { .. })
        ));
    }
}
