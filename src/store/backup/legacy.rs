//! Reading backups of format 1 (before backups were encrypted): the device identity and the
//! whole op log, zstd-compressed, with no integrity check. Kept so that a backup made by an
//! older version can still be restored; nothing writes this format any more.

use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::format::read_frame;
use crate::store::apply::Applier;
use crate::store::codec;
use crate::store::hlc::Hlc;
use crate::store::op::Op;
use crate::store::trees::T;
use crate::store::writeset::WriteSet;
use crate::store::{DeviceIdentity, META_HLC, META_SEQ, Store, StoreError};

const MAGIC: &[u8; 8] = b"SCBACKUP";
pub const FORMAT: u8 = 1;
const RESTORE_BATCH: usize = 2_000;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Header {
    identity: DeviceIdentity,
    clock: Hlc,
    last_seq: u64,
    ops: u64,
}

pub(super) fn restore_into(dir: &Path, bytes: &[u8]) -> Result<Store, StoreError> {
    let bad = || StoreError::BadBackup;
    let mut input = bytes;
    let mut magic = [0u8; 9];
    input.read_exact(&mut magic).map_err(|_| bad())?;
    if &magic[..8] != MAGIC {
        return Err(bad());
    }
    if magic[8] > FORMAT {
        return Err(StoreError::NewerValueFormat { version: magic[8] });
    }
    let mut zstd = zstd::Decoder::new(input).map_err(|_| bad())?;
    let header: Header =
        codec::decode(&read_frame(&mut zstd)?.ok_or_else(bad)?, "backup").map_err(|_| bad())?;
    let identity = header.identity.clone();
    let mut store = Store::init(dir, &identity.name, identity.role, identity.created)?;
    store.identity = identity;
    let mut restored = 0;
    loop {
        let mut batch = Vec::with_capacity(RESTORE_BATCH);
        while batch.len() < RESTORE_BATCH {
            match read_frame(&mut zstd)? {
                Some(frame) => batch.push(codec::decode::<Op>(&frame, "op").map_err(|_| bad())?),
                None => break,
            }
        }
        if batch.is_empty() {
            break;
        }
        let mut ws = WriteSet::new(&store.trees);
        let mut applier = Applier::new(&mut ws);
        for op in &batch {
            applier.apply(op)?;
        }
        applier.finish()?;
        ws.commit()?;
        restored += batch.len() as u64;
    }
    if restored != header.ops {
        return Err(bad());
    }
    let meta = store.trees.get(T::Meta);
    meta.insert(META_HLC, codec::encode(&header.clock))?;
    meta.insert(META_SEQ, codec::encode(&header.last_seq))?;
    meta.insert(crate::store::META_DEVICE, codec::encode(&store.identity))?;
    store.clock = header.clock;
    store.last_seq = header.last_seq;
    store.flush()?;
    Ok(store)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;
    use crate::demo::{self, DemoOptions};
    use crate::domain::Role;
    use crate::store::backup::Keyring;
    use crate::store::maintenance::dump;

    /// A backup as versions before encryption wrote it.
    fn format_1(store: &Store) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(FORMAT);
        let mut zstd = zstd::Encoder::new(out, 3).unwrap();
        let frame = |zstd: &mut zstd::Encoder<'_, Vec<u8>>, bytes: &[u8]| {
            zstd.write_all(&(bytes.len() as u32).to_le_bytes()).unwrap();
            zstd.write_all(bytes).unwrap();
        };
        let ops: Vec<Op> = store.ops().collect::<Result<_, _>>().unwrap();
        let header = Header {
            identity: store.identity().clone(),
            clock: store.clock(),
            last_seq: store.last_seq(),
            ops: ops.len() as u64,
        };
        frame(&mut zstd, &codec::encode(&header));
        for op in &ops {
            frame(&mut zstd, &codec::encode(op));
        }
        zstd.finish().unwrap()
    }

    #[test]
    fn a_backup_of_an_older_version_still_restores() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let work = tempfile::tempdir().unwrap();
        let mut store = Store::init(&work.path().join("old"), "Sanne", Role::Coach, today).unwrap();
        let options = DemoOptions {
            coachees: Some(5),
            sessions: Some(40),
            seed: 9,
            today,
        };
        demo::generate(&mut store, &options, |_| {}).unwrap();
        let file = work.path().join("old.backup");
        std::fs::write(&file, format_1(&store)).unwrap();
        let restored =
            Store::restore(&work.path().join("new"), &file, &mut Keyring::default()).unwrap();
        // Format 1 held the log alone: the local trees (the demo mark among them) came later.
        let without_marks = |store: &Store| {
            let mut trees = dump(store).unwrap();
            trees.retain(|(name, _)| *name != "marks");
            trees
        };
        assert_eq!(without_marks(&restored), without_marks(&store));
        assert_eq!(restored.identity(), store.identity());
    }
}
