//! Feeds arbitrary bytes to the bundle reader: it must refuse them with an error, never panic,
//! hang or allocate without bound. Run: `cargo +nightly fuzz run bundle_reader` (see
//! docs/BUNDLE_FORMAT.md).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use stagecoach::sync::DeviceKeys;
use stagecoach::sync::bundle::{self, Unseal};

/// One device's keys for the whole run, made in a private temporary folder.
fn keys() -> &'static DeviceKeys {
    static KEYS: OnceLock<(tempfile::TempDir, DeviceKeys)> = OnceLock::new();
    let (_, keys) = KEYS.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let keys = DeviceKeys::load_or_create(dir.path()).expect("keys");
        (dir, keys)
    });
    keys
}

fuzz_target!(|data: &[u8]| {
    let _ = bundle::read_header(data);
    let _ = bundle::open(data, Unseal::Keys(keys()));
});
