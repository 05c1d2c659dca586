//! The shape of one demo trajectory: which statuses a coachee passed through and when, and which
//! kinds of contact fit each phase.

use chrono::{Days, NaiveDate};
use rand::Rng;

use crate::domain::{SessionType, Status};

/// The statuses passed through on the way to `target`, starting at `aangemeld`.
pub fn path_to(target: Status, dropped_while_placed: bool) -> Vec<Status> {
    use Status::*;
    let working = |upto: Status| -> Vec<Status> {
        let all = [
            Registered, Intake, Matching, Placed, Completed, Aftercare, Closed,
        ];
        let end = all.iter().position(|s| *s == upto).unwrap_or(0);
        all[..=end].to_vec()
    };
    match target {
        DroppedOut if dropped_while_placed => [working(Placed), vec![DroppedOut]].concat(),
        DroppedOut => [working(Matching), vec![DroppedOut]].concat(),
        Paused => [working(Intake), vec![Paused]].concat(),
        NotStarted => vec![Registered, NotStarted],
        other => working(other),
    }
}

/// Spreads the steps of a path over `[start, end]`, in order, each at least a day apart where
/// the span allows.
pub fn step_dates(
    rng: &mut impl Rng,
    steps: usize,
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<NaiveDate> {
    let span = (end - start).num_days().max(0) as u64;
    let mut offsets: Vec<u64> = (1..steps).map(|_| rng.random_range(0..=span)).collect();
    offsets.sort_unstable();
    std::iter::once(start)
        .chain(offsets.into_iter().map(|o| start + Days::new(o)))
        .collect()
}

/// The status in effect on `date`, given the dated path.
pub fn phase_on(path: &[(Status, NaiveDate)], date: NaiveDate) -> Status {
    path.iter()
        .take_while(|(_, d)| *d <= date)
        .last()
        .map_or(Status::Registered, |(s, _)| *s)
}

/// A plausible kind of contact for a phase of the trajectory.
pub fn session_type_for(rng: &mut impl Rng, phase: Status, first: bool) -> SessionType {
    use SessionType::*;
    if first {
        return Intake;
    }
    let choices: &[(SessionType, u32)] = match phase {
        Status::Registered => &[(Introduction, 3), (Phone, 2), (NoShow, 1)],
        Status::Intake => &[
            (Introduction, 3),
            (Coaching, 3),
            (Phone, 2),
            (Consultation, 1),
            (NoShow, 1),
        ],
        Status::Matching => &[
            (Coaching, 4),
            (MatchTalk, 3),
            (Online, 2),
            (Phone, 2),
            (NoShow, 1),
            (Consultation, 1),
            (Other, 1),
        ],
        Status::Placed => &[
            (StageVisit, 6),
            (Coaching, 3),
            (MidReview, 2),
            (Phone, 2),
            (Online, 1),
            (NoShow, 1),
            (Consultation, 1),
        ],
        Status::Completed => &[(FinalReview, 3), (Phone, 1)],
        Status::Aftercare | Status::Closed => &[(Aftercare, 4), (Phone, 2), (Online, 1)],
        Status::DroppedOut | Status::Paused | Status::NotStarted => {
            &[(Phone, 3), (Consultation, 2), (Other, 1), (NoShow, 1)]
        }
    };
    let total: u32 = choices.iter().map(|(_, w)| w).sum();
    let mut pick = rng.random_range(0..total);
    for (kind, weight) in choices {
        if pick < *weight {
            return *kind;
        }
        pick -= weight;
    }
    Coaching
}

/// A typical length in minutes for a kind of contact.
pub fn minutes_for(rng: &mut impl Rng, kind: SessionType) -> u16 {
    use SessionType::*;
    let (low, high) = match kind {
        NoShow => return 0,
        Phone => (10, 25),
        Intake => (60, 90),
        StageVisit | MatchTalk => (30, 60),
        MidReview | FinalReview => (45, 75),
        Online | Consultation | Aftercare => (20, 45),
        Introduction | Coaching | Other => (40, 75),
    };
    // Round to five minutes, as people write them down.
    rng.random_range(low / 5..=high / 5) * 5
}

/// How much weight a coachee in this status gets when sessions are shared out.
pub fn session_weight(status: Status) -> f64 {
    match status {
        Status::Registered | Status::NotStarted => 0.25,
        Status::Intake => 0.5,
        Status::Paused => 0.6,
        Status::Matching => 0.9,
        Status::Placed => 1.3,
        Status::DroppedOut => 0.8,
        Status::Completed | Status::Aftercare | Status::Closed => 1.4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::status::transition;

    #[test]
    fn every_path_is_a_valid_walk_through_the_pipeline() {
        let day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        for &target in Status::ALL {
            for placed in [false, true] {
                let path = path_to(target, placed);
                assert_eq!(path[0], Status::Registered);
                assert_eq!(*path.last().unwrap(), target);
                for pair in path.windows(2) {
                    assert!(
                        transition(pair[0], &[], pair[1], day, "reden", day).is_ok(),
                        "{} -> {}",
                        pair[0],
                        pair[1]
                    );
                }
            }
        }
    }
}
