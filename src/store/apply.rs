//! Applying operations to the merge state and the views, inside one write-set.
//!
//! The same code path serves local saves, bulk generation, imports and `doctor --rebuild`, so
//! the views after a rebuild are byte-identical to the views kept up to date incrementally.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::StoreError;
use super::codec::{self, key};
use super::hlc::{Hlc, Stamp};
use super::op::{Op, OpBody};
use super::oplog::{self, Page, PageKey};
use super::record::EntityRecord;
use super::trees::T;
use super::views::{self, ContactFacts, ContactSummary, ContactTally, SessionRef, TallyPlace};
use super::writeset::WriteSet;
use crate::domain::schema::{COACH_TAG, decode_coach};
use crate::domain::{DeviceId, EntityId, EntityKind, Session};

/// What applying one op did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The op changed the state.
    Changed,
    /// The op was valid but lost to newer writes, or touched a purged entity.
    NoEffect,
    /// The op was already in the log.
    Duplicate,
}

pub struct Applier<'w, 's> {
    ws: &'w mut WriteSet<'s>,
    /// Coachees whose sessions changed: their contact summary is refreshed once, at the end.
    dirty_coachees: BTreeSet<EntityId>,
    /// Session lists being edited, by coachee: each is written once, at the end, however many
    /// of the coachee's sessions an import brings.
    session_lists: BTreeMap<EntityId, Vec<SessionRef>>,
    /// The contact facts of the sessions applied here, so the summaries at the end need not
    /// load those sessions again.
    contact_facts: HashMap<EntityId, ContactFacts>,
    /// Op-log pages read or written here, so that each is decoded and encoded once however
    /// many of its ops an import brings.
    log_pages: BTreeMap<PageKey, CachedPage>,
    /// Records purged here: at the end, every op about them in the log loses its content.
    erased: HashSet<EntityId>,
    /// Whether values were removed here that sled may still hold in its files: the database
    /// is then rewritten (vacuumed) before anyone relies on the erasure.
    bytes_removed: bool,
}

struct CachedPage {
    page: Page,
    changed: bool,
}

impl<'w, 's> Applier<'w, 's> {
    pub fn new(ws: &'w mut WriteSet<'s>) -> Self {
        Self {
            ws,
            dirty_coachees: BTreeSet::new(),
            session_lists: BTreeMap::new(),
            contact_facts: HashMap::new(),
            log_pages: BTreeMap::new(),
            erased: HashSet::new(),
            bytes_removed: false,
        }
    }

    /// Appends `op` to the log (unless it is already there) and applies it. An op this device
    /// had withheld is taken in when its content arrives again; an op about a record erased
    /// here is logged without its content, so a replayed bundle cannot bring it back.
    pub fn apply(&mut self, op: &Op) -> Result<Applied, StoreError> {
        let page = self.log_page(op.origin, op.seq)?;
        if let Some(logged) = page.page.get(op.seq)?
            && (logged.body != OpBody::Withheld || op.body == OpBody::Withheld)
        {
            return Ok(Applied::Duplicate);
        }
        page.page.put(op);
        page.changed = true;
        let applied = self.replay(op)?;
        if let Some(entity) = op.body.entity()
            && let Some(redacted) = op.redacted()
            && self.is_purged(entity)?
        {
            self.log_page(op.origin, op.seq)?.page.put(&redacted);
        }
        Ok(applied)
    }

    /// Keeps an op in the log without its content: it was about a coachee who moved away.
    pub fn withhold(&mut self, op: &Op) -> Result<(), StoreError> {
        let page = self.log_page(op.origin, op.seq)?;
        page.page.put(&Op {
            body: OpBody::Withheld,
            ..op.clone()
        });
        page.changed = true;
        Ok(())
    }

    fn log_page(&mut self, origin: DeviceId, seq: u64) -> Result<&mut CachedPage, StoreError> {
        Ok(match self.log_pages.entry(oplog::page_key(origin, seq)) {
            Entry::Occupied(page) => page.into_mut(),
            Entry::Vacant(slot) => {
                let stored = self.ws.get(T::OpLog, slot.key())?;
                slot.insert(CachedPage {
                    page: Page::read(stored.as_deref())?,
                    changed: false,
                })
            }
        })
    }

