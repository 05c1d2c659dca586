//! Retention and consent (AVG art. 5(1)(e), 7 and 8; issue 15 points 3 and 4), through the
//! command line with `STAGECOACH_TODAY` moved on: a closed file is listed once its retention
//! period is over and erased with `--apply`; the coordinator's period travels to the coach and
//! a coach cannot set it; consent is recorded and withdrawn per scope, with its history.

mod common;

use common::holding;
use common::laptop::{Laptop, bundle_for};

/// Runs `args` on `laptop` as if it were `today`; must succeed. Returns stdout and stderr.
fn on(laptop: &Laptop, today: &str, args: &[&str]) -> String {
    let out = laptop
        .env
        .cmd()
        .env("STAGECOACH_TODAY", today)
        .args(args)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{args:?} failed: {text}");
    text
}

fn code_of(laptop: &Laptop, first: &str) -> String {
    laptop
        .coachees()
        .iter()
        .find(|c| c["first_name"] == first)
        .unwrap_or_else(|| panic!("no {first}"))["code"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_closed_file_is_due_after_the_programme_retention_and_erased_with_apply() {
    let mila = Laptop::new("coordinator", "Mila");
    let sanne = Laptop::new("coach", "Sanne");
    mila.trust(&sanne);
    let phone = "0611122233";
    mila.ok(&[
        "add",
        "coachee",
        "--first-name",
        "Gerrit",
        "--last-name",
        "Oudedossierman",
        "--phone",
        phone,
        "--registered",
        "2024-01-10",
    ]);
    mila.env.add_coachee("Nina", "Looptnog");
    let closed = code_of(&mila, "Gerrit");
    mila.ok(&[
        "status",
        &closed,
        "niet_gestart",
        "--reason",
        "verhuisd",
        "--date",
        "2024-09-01",
    ]);
    mila.ok(&["status", &closed, "gesloten", "--date", "2024-10-15"]);
    mila.ok(&["backup"]);

    // 24 months by default: due on the day two years after closing, not the day before.
    let before = on(&mila, "2026-10-14", &["retention"]);
    assert!(before.contains("Geen gesloten dossiers"), "{before}");
    let due = on(&mila, "2026-10-15", &["retention"]);
    assert!(due.contains(&closed), "{due}");
    assert!(due.contains("gesloten op 15-10-2024"), "{due}");
    assert!(
        !due.contains("Looptnog"),
        "an open file is never due: {due}"
    );

    // The coordinator's period decides, and travels to the coach, who cannot change it.
    on(&mila, "2026-10-15", &["policy", "--retention-months", "36"]);
    let longer = on(&mila, "2026-10-15", &["retention"]);
    assert!(longer.contains("Geen gesloten dossiers"), "{longer}");
    let out = mila.export(&[]);
    sanne.import(bundle_for(&out, "sanne"), &["--trust"]);
    let told = sanne.ok(&["policy"]);
    assert!(told.contains("36 maanden"), "{told}");
    let refused = sanne.env.fails(&["policy", "--retention-months", "3"]);
    assert!(refused.contains("coördinator"), "{refused}");

    on(&mila, "2026-10-15", &["policy", "--retention-months", "24"]);
    // Erasing asks; without a terminal it needs --yes, and nothing changes.
    mila.env
        .cmd()
        .env("STAGECOACH_TODAY", "2026-10-15")
        .args(["retention", "--apply"])
        .assert()
        .failure();
    assert_eq!(mila.coachees().len(), 2);
    let erased = on(&mila, "2026-10-15", &["retention", "--apply", "--yes"]);
    assert!(erased.contains("Eén dossier gewist"), "{erased}");
    let left = mila.coachees();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["first_name"], "Nina");
    let traces = holding(&mila.env.dir(), &["Oudedossierman", phone]);
    assert!(traces.is_empty(), "left behind: {traces:?}");
    let after = on(&mila, "2026-10-15", &["retention"]);
    assert!(after.contains("Geen gesloten dossiers"), "{after}");
}

#[test]
fn consent_is_recorded_and_withdrawn_per_scope_with_its_history() {
    let mila = Laptop::new("coordinator", "Mila");
    mila.ok(&[
        "add",
        "coachee",
        "--first-name",
        "Jip",
        "--last-name",
        "Jonkman",
        "--birth-date",
        "2012-03-04",
    ]);
    let code = code_of(&mila, "Jip");
    let show = || mila.env.json(&["show", &code, "--json"]);

    // Fourteen: their own word is not enough.
    let refused = mila.env.fails(&["consent", &code, "--given-by", "coachee"]);
    assert!(refused.contains("16"), "{refused}");
    assert!(show()["consent"].is_null());
    // Nothing on file: nothing is withdrawn, and the user is told so rather than reassured.
    let nothing = mila.env.fails(&["consent", &code, "--withdraw"]);
    assert!(nothing.contains("geen toestemming"), "{nothing}");
    assert!(
        nothing.contains(&format!("stagecoach forget {code}")),
        "{nothing}"
    );
    assert!(show()["consent"].is_null());
    assert!(
        show()["consent_history"]
            .as_array()
            .is_none_or(Vec::is_empty)
    );

    mila.ok(&[
        "consent",
        &code,
        "--given-by",
        "representative",
        "--date",
        "2026-11-01",
        "--scope",
        "register,school",
    ]);
    let given = show();
    assert_eq!(given["consent"]["given_by"], "wettelijk_vertegenwoordiger");
    assert_eq!(given["consent"]["share_with_school"], true);
    assert_eq!(given["consent"]["share_with_employer"], false);
    assert_eq!(given["consent_history"].as_array().unwrap().len(), 1);

    let part = mila.ok(&["consent", &code, "--withdraw", "--scope", "school"]);
    assert!(part.contains("inschrijving zelf blijft"), "{part}");
    let narrowed = show();
    assert_eq!(narrowed["consent"]["share_with_school"], false);
    assert!(narrowed["consent"]["withdrawn"].is_null());

    let all = mila.ok(&["consent", &code, "--withdraw"]);
    assert!(all.contains(&format!("stagecoach forget {code}")), "{all}");
    let withdrawn = show();
    assert_eq!(withdrawn["consent"]["withdrawn"], "2026-11-23");
    let history = withdrawn["consent_history"].as_array().unwrap();
    assert_eq!(history.len(), 3, "{history:?}");
    assert_eq!(
        history[0]["share_with_school"], true,
        "the first state is kept"
    );
}
