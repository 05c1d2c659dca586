//! The free-space guard: every write first checks that the disk has room for what sled may
//! need, so sled never meets a full disk in normal use.
//!
//! Why: sled 0.34 does not survive ENOSPC. Its flusher thread fails, the writer waits on it
//! forever, and a killed process leaves log segments that sled later refuses to open — the
//! acknowledged data is then unreadable, even after the disk is grown. Refusing a write
//! beforehand costs nothing: the database is exactly as it was.
//!
//! What a write can cost sled, and so the margin:
//! - the bytes of every key and value written, **twice**: sled writes a new copy of each value
//!   (a value above a few KiB becomes a blob file of its own size) and keeps the old one until
//!   its segment is cleaned, so for a while both are on disk (`AMPLIFICATION`);
//! - up to a few fresh log segments of 512 KiB: the write buffer being sealed, the next one,
//!   and the segment cleaner's relocation of live pages (`SLED_OVERHEAD`, four segments);
//! - a new snapshot of sled's page table, written beside the current one before that is
//!   removed (`snap.*` in the database folder: the size of the largest one is added).
//!
//! On the 3 MB disk where an unguarded `log` of 90 KB summaries hung on the 7th save, the
//! guard refuses the 3rd and every earlier save stays readable (tests/full_disk.rs).

use std::path::{Path, PathBuf};

use super::StoreError;

/// sled's log segment size (its default, which stagecoach does not change).
const SLED_SEGMENT: u64 = 512 * 1024;
/// What sled may write besides the values themselves.
const SLED_OVERHEAD: u64 = 4 * SLED_SEGMENT;
/// How many times the written bytes may be on disk at once.
const AMPLIFICATION: u64 = 2;

/// Where a database lives, to ask its disk for room.
#[derive(Debug, Clone)]
pub struct Room {
    db: PathBuf,
}

impl Room {
    pub fn for_database(db: &Path) -> Self {
        Self {
            db: db.to_path_buf(),
        }
    }

    /// Refuses, before anything is written, a write of `bytes` that the disk may not have room
    /// for. A disk that cannot say how much room it has is trusted: refusing every write there
    /// would be worse than the risk.
    pub fn ensure(&self, bytes: u64) -> Result<(), StoreError> {
        let Ok(available) = fs2::available_space(&self.db) else {
            return Ok(());
        };
        let needed = self.needed_for(bytes);
        if available < needed {
            tracing::warn!(
                available,
                needed,
                "write refused: the disk is (almost) full"
            );
            return Err(StoreError::DiskAlmostFull { available, needed });
        }
        Ok(())
    }

    /// The room a write of `bytes` needs, margin included.
    pub fn needed_for(&self, bytes: u64) -> u64 {
        SLED_OVERHEAD
            .saturating_add(self.largest_snapshot())
            .saturating_add(AMPLIFICATION.saturating_mul(bytes))
    }

    fn largest_snapshot(&self) -> u64 {
        let Ok(entries) = std::fs::read_dir(&self.db) else {
            return 0;
        };
        entries
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with("snap."))
            .filter_map(|e| e.metadata().ok())
            .map(|m| m.len())
            .max()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_margin_grows_with_the_write_and_with_sleds_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let room = Room::for_database(dir.path());
        assert_eq!(room.needed_for(0), SLED_OVERHEAD);
        assert_eq!(room.needed_for(1_000), SLED_OVERHEAD + 2_000);
        std::fs::write(dir.path().join("snap.000000000001"), vec![0; 4_096]).unwrap();
        std::fs::write(dir.path().join("snap.000000000002"), vec![0; 1_024]).unwrap();
        assert_eq!(room.needed_for(0), SLED_OVERHEAD + 4_096);
        assert_eq!(room.needed_for(u64::MAX), u64::MAX);
    }

    #[test]
    fn a_write_larger_than_the_disk_is_refused_with_the_figures() {
        let dir = tempfile::tempdir().unwrap();
        let room = Room::for_database(dir.path());
        room.ensure(0)
            .expect("a temp dir has room for sled's margin");
        match room.ensure(u64::MAX / 4) {
            Err(StoreError::DiskAlmostFull { available, needed }) => {
                assert!(needed > available);
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
}
