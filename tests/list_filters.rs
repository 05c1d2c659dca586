//! `list` narrows to what a coordinator asks for (issue 14): coachees by coach and status,
//! sessions by period, coach and type, in date order, with their employer and participants.

mod common;

use common::Env;
use serde_json::Value;

fn array(env: &Env, args: &[&str]) -> Vec<Value> {
    env.json(args).as_array().unwrap().clone()
}

#[test]
fn sessions_come_in_date_order_with_their_employer_and_filter_like_the_whole_list() {
    let env = Env::coordinator_demo();
    let all = array(&env, &["list", "sessions", "--json"]);
    assert!(all.len() > 100);
    let dates: Vec<&str> = all.iter().map(|s| s["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "date ascending");
    let visit = all.iter().find(|s| s["type"] == "stagebezoek").unwrap();
    assert!(
        visit["employer"].is_string() && visit["employer_id"].is_string(),
        "{visit}"
    );
    assert!(
        visit["participants"]
            .as_array()
            .unwrap()
            .contains(&"werkgever".into())
    );
    assert!(visit["goal_progress"].is_array());

    let coach = all[0]["author"].as_str().unwrap().to_string();
    let expected: Vec<&Value> = all
        .iter()
        .filter(|s| {
            s["type"] == "stagebezoek"
                && s["author"] == coach.as_str()
                && s["date"].as_str().unwrap() >= "2026-09-01"
                && s["date"].as_str().unwrap() <= "2026-10-31"
        })
        .collect();
    let filtered = array(
        &env,
        &[
            "list",
            "sessions",
            "--type",
            "stagebezoek",
            "--coach",
            &coach,
            "--from",
            "01-09-2026",
            "--to",
            "31-10-2026",
            "--json",
        ],
    );
    assert!(!filtered.is_empty());
    assert_eq!(filtered.iter().collect::<Vec<_>>(), expected);
}

#[test]
fn coachees_filter_by_coach_and_status_and_placements_carry_the_code() {
    let env = Env::coordinator_demo();
    let all = array(&env, &["list", "coachees", "--json"]);
    let coach = all[0]["coach"].as_str().unwrap().to_string();
    let expected: Vec<&Value> = all
        .iter()
        .filter(|c| c["coach"] == coach.as_str() && c["status"] == "geplaatst")
        .collect();
    let filtered = array(
        &env,
        &[
            "list",
            "coachees",
            "--coach",
            &coach,
            "--status",
            "geplaatst",
            "--json",
        ],
    );
    assert!(!filtered.is_empty());
    assert_eq!(filtered.iter().collect::<Vec<_>>(), expected);

    let codes: Vec<&str> = all.iter().map(|c| c["code"].as_str().unwrap()).collect();
    let placements = array(&env, &["list", "placements", "--json"]);
    assert!(
        placements
            .iter()
            .all(|p| codes.contains(&p["coachee_code"].as_str().unwrap()))
    );

    let wrong = env.fails(&["list", "sessions", "--type", "feestje"]);
    assert!(
        wrong.contains("stagebezoek"),
        "the allowed types are listed: {wrong}"
    );
}
