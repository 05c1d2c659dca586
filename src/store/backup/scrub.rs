//! Taking erased records out of the backups folder: every backup is rewritten with the ops
//! about them redacted and their drafts left out, exactly as the database itself was.
//!
//! A chain stays a chain: each file names the BLAKE3 of the one before, so the files are
//! rewritten base first and each new digest goes into the next. A backup this device cannot
//! open (an old unencrypted one, a damaged one, one sealed to keys it no longer has) cannot
//! be rewritten and would bring the person back on a restore, so it is wiped.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::chain::{self, ChainState, Point};
use super::format::{self, Keyring};
use super::{Seal, StoreError, T};
use crate::domain::EntityId;
use crate::store::oplog::Page;
use crate::store::vacuum::wipe_file;
use crate::store::{Store, codec, drafts, files};

/// What was done to the backups folder.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scrubbed {
    /// Backups rewritten without the erased records.
    pub rewritten: usize,
    /// Backups that could not be opened, and so were wiped.
    pub wiped: usize,
}

impl Store {
    /// Whether an erasure has yet to reach the backups folder.
    pub fn backup_scrub_owed(&self) -> Result<bool, StoreError> {
        Ok(self
            .trees
            .get(T::Meta)
            .contains_key(crate::store::META_SCRUB_OWED)?)
    }

    /// Rewrites every backup in the backups folder without the records this database has
    /// erased, sealed with `seal`, and keeps the chain this database adds to in step.
    pub fn scrub_backups(
        &self,
        seal: &Seal,
        keyring: &mut Keyring,
    ) -> Result<Scrubbed, StoreError> {
        let erased = self.erased_ids()?;
        let folder = self.backups_dir();
        let mut points = chain::points(&folder);
        points.sort_by_key(|p| (p.clear.chain, p.clear.index));
        let mut scrubbed = Scrubbed::default();
        let mut current = self.chain_state()?;
        // The rewritten digest of the file before, within one chain.
        let mut previous: Option<([u8; 16], [u8; 32])> = None;
        for path in unreadable(&folder, &points) {
            wipe_file(&path).map_err(|e| StoreError::io("remove the backup", &path, e))?;
            scrubbed.wiped += 1;
        }
        for point in points {
            let bytes = fs::read(&point.path)
                .map_err(|e| StoreError::io("open the backup", &point.path, e))?;
            // A backup of today's format that cannot be rewritten holds everyone else too: the
            // error keeps the rewrite owed (tried again on the next open) instead of wiping it.
            // Only an older format (not encrypted, or not readable any more) is wiped.
            let current_format = format::format_of(&bytes)
                .ok()
                .is_some_and(|f| f == format::FORMAT);
            let rewritten = if current_format {
                let before = previous
                    .filter(|(chain, _)| *chain == point.clear.chain)
                    .map(|(_, digest)| digest);
                Some(rewrite(
                    &bytes,
                    before,
                    point.clear.index,
                    seal,
                    keyring,
                    &erased,
                )?)
            } else {
                None
            };
            match rewritten {
                Some(new) => {
                    files::replace_private(&point.path, &new)
                        .map_err(|e| StoreError::io("rewrite the backup", &point.path, e))?;
                    let digest = *blake3::hash(&new).as_bytes();
                    previous = Some((point.clear.chain, digest));
                    if let Some(state) = current.as_mut().filter(|s| s.chain == point.clear.chain) {
                        note_digest(state, &point, digest);
                    }
                    scrubbed.rewritten += 1;
                }
                None => {
                    wipe_file(&point.path)
                        .map_err(|e| StoreError::io("remove the backup", &point.path, e))?;
                    scrubbed.wiped += 1;
                }
            }
        }
        if let Some(state) = current {
            self.trees
                .get(T::BackupState)
                .insert(chain::STATE_KEY, state.encode())?;
        }
        self.trees
            .get(T::Meta)
            .remove(crate::store::META_SCRUB_OWED)?;
        self.flush()?;
        tracing::info!(
            rewritten = scrubbed.rewritten,
            wiped = scrubbed.wiped,
            "backups rewritten after an erasure"
        );
        Ok(scrubbed)
    }

    /// Every record erased here (the purged tree).
    fn erased_ids(&self) -> Result<HashSet<EntityId>, StoreError> {
        let mut ids = HashSet::new();
        for key in self.trees.get(T::Purged).iter().keys() {
            if let Some(id) = codec::id_from(&key?) {
                ids.insert(id);
            }
        }
        Ok(ids)
    }
}

/// Files named like a backup whose clear part does not read: they may hold anything.
fn unreadable(folder: &Path, points: &[Point]) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| chain::is_backup_name(path) && !points.iter().any(|p| p.path == *path))
        .collect()
}

fn note_digest(state: &mut ChainState, point: &Point, digest: [u8; 32]) {
    let name = point
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    if let Some(entry) = state
        .files
        .iter_mut()
        .find(|(file, _)| Some(file) == name.as_ref())
    {
        entry.1 = digest;
    }
}

/// One backup file as it would have been written had the erased records never been there.
fn rewrite(
    bytes: &[u8],
    previous: Option<[u8; 32]>,
    index: u32,
    seal: &Seal,
    keyring: &mut Keyring,
    erased: &HashSet<EntityId>,
) -> Result<Vec<u8>, StoreError> {
    let mut opened = format::open(bytes, keyring)?;
    let mut read = Vec::new();
    while let Some((key, page)) = opened.next_page()? {
        read.push((key, Page::read(Some(&page))?));
    }
    // A backup may hold contacts this device no longer knows of (their coachee moved to
    // another coach since): they are recognised by the coachee they were written under.
    let mut erased = erased.clone();
    for (_, page) in &read {
        erased.extend(page.children_of(&erased)?);
    }
    let mut pages = Vec::with_capacity(read.len());
    for (key, mut page) in read {
        page.redact(|id| erased.contains(&id))?;
        pages.push((
            sled::IVec::from(&key[..]),
            sled::IVec::from(page.to_bytes()),
        ));
    }
    let mut body = opened.body;
    // Without a rewritten file before it (gone, or wiped), the chain is broken from here on
    // anyway, and what the file links to stays as it was.
    if index == 0 || previous.is_some() {
        body.previous = previous;
    }
    for (name, rows) in &mut body.local {
        if name == T::Drafts.name() {
            rows.retain(|(key, _)| !drafts::about(key).is_some_and(|id| erased.contains(&id)));
        }
    }
    let clear = format::Clear {
        recovery: seal.recovery.clone(),
        ..opened.clear
    };
    format::write(&clear, body, pages.into_iter().map(Ok), &seal.recipients)
}