    /// The clock of the logged op `seq` of `origin`, if this device holds it.
    pub fn logged_hlc(&self, origin: DeviceId, seq: u64) -> Result<Option<Hlc>, StoreError> {
        let key = oplog::page_key(origin, seq);
        let op = match self.log_pages.get(&key) {
            Some(cached) => cached.page.get(seq)?,
            None => Page::read(self.ws.get(T::OpLog, &key)?.as_deref())?.get(seq)?,
        };
        Ok(op.map(|op| op.hlc))
    }

    /// Applies an op that is already in the log (used by rebuild).
    pub fn replay(&mut self, op: &Op) -> Result<Applied, StoreError> {
        self.advance_frontier(op)?;
        match &op.body {
            OpBody::Put {
                kind,
                entity,
                writes,
            } => self.put(*kind, *entity, op.stamp(), writes),
            OpBody::Purge { entity, .. } => self.purge(*entity),
            // Only an erased record leaves a redacted op behind, so it is erased here too: a
            // rebuild from a redacted log ends where the erasure did.
            OpBody::Redacted { entity, .. } => self.purge(*entity).map(|_| Applied::NoEffect),
            OpBody::Withheld => Ok(Applied::NoEffect),
        }
    }

    /// Whether an entity exists (in the state being built).
    pub fn exists(&self, entity: EntityId) -> Result<bool, StoreError> {
        self.ws.contains(T::Entities, entity.as_bytes())
    }

    pub fn is_evicted(&self, coachee: EntityId) -> Result<bool, StoreError> {
        self.ws.contains(T::Evicted, coachee.as_bytes())
    }

    /// Replays an op of the log in a rebuild, where `evicted` are the coachees this device
    /// gave up. They were evicted after the ops that told of it were applied (the reassignment
    /// among them), and those ops stay in the log: replaying them would bring back a record
    /// the import removed, nameless, as the rest of its ops were withheld. An import needs no
    /// such check: it takes in only ops about coachees that are here.
    pub fn replay_kept(
        &mut self,
        op: &Op,
        evicted: &BTreeSet<EntityId>,
    ) -> Result<Applied, StoreError> {
        if let OpBody::Put { entity, .. } = &op.body
            && !evicted.is_empty()
        {
            let parent = || -> Result<Option<EntityId>, StoreError> {
                Ok(views::parent_of_op(self.load(*entity)?.as_ref(), &op.body))
            };
            if evicted.contains(entity) || parent()?.is_some_and(|p| evicted.contains(&p)) {
                self.advance_frontier(op)?;
                return Ok(Applied::NoEffect);
            }
        }
        self.replay(op)
    }

    pub fn is_purged(&self, entity: EntityId) -> Result<bool, StoreError> {
        self.ws.contains(T::Purged, entity.as_bytes())
    }

