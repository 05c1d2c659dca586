//! `stagecoach demo`: fills a database with a realistic, fictional Dutch programme.
//!
//! Everything is drawn from a seeded random generator and the files in `assets/demo/`, so the
//! same seed and the same "today" give the same programme. Records are produced per coachee and
//! written in batches, so 10,000 coachees with 200,000 sessions never sit in memory at once.

mod assets;
mod history;
mod people;
mod timeline;

use chrono::NaiveDate;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::Error;
use crate::domain::Role;
use crate::store::op::Change;
use crate::store::{BatchProgress, Store};

pub use people::DemoCoachee;
use people::Generator;

/// Changes written per transaction: large enough to be fast, small enough that a killed process
/// loses little and memory stays flat.
const BATCH: usize = 2_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOptions {
    /// Number of coachees; by default ~15 for a coach and ~40 for a coordinator.
    pub coachees: Option<usize>,
    /// Number of sessions in total; by default about nine per coachee.
    pub sessions: Option<usize>,
    pub seed: u64,
    pub today: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DemoSummary {
    pub coachees: usize,
    pub sessions: usize,
    pub goals: usize,
    pub employers: usize,
    pub placements: usize,
}

/// The default size of the demo caseload for a role.
pub fn default_coachees(role: Role) -> usize {
    match role {
        Role::Coach => 15,
        Role::Coordinator => 40,
    }
}

/// Generates the programme into `store`, which must not hold coachees yet.
pub fn generate(
    store: &mut Store,
    options: &DemoOptions,
    progress: impl FnMut(BatchProgress),
) -> Result<DemoSummary, Error> {
    if store.demo_was_interrupted()? {
        return Err(Error::DemoInterrupted);
    }
    let existing = store.coachee_count();
    if existing > 0 {
        return Err(Error::DemoNeedsEmptyDatabase { coachees: existing });
    }
    store.mark_demo_running(true)?;
    // Before the first fictional record: a demo killed halfway is a demo too.
    store.mark_demo()?;
    let role = store.identity().role;
    let own = store.identity().coach_ref();
    let coachees = options.coachees.unwrap_or_else(|| default_coachees(role));
    let sessions = options.sessions.unwrap_or(coachees * 9);
    let rng = ChaCha8Rng::seed_from_u64(options.seed);
    let mut generator = Generator::new(rng, options.today, role, own, coachees, sessions);

    let employers = generator.employers();
    let mut summary = DemoSummary {
        employers: employers.len(),
        ..Default::default()
    };
    let employer_changes: Vec<Change> = employers
        .iter()
        .filter_map(|e| Change::put(None, e))
        .collect();
    let total = employer_changes.len() + generator.planned_records();

    let mut next = 0;
    let coachee_changes = std::iter::from_fn(|| {
        let demo = generator.coachee(next)?;
        next += 1;
        summary.coachees += 1;
        summary.sessions += demo.sessions.len();
        summary.goals += demo.goals.len();
        summary.placements += demo.placements.len();
        Some(demo.into_changes())
    })
    .flatten();
    store.save_in_batches(
        employer_changes.into_iter().chain(coachee_changes),
        total,
        BATCH,
        progress,
    )?;
    store.mark_demo_running(false)?;
    tracing::info!(
        coachees = summary.coachees,
        sessions = summary.sessions,
        "demo programme generated"
    );
    Ok(summary)
}

impl DemoCoachee {
    fn into_changes(self) -> Vec<Change> {
        let mut changes =
            Vec::with_capacity(1 + self.goals.len() + self.placements.len() + self.sessions.len());
        changes.extend(Change::put(None, &self.coachee));
        changes.extend(self.goals.iter().filter_map(|g| Change::put(None, g)));
        changes.extend(self.placements.iter().filter_map(|p| Change::put(None, p)));
        changes.extend(self.sessions.iter().filter_map(|s| Change::put(None, s)));
        changes
    }
}

/// Generates the programme in memory only (for tests and benchmarks).
pub fn preview(
    role: Role,
    options: &DemoOptions,
) -> (Vec<crate::domain::Employer>, Vec<DemoCoachee>) {
    let own = crate::domain::CoachRef {
        device: crate::domain::DeviceId::from_bytes([7; 16]),
        name: "Demo".into(),
    };
    let coachees = options.coachees.unwrap_or_else(|| default_coachees(role));
    let sessions = options.sessions.unwrap_or(coachees * 9);
    let mut generator = Generator::new(
        ChaCha8Rng::seed_from_u64(options.seed),
        options.today,
        role,
        own,
        coachees,
        sessions,
    );
    let employers = generator.employers();
    let people = (0..coachees).map_while(|i| generator.coachee(i)).collect();
    (employers, people)
}

/// Ensures a generated record satisfies the same rules as one typed by a person.
#[cfg(test)]
fn assert_valid<R: std::fmt::Debug>(
    record: &R,
    result: Result<(), crate::domain::ValidationErrors>,
) {
    assert!(result.is_ok(), "{result:?} in {record:?}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PlacementStatus, SessionType, Status};

    fn options(seed: u64) -> DemoOptions {
        DemoOptions {
            coachees: None,
            sessions: None,
            seed,
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        }
    }

    #[test]
    fn every_generated_record_passes_validation() {
        for role in Role::ALL {
            let opts = options(3);
            let (employers, people) = preview(*role, &opts);
            for e in &employers {
                assert_valid(e, e.validate());
            }
            for p in &people {
                assert_valid(&p.coachee, p.coachee.validate(opts.today));
                for s in &p.sessions {
                    assert_valid(s, s.validate(opts.today));
                }
                for g in &p.goals {
                    assert_valid(g, g.validate());
                }
                for pl in &p.placements {
                    assert_valid(pl, pl.validate());
                }
            }
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_programme_and_another_seed_does_not() {
        let (_, a) = preview(Role::Coach, &options(1));
        let (_, b) = preview(Role::Coach, &options(1));
        let (_, c) = preview(Role::Coach, &options(2));
        let names = |p: &[DemoCoachee]| p.iter().map(|d| d.coachee.full_name()).collect::<Vec<_>>();
        assert_eq!(names(&a), names(&b));
        assert_eq!(a[0].sessions, b[0].sessions);
        assert_ne!(names(&a), names(&c));
    }

    #[test]
    fn a_coordinator_programme_covers_every_status_session_type_and_placement_state() {
        let opts = options(11);
        let (employers, people) = preview(Role::Coordinator, &opts);
        assert!(employers.len() >= 25);
        for status in Status::ALL {
            assert!(
                people.iter().any(|p| p.coachee.status == *status),
                "no coachee in {status}"
            );
        }
        for kind in SessionType::ALL {
            assert!(
                people
                    .iter()
                    .flat_map(|p| &p.sessions)
                    .any(|s| s.kind() == *kind),
                "no {kind} session"
            );
        }
        for state in PlacementStatus::ALL {
            assert!(
                people
                    .iter()
                    .flat_map(|p| &p.placements)
                    .any(|pl| pl.state() == *state),
                "no placement {state}"
            );
        }
        let coaches: std::collections::BTreeSet<_> = people
            .iter()
            .filter_map(|p| p.coachee.coach.as_ref().map(|c| c.name.clone()))
            .collect();
        assert_eq!(coaches.len(), 3);
        assert!(
            people
                .iter()
                .any(|p| p.coachee.is_minor(opts.today) && p.coachee.guardian.is_some())
        );
        let overdue = people
            .iter()
            .filter_map(|p| p.sessions.last()?.next_contact)
            .filter(|d| *d < opts.today)
            .count();
        assert!(overdue > 0, "some next contacts are overdue");
    }

    #[test]
    fn session_counts_are_exact_when_asked_for() {
        let mut opts = options(5);
        opts.coachees = Some(37);
        opts.sessions = Some(500);
        let (_, people) = preview(Role::Coordinator, &opts);
        assert_eq!(people.len(), 37);
        assert_eq!(people.iter().map(|p| p.sessions.len()).sum::<usize>(), 500);
    }
}
