//! The sled trees of the database and which of them are derived (rebuildable) views.

use std::path::Path;

use super::space::Room;

/// Every tree in the database. The op log and meta are the truth; everything else is a view
/// that `doctor --rebuild` can recreate from the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum T {
    /// Schema version, device identity, clock and sequence counters.
    Meta,
    /// origin ++ (seq / 64) → a page of up to 64 ops (see `oplog.rs`).
    OpLog,
    /// origin → highest contiguous seq applied.
    Frontier,
    /// entity id → register state of every field (the merge state).
    Entities,
    /// entity id → (): deleted for good, with everything under it.
    Purged,
    /// coachee id → Coachee.
    Coachees,
    /// code ++ coachee id → ().
    CoacheeCodes,
    /// coachee id → their sessions as (date, id), in that order; the sessions themselves are
    /// read from `entities`.
    Sessions,
    /// coachee id ++ goal id → Goal.
    Goals,
    /// employer id → Employer.
    Employers,
    /// placement id → Placement.
    Placements,
    /// coachee id ++ placement id → ().
    PlacementsByCoachee,
    /// employer id ++ placement id → ().
    PlacementsByEmployer,
    /// coachee id → ContactSummary (last and next contact, from the sessions).
    Contact,
    /// next-contact date ++ coachee id → ().
    Agenda,
    /// coachee id ++ coach device → (): every coach a coachee has had, for telling a former
    /// coach's late notes from a stranger's.
    PastCoaches,
    /// session date ++ session id → Escalation: every escalated session, open or answered.
    Escalations,
    /// due date ++ session id ++ agreement index → coachee id: the open agreements that have
    /// a due date, for "past due" in the agenda.
    OpenAgreements,
    /// first day of a month ++ author name → ContactTally: how many contacts of each type, and
    /// how many minutes, that author logged that month. What the overview counts per coach.
    ContactsByMonth,
    /// session date → ContactTally: the same for everyone together, per day.
    ContactsByDay,
    /// start date ++ placement id → PlacementFacts: type, state and planned end, so that the
    /// overview counts placements without decoding them.
    PlacementStarts,
    /// trace id → Trace: what anonymised erasures left for the report.
    Traces,
    /// form key → Draft: half-filled forms, saved per keystroke. Local only: never in the op
    /// log, so never in a bundle or a rebuild.
    Drafts,
    /// device id → PeerRecord: the peers this device trusts. Local only, like drafts.
    Peers,
    /// entity id ++ field tag → (): the fields with an open conflict.
    Conflicts,
    /// origin → seq: every op of that origin up to seq that this device may hold, it holds
    /// (learnt from a sender that had them all). Local: it is what bundles told this device.
    Coverage,
    /// entity id → (): a coachee (or their child record) that moved to another coach and was
    /// removed here. Local, like coverage.
    Evicted,
    /// coachee id → this device's last own seq when it learnt the coachee had moved to another
    /// coach: what it wrote up to there is its work, told to the coordinator in every bundle.
    /// Local, like evicted.
    Handovers,
    /// "demo" → (): this database was filled by `demo`, with fictional people, and a real
    /// database refuses its bundles. Local, and kept in backups, like the other local trees.
    Marks,
    /// bundle id → BundleReceipt: the bundles imported here. Local.
    Bundles,
    /// device id → PeerExchange: what a peer has and when bundles went each way. Local.
    PeerExchange,
    /// "chain" → the backup chain this database adds to; "p" ++ page key → (): op-log pages
    /// changed since the last backup (noted in the same write as the page). Local, and not
    /// part of the data: it describes files outside the database.
    BackupState,
}

impl T {
    pub const ALL: [T; 32] = [
        T::Meta,
        T::OpLog,
        T::Frontier,
        T::Entities,
        T::Purged,
        T::Coachees,
        T::CoacheeCodes,
        T::Sessions,
        T::Goals,
        T::Employers,
        T::Placements,
        T::PlacementsByCoachee,
        T::PlacementsByEmployer,
        T::Contact,
        T::Agenda,
        T::PastCoaches,
        T::Escalations,
        T::OpenAgreements,
        T::ContactsByMonth,
        T::ContactsByDay,
        T::PlacementStarts,
        T::Traces,
        T::Drafts,
        T::Peers,
        T::Conflicts,
        T::Coverage,
        T::Evicted,
        T::Handovers,
        T::Marks,
        T::Bundles,
        T::PeerExchange,
        T::BackupState,
    ];

    /// The trees that are a pure function of the op log.
    pub const DERIVED: [T; 21] = [
        T::Frontier,
        T::Entities,
        T::Purged,
        T::Coachees,
        T::CoacheeCodes,
        T::Sessions,
        T::Goals,
        T::Employers,
        T::Placements,
        T::PlacementsByCoachee,
        T::PlacementsByEmployer,
        T::Contact,
        T::Agenda,
        T::PastCoaches,
        T::Escalations,
        T::OpenAgreements,
        T::ContactsByMonth,
        T::ContactsByDay,
        T::PlacementStarts,
        T::Traces,
        T::Conflicts,
    ];

    pub fn name(self) -> &'static str {
        match self {
            T::Meta => "meta",
            T::OpLog => "log",
            T::Frontier => "frontier",
            T::Entities => "entities",
            T::Purged => "purged",
            T::Coachees => "coachees",
            T::CoacheeCodes => "coachee_codes",
            T::Sessions => "sessions",
            T::Goals => "goals",
            T::Employers => "employers",
            T::Placements => "placements",
            T::PlacementsByCoachee => "placements_by_coachee",
            T::PlacementsByEmployer => "placements_by_employer",
            T::Contact => "contact",
            T::Agenda => "agenda",
            T::PastCoaches => "past_coaches",
            T::Escalations => "escalations",
            T::OpenAgreements => "open_agreements",
            T::ContactsByMonth => "contacts_by_month",
            T::ContactsByDay => "contacts_by_day",
            T::PlacementStarts => "placement_starts",
            T::Traces => "traces",
            T::Drafts => "drafts",
            T::Peers => "peers",
            T::Conflicts => "conflicts",
            T::Coverage => "coverage",
            T::Evicted => "evicted",
            T::Handovers => "handovers",
            T::Marks => "marks",
            T::Bundles => "bundles",
            T::PeerExchange => "peer_exchange",
            T::BackupState => "backup_state",
        }
    }

    /// The tree's place in [`T::ALL`]: the variants are declared in that order (a test checks).
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// The opened trees, indexed by [`T`], and the disk they live on.
#[derive(Clone)]
pub struct Trees {
    trees: Vec<sled::Tree>,
    room: Room,
}

impl Trees {
    /// Opens every tree of the database at `path` (the folder sled was opened on).
    pub fn open(db: &sled::Db, path: &Path) -> sled::Result<Self> {
        let trees = T::ALL
            .iter()
            .map(|t| db.open_tree(t.name()))
            .collect::<sled::Result<Vec<_>>>()?;
        Ok(Self {
            trees,
            room: Room::for_database(path),
        })
    }

    pub fn get(&self, tree: T) -> &sled::Tree {
        &self.trees[tree.index()]
    }

    /// The free-space guard every write to these trees goes through first.
    pub fn room(&self) -> &Room {
        &self.room
    }
}

#[cfg(test)]
mod tests {
    use super::T;

    #[test]
    fn every_tree_sits_at_its_index() {
        for (i, tree) in T::ALL.iter().enumerate() {
            assert_eq!(tree.index(), i, "{}", tree.name());
        }
    }
}