    /// The write-set being built, for the bookkeeping that goes with an import.
    pub fn write_set(&mut self) -> &mut WriteSet<'s> {
        self.ws
    }

    /// Removes a coachee and everything under them from this device's state, without an op:
    /// they moved to another coach, who keeps them. Returns the ids removed.
    pub fn evict(&mut self, coachee: EntityId) -> Result<Vec<EntityId>, StoreError> {
        let mut removed = vec![coachee];
        removed.extend(self.children_of(coachee)?);
        for id in &removed {
            if let Some(record) = self.load(*id)? {
                self.remove_views(*id, &record)?;
                self.ws.delete(T::Entities, id.as_bytes().to_vec());
            }
        }
        for (past, _) in self.ws.scan_prefix(T::PastCoaches, coachee.as_bytes())? {
            self.ws.delete(T::PastCoaches, past);
        }
        self.ws
            .put(T::Evicted, coachee.as_bytes().to_vec(), Vec::new());
        self.dirty_coachees.insert(coachee);
        Ok(removed)
    }

    /// Writes the log pages and session lists, and refreshes what depends on several entities
    /// at once; call before committing.
    pub fn finish(mut self) -> Result<(), StoreError> {
        if !self.erased.is_empty() {
            self.redact_log()?;
            self.discard_drafts_about_erased()?;
        }
        if self.bytes_removed {
            self.ws
                .put(T::Meta, super::META_VACUUM_OWED.to_vec(), Vec::new());
        }
        // Backups hold everything of a record erased here, whether or not this device held it
        // in its views: they are rewritten after every commit that erased something.
        if !self.erased.is_empty() {
            self.ws
                .put(T::Meta, super::META_SCRUB_OWED.to_vec(), Vec::new());
        }
        for (key, cached) in self.log_pages {
            if cached.changed {
                self.ws.put(T::OpLog, key.to_vec(), cached.page.to_bytes());
            }
        }
        for (coachee, list) in self.session_lists {
            let key = coachee.as_bytes().to_vec();
            if list.is_empty() {
                self.ws.delete(T::Sessions, key);
            } else {
                self.ws.put(T::Sessions, key, codec::encode(&list));
            }
        }
        for coachee in &self.dirty_coachees {
            refresh_contact(self.ws, *coachee, &self.contact_facts)?;
        }
        Ok(())
    }

    fn advance_frontier(&mut self, op: &Op) -> Result<(), StoreError> {
        let device_key = op.origin.as_bytes().to_vec();
        let mut frontier: u64 = match self.ws.get(T::Frontier, &device_key)? {
            Some(bytes) => codec::decode(&bytes, "frontier")?,
            None => 0,
        };
        if op.seq != frontier + 1 {
            return Ok(());
        }
        // Ops may arrive out of order; the frontier is the end of the contiguous run.
        frontier = op.seq;
        while self
            .log_page(op.origin, frontier + 1)?
            .page
            .contains(frontier + 1)
        {
            frontier += 1;
        }
        self.ws
            .put(T::Frontier, device_key, codec::encode(&frontier));
        Ok(())
    }

    fn put(
        &mut self,
        kind: EntityKind,
        entity: EntityId,
        stamp: Stamp,
        writes: &[super::op::FieldWrite],
    ) -> Result<Applied, StoreError> {
        let id_key = entity.as_bytes().to_vec();
        if self.ws.contains(T::Purged, &id_key)? {
            return Ok(Applied::NoEffect);
        }
        let old = self.load(entity)?;
        if old.as_ref().is_some_and(|r| r.kind != kind) {
            return Err(StoreError::Corrupt {
                what: "entity kind",
            });
        }
        if kind == EntityKind::Coachee {
            self.note_coaches(entity, writes);
        }
        let mut record = old.clone().unwrap_or_else(|| EntityRecord::new(kind));
        if !record.merge(stamp, writes) && old.is_some() {
            return Ok(Applied::NoEffect);
        }
        // A child written after its coachee was purged is purged with it.
        if let Some(parent) = views::parent_coachee(entity, &record)?
            && self.ws.contains(T::Purged, parent.as_bytes())?
        {
            if let Some(old) = &old {
                self.remove_views(entity, old)?;
                self.ws.delete(T::Entities, id_key.clone());
                self.bytes_removed = true;
            }
            self.ws.put(T::Purged, id_key, Vec::new());
            self.erased.insert(entity);
            return Ok(Applied::NoEffect);
        }
        let new_entries = views::entries(entity, &record)?;
        if let Some(old) = &old {
            for (tree, key, _) in views::entries(entity, old)? {
                if !new_entries.iter().any(|(t, k, _)| *t == tree && *k == key) {
                    self.ws.delete(tree, key);
                }
            }
        }
        for (tree, key, value) in new_entries {
            self.ws.put(tree, key, value);
        }
        self.session_changed(entity, old.as_ref(), Some(&record))?;
        self.ws.put(T::Entities, id_key, codec::encode(&record));
        Ok(Applied::Changed)
    }

    /// Remembers every coach a coachee is given, whether or not the write wins: the set of
    /// coaches is the same whatever order the writes arrive in.
    fn note_coaches(&mut self, coachee: EntityId, writes: &[super::op::FieldWrite]) {
        for write in writes.iter().filter(|w| w.tag == COACH_TAG) {
            if let Some(coach) = decode_coach(&write.value) {
                self.ws.put(
                    T::PastCoaches,
                    key(&[coachee.as_bytes(), coach.device.as_bytes()]),
                    Vec::new(),
                );
            }
        }
    }

    /// Whether `coach` was ever this coachee's coach.
    pub fn was_coach_of(&self, coachee: EntityId, coach: DeviceId) -> Result<bool, StoreError> {
        self.ws.contains(
            T::PastCoaches,
            &key(&[coachee.as_bytes(), coach.as_bytes()]),
        )
    }

    fn purge(&mut self, entity: EntityId) -> Result<Applied, StoreError> {
        let id_key = entity.as_bytes().to_vec();
        if self.ws.contains(T::Purged, &id_key)? {
            return Ok(Applied::NoEffect);
        }
        // Only the fact is kept: which purge reached a record first depends on the order in
        // which ops arrived, and replicas must not differ by that.
        self.ws.put(T::Purged, id_key.clone(), Vec::new());
        self.erased.insert(entity);
        // Which coaches a coachee had is about them too; it is kept for no one's sake once
        // they are gone.
        for (past, _) in self.ws.scan_prefix(T::PastCoaches, entity.as_bytes())? {
            self.ws.delete(T::PastCoaches, past);
        }
        let Some(record) = self.load(entity)? else {
            // Someone who moved away left bytes in sled's files: the vacuum takes those too.
            if self.is_evicted(entity)? {
                self.bytes_removed = true;
            }
            return Ok(Applied::Changed);
        };
        self.bytes_removed = true;
        self.remove_views(entity, &record)?;
        self.ws.delete(T::Entities, id_key);
        if record.kind == EntityKind::Coachee {
            for child in self.children_of(entity)? {
                self.purge(child)?;
            }
            self.dirty_coachees.insert(entity);
        }
        Ok(Applied::Changed)
    }

    /// Drops the content of every logged op about a record erased here, whoever wrote it:
    /// erasure means the log keeps no value of theirs either. A rare, whole-log pass.
    fn redact_log(&mut self) -> Result<(), StoreError> {
        let erased = |entity| self.erased.contains(&entity);
        for cached in self.log_pages.values_mut() {
            if cached.page.redact(erased)? {
                cached.changed = true;
                self.bytes_removed = true;
            }
        }
        for key in self.ws.stored_keys(T::OpLog) {
            let key = key?;
            if key.len() != 24 || self.log_pages.contains_key(&key[..]) {
                continue;
            }
            let mut page = Page::read(self.ws.get(T::OpLog, &key)?.as_deref())?;
            if page.redact(erased)? {
                self.ws.put(T::OpLog, key, page.to_bytes());
                self.bytes_removed = true;
            }
        }
        Ok(())
    }

    /// Half-filled forms about an erased record go with it.
    fn discard_drafts_about_erased(&mut self) -> Result<(), StoreError> {
        for (key, _) in self.ws.scan_prefix(T::Drafts, &[])? {
            if super::drafts::about(&key).is_some_and(|id| self.erased.contains(&id)) {
                self.ws.delete(T::Drafts, key);
                self.bytes_removed = true;
            }
        }
        Ok(())
    }

    fn children_of(&self, coachee: EntityId) -> Result<Vec<EntityId>, StoreError> {
        let prefix = coachee.as_bytes();
        let sessions = match self.session_lists.get(&coachee) {
            Some(list) => list.clone(),
            None => session_list(self.ws, coachee)?,
        };
        let mut children: Vec<EntityId> = sessions.iter().map(|s| s.id).collect();
        for tree in [T::Goals, T::PlacementsByCoachee] {
            for (k, _) in self.ws.scan_prefix(tree, prefix)? {
                // The child id is always the last 16 bytes of these keys.
                if let Some(id) = codec::id_from(&k[k.len() - 16..]) {
                    children.push(id);
                }
            }
        }
        Ok(children)
    }

    fn remove_views(&mut self, entity: EntityId, record: &EntityRecord) -> Result<(), StoreError> {
        for (tree, key, _) in views::entries(entity, record)? {
            self.ws.delete(tree, key);
        }
        self.session_changed(entity, Some(record), None)
    }

    /// Keeps what hangs on a session up to date when it appears, changes or goes: its place in
    /// its coachee's list (by date), its contact facts, and whose summary must be refreshed.
    fn session_changed(
        &mut self,
        id: EntityId,
        old: Option<&EntityRecord>,
        new: Option<&EntityRecord>,
    ) -> Result<(), StoreError> {
        let decode = |record: Option<&EntityRecord>| -> Result<Option<Session>, StoreError> {
            match record {
                Some(record) if record.kind == EntityKind::Session => {
                    Ok(Some(views::decode_as(id, record)?))
                }
                _ => Ok(None),
            }
        };
        let (before, after) = (decode(old)?, decode(new)?);
        let place = |s: &Session| (s.coachee, SessionRef { date: s.date, id });
        let (from, to) = (before.as_ref().map(place), after.as_ref().map(place));
        if from != to {
            if let Some((coachee, entry)) = from {
                self.session_list_mut(coachee)?.retain(|s| *s != entry);
            }
            if let Some((coachee, entry)) = to {
                let list = self.session_list_mut(coachee)?;
                if let Err(at) = list.binary_search(&entry) {
                    list.insert(at, entry);
                }
            }
        }
        let tallied = (
            before.as_ref().map(TallyPlace::of),
            after.as_ref().map(TallyPlace::of),
        );
        if tallied.0 != tallied.1 {
            for (place, sign) in [(tallied.0, -1), (tallied.1, 1)] {
                if let Some(place) = place {
                    self.tally(place, sign)?;
                }
            }
        }
        if let Some(session) = &before {
            self.dirty_coachees.insert(session.coachee);
            self.contact_facts.remove(&id);
        }
        if let Some(session) = &after {
            self.dirty_coachees.insert(session.coachee);
            self.contact_facts.insert(id, ContactFacts::of(session));
        }
        Ok(())
    }

    fn tally(&mut self, place: TallyPlace, sign: i64) -> Result<(), StoreError> {
        let day_key = place.day_key.to_vec();
        for (tree, key) in [
            (T::ContactsByMonth, place.month_key),
            (T::ContactsByDay, day_key),
        ] {
            let mut tally: ContactTally = match self.ws.get(tree, &key)? {
                Some(bytes) => codec::decode(&bytes, "contact tally")?,
                None => ContactTally::default(),
            };
            tally.count(place.kind, place.minutes, sign);
            if tally.by_type.is_empty() {
                self.ws.delete(tree, key);
            } else {
                self.ws.put(tree, key, codec::encode(&tally));
            }
        }
        Ok(())
    }

    fn session_list_mut(&mut self, coachee: EntityId) -> Result<&mut Vec<SessionRef>, StoreError> {
        Ok(match self.session_lists.entry(coachee) {
            Entry::Occupied(list) => list.into_mut(),
            Entry::Vacant(slot) => slot.insert(session_list(self.ws, coachee)?),
        })
    }

    pub fn load(&self, entity: EntityId) -> Result<Option<EntityRecord>, StoreError> {
        load(self.ws, entity)
    }
}

