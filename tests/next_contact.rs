//! The planned next contact stands until it happens or someone changes or clears it: a phone
//! call in between does not erase it (issue 13, item 1).

mod common;

use common::Env;

fn next_contact(env: &Env, code: &str) -> serde_json::Value {
    let rows = env.json(&["list", "coachees", "--json"]);
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == code)
        .expect("the coachee is listed")["next_contact"]
        .clone()
}

/// A phone call logged through the command line, with `extra` flags.
fn log(env: &Env, code: &str, extra: &[&str]) {
    let mut args = vec![
        "log",
        code,
        "--type",
        "telefonisch",
        "--summary",
        "Kort gebeld",
    ];
    args.extend_from_slice(extra);
    env.ok(&args);
}

#[test]
fn a_later_contact_keeps_the_planned_next_contact_until_it_is_reached_or_cleared() {
    let env = Env::new();
    env.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    let code = env.add_coachee("Hodan", "de Haan");

    // Today is 23-11-2026: a visit plans the next contact for 22-12.
    env.ok(&[
        "log",
        &code,
        "--type",
        "stagebezoek",
        "--summary",
        "Bezoek",
        "--next",
        "22-12-2026",
    ]);
    assert_eq!(next_contact(&env, &code), "2026-12-22");

    // A short call in between, with no next date of its own: the plan stands.
    log(&env, &code, &[]);
    assert_eq!(
        next_contact(&env, &code),
        "2026-12-22",
        "a call does not erase it"
    );

    // Changing it is saying so.
    log(&env, &code, &["--next", "15-12-2026"]);
    assert_eq!(next_contact(&env, &code), "2026-12-15");

    // Clearing it too.
    log(&env, &code, &["--no-next"]);
    assert_eq!(next_contact(&env, &code), serde_json::Value::Null);
}

#[test]
fn the_planned_contact_is_done_once_a_contact_on_or_after_its_date_happens() {
    let env = Env::new();
    env.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    let code = env.add_coachee("Hodan", "de Haan");
    log(
        &env,
        &code,
        &["--date", "10-11-2026", "--next", "20-11-2026"],
    );
    // A no-show on the day is not the contact that was planned.
    env.ok(&[
        "log",
        &code,
        "--type",
        "no_show",
        "--date",
        "20-11-2026",
        "--summary",
        "Niet gekomen",
    ]);
    assert_eq!(
        next_contact(&env, &code),
        "2026-11-20",
        "still planned, now overdue"
    );
    // A contact after it is.
    log(&env, &code, &["--date", "21-11-2026"]);
    assert_eq!(next_contact(&env, &code), serde_json::Value::Null);
}

#[test]
fn next_and_no_next_cannot_both_be_given() {
    let env = Env::new();
    env.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    let code = env.add_coachee("Hodan", "de Haan");
    let before = env.dump();
    let out = env
        .cmd()
        .args([
            "log",
            &code,
            "--type",
            "telefonisch",
            "--summary",
            "x",
            "--next",
            "22-12-2026",
            "--no-next",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("--no-next"), "{err}");
    assert_eq!(before, env.dump(), "nothing was saved");
}
