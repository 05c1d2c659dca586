//! What an import changes, or in a dry run would change: the counts a person is shown, and
//! every op refused with its reason.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::{DeviceId, EntityId};

/// Why an op was not taken in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RefusalReason {
    /// A coach's bundle carried an op another device made.
    Relayed,
    /// A coach wrote to a coachee assigned to someone else.
    NotTheirCoachee,
    /// The op is about a coachee this device does not know.
    UnknownCoachee,
    /// A coach tried to change who a coachee's coach is.
    Assignment,
    /// A coach tried to delete a record someone else made, or to change a contact someone
    /// else logged (the coordinator's intake, say): those are read-only for them.
    NotTheirRecord,
    /// A coach answered an escalation: only a coordinator does.
    Acknowledgement,
    /// A coach set the programme's policy: only a coordinator does.
    Policy,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refusal {
    pub origin: DeviceId,
    pub seq: u64,
    pub entity: Option<EntityId>,
    pub reason: RefusalReason,
}

/// What an import changes (or, in a dry run, would change).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportPlan {
    /// When this very bundle was imported before; nothing else is done then.
    pub already_imported: Option<NaiveDate>,
    pub ops_in_bundle: usize,
    pub new_ops: usize,
    pub known_ops: usize,
    /// Per entity kind, records that appear and records that change.
    pub created: BTreeMap<&'static str, usize>,
    pub updated: BTreeMap<&'static str, usize>,
    pub purged: usize,
    /// Ops about coachees who are not (or no longer) in this device's caseload.
    pub skipped: usize,
    pub refused: Vec<Refusal>,
    pub conflicts_before: usize,
    pub conflicts_after: usize,
    /// Codes of coachees who moved to another coach and are removed here.
    pub moved_away: Vec<String>,
    /// Records of those coachees (the coachee, their sessions, goals, placements) removed here.
    pub evicted: usize,
    /// Codes of coachees who moved away but stay until the coordinator has this coach's notes.
    pub moving_away: Vec<String>,
}

impl ImportPlan {
    /// Records removed: purged by the sender, and those of coachees who moved away.
    pub fn removed_count(&self) -> usize {
        self.purged + self.evicted
    }

    /// Records that appear, over every kind.
    pub fn created_count(&self) -> usize {
        self.created.values().sum()
    }

    /// Records that change, over every kind.
    pub fn updated_count(&self) -> usize {
        self.updated.values().sum()
    }
}