fn load(ws: &WriteSet<'_>, entity: EntityId) -> Result<Option<EntityRecord>, StoreError> {
    ws.get(T::Entities, entity.as_bytes())?
        .map(|bytes| codec::decode(&bytes, "entity"))
        .transpose()
}

/// A coachee's sessions by date, as they will be after commit.
fn session_list(ws: &WriteSet<'_>, coachee: EntityId) -> Result<Vec<SessionRef>, StoreError> {
    views::session_list_from(ws.get(T::Sessions, coachee.as_bytes())?.as_deref())
}

/// Recomputes a coachee's contact summary and agenda entry from their sessions: from the facts
/// already known for the sessions applied just now, loading only the others.
fn refresh_contact(
    ws: &mut WriteSet<'_>,
    coachee: EntityId,
    known: &HashMap<EntityId, ContactFacts>,
) -> Result<(), StoreError> {
    let id_key = coachee.as_bytes().to_vec();
    if let Some(old) = ws.get(T::Contact, &id_key)? {
        let old: ContactSummary = codec::decode(&old, "contact summary")?;
        if let Some(next) = old.next_contact {
            ws.delete(T::Agenda, key(&[&codec::date_key(next), &id_key]));
        }
    }
    let purged = ws.contains(T::Purged, &id_key)?;
    let mut sessions = Vec::new();
    if !purged {
        for entry in session_list(ws, coachee)? {
            if let Some(facts) = known.get(&entry.id) {
                sessions.push(facts.clone());
                continue;
            }
            let record = load(ws, entry.id)?.ok_or(StoreError::Corrupt {
                what: "session list",
            })?;
            sessions.push(ContactFacts::of(&views::decode_as(entry.id, &record)?));
        }
    }
    match views::summarise(&sessions) {
        Some(summary) => {
            if let Some(next) = summary.next_contact {
                ws.put(
                    T::Agenda,
                    key(&[&codec::date_key(next), &id_key]),
                    Vec::new(),
                );
            }
            ws.put(T::Contact, id_key, codec::encode(&summary));
        }
        None => ws.delete(T::Contact, id_key),
    }
    Ok(())
}
