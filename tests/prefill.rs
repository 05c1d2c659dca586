//! A stage visit is pre-filled at the placement that is running, not at one only planned
//! (issue 13, item 6), in the screen's form and in `log` alike.

mod common;

use chrono::NaiveDate;
use common::Env;
use stagecoach::domain::{Coachee, Employer, Placement, PlacementStatus, PlacementType};
use stagecoach::service::actions;

fn day(d: u32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

/// A coachee with a running placement at one employer and a planned one at another.
fn running_and_planned(env: &Env) -> String {
    env.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    let code = env.add_coachee("Hodan", "de Haan");
    let mut store = common::open_in_test(&env.dir());
    let coachee: Coachee = store.resolve_coachee(&code).unwrap();
    let mut placement = |employer: &str, start: NaiveDate, status: PlacementStatus| {
        let employer = actions::add_employer(
            &mut store,
            Employer {
                name: employer.into(),
                ..Default::default()
            },
        )
        .unwrap()
        .record;
        let placement = Placement {
            employer: employer.id,
            placement_type: Some(PlacementType::Bbl),
            start: Some(start),
            status: Some(status),
            ..Default::default()
        };
        actions::add_placement(&mut store, &coachee, placement).unwrap();
    };
    // Entered first, so it comes first in the store's own order.
    placement("Garage Smit", day(5, 1), PlacementStatus::Planned);
    placement("Bakkerij De Korenaar", day(1, 9), PlacementStatus::Running);
    code
}

#[test]
fn log_visits_the_running_placement_when_another_is_only_planned() {
    let env = Env::new();
    let code = running_and_planned(&env);
    env.ok(&["log", &code, "--type", "stagebezoek", "--summary", "Bezoek"]);
    let sessions = env.json(&["list", "sessions", "--coachee", &code, "--json"]);
    assert_eq!(sessions[0]["location"], "Bakkerij De Korenaar");
}

#[test]
fn the_form_visits_the_running_placement_when_another_is_only_planned() {
    let env = Env::new();
    let code = running_and_planned(&env);
    let store = common::open_in_test(&env.dir());
    let coachee = store.resolve_coachee(&code).unwrap();
    let detail = stagecoach::service::detail::load_detail(&store, coachee.id)
        .unwrap()
        .unwrap();
    let (_, employer) = stagecoach::service::session::current_placement(&detail).unwrap();
    assert_eq!(employer.name, "Bakkerij De Korenaar");
}
