//! End to end in a pseudo-terminal: the real binary on a demo database, driven by keystrokes and
//! read back through a terminal emulator, then checked through the command line.

mod common;

use common::pty::Terminal;
use common::{Env, TODAY};

const TAB: &str = "\t";
const CTRL_S: &str = "\x13";
const BACKTAB: &str = "\x1b[Z";

fn codes(env: &Env) -> Vec<String> {
    env.json(&["list", "coachees", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap().to_string())
        .collect()
}

/// The second row of the list as drawn, whatever order the list is sorted in.
fn second_row_code(codes: Vec<String>, terminal: &Terminal) -> String {
    let contents = terminal.contents();
    let mut on_screen: Vec<(usize, String)> = codes
        .into_iter()
        .filter_map(|code| contents.find(&format!(" {code} ")).map(|at| (at, code)))
        .collect();
    on_screen.sort();
    on_screen[1].1.clone()
}

#[test]
fn a_stage_visit_typed_in_the_terminal_is_stored() {
    let env = Env::coach_demo();
    // Asked before the screen opens: while it is open it holds the database.
    let codes = codes(&env);
    let mut terminal = Terminal::start(&env, None);
    terminal.wait_for("Caseload 15/15");
    let code = second_row_code(codes, &terminal);
    terminal.keys("j");
    terminal.wait_for(&format!("{code} ·"));
    terminal.keys("n");
    // The form opens where the work is: on the report, the first required field left empty.
    terminal.wait_for("Nieuw contact");
    terminal.typed("Verslag uit de pty-test");
    terminal.wait_for("Verslag uit de pty-test");
    terminal.keys(CTRL_S);
    terminal.wait_for("Opgeslagen");
    terminal.keys("q");
    assert!(terminal.ended().success(), "q quits cleanly");

    let sessions = env.json(&["list", "sessions", "--coachee", &code, "--json"]);
    let found = sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["summary"] == "Verslag uit de pty-test")
        .expect("the session typed in the terminal is stored");
    assert_eq!(found["date"], TODAY);
}

#[test]
fn a_form_killed_halfway_is_offered_again_on_restart() {
    let env = Env::coach_demo();
    let mut terminal = Terminal::start(&env, None);
    terminal.wait_for("Caseload 15/15");
    terminal.keys("n");
    terminal.wait_for("Nieuw contact");
    terminal.typed("Bijna klaar toen de trein");
    // Drawn means handled: the draft is stored before the frame that shows the text.
    terminal.wait_for("Bijna klaar toen de trein");
    terminal.child.kill().unwrap();
    let _ = terminal.child.wait();

    let mut terminal = Terminal::start(&env, None);
    terminal.wait_for("Caseload 15/15");
    terminal.keys("n");
    terminal.wait_for("Bijna klaar toen de trein");
    terminal.wait_for("staat weer klaar");
    terminal.keys("\x1b");
    terminal.wait_for("Caseload 15/15");
    terminal.keys("q");
    assert!(terminal.ended().success());
}

#[test]
fn the_first_start_asks_who_you_are_and_opens_on_the_demo_programme() {
    let env = Env::new();
    let mut terminal = Terminal::start(&env, None);
    terminal.wait_for("Welkom bij stagecoach");
    terminal.typed("Sanne");
    terminal.keys(CTRL_S);
    terminal.wait_for("Caseload 15/15");
    terminal.wait_for("Sanne · coach");
    terminal.keys("q");
    assert!(terminal.ended().success());
    assert_eq!(
        env.json(&["list", "coachees", "--json"])
            .as_array()
            .unwrap()
            .len(),
        15
    );
}

#[test]
fn leaving_the_first_start_creates_nothing() {
    let env = Env::new();
    let mut terminal = Terminal::start(&env, None);
    terminal.wait_for("Welkom bij stagecoach");
    terminal.keys("\x1b");
    assert!(terminal.ended().success());
    assert!(!env.dir().join("db").exists(), "no database without saving");
}

#[test]
fn a_coachs_bundle_is_imported_from_the_sync_tab_after_its_preview() {
    // A coach with a caseload writes a bundle for Mila, who trusts the coach's card.
    let sanne = Env::coach_demo();
    let mila = Env::new();
    mila.ok(&["init", "--name", "Mila", "--role", "coordinator"]);
    // Sanne's caseload is a demo programme, which only a demo database takes in.
    mila.mark_demo();
    let card = |env: &Env, name: &str| {
        let path = env.temp.path().join(name);
        env.ok(&["keys", "--out", path.to_str().unwrap()]);
        path.to_str().unwrap().to_string()
    };
    mila.ok(&["trust", &card(&sanne, "sanne.card")]);
    sanne.ok(&["trust", &card(&mila, "mila.card")]);
    let folder = sanne.temp.path().join("out");
    std::fs::create_dir(&folder).unwrap();
    sanne.ok(&["export", "--to", folder.to_str().unwrap()]);

    let mut terminal = Terminal::start(&mila, None);
    terminal.wait_for("Caseload");
    terminal.keys("5");
    terminal.wait_for("Vertrouwd (1)");
    terminal.keys("i");
    terminal.wait_for("Bundel importeren");
    for _ in 0..120 {
        terminal.keys("\u{7f}");
    }
    // Tab completes the one bundle in the folder.
    terminal.typed(&format!("{}/mi", folder.display()));
    terminal.keys(TAB);
    terminal.wait_for(".stagecoach");
    terminal.keys(CTRL_S);
    terminal.wait_for("Deze bundel importeren?");
    terminal.keys("j");
    terminal.wait_for("Geïmporteerd van");
    terminal.keys("q");
    assert!(terminal.ended().success(), "q quits cleanly");

    let coachees = mila.json(&["list", "coachees", "--json"]);
    assert_eq!(
        coachees.as_array().unwrap().len(),
        15,
        "the coach's caseload is in"
    );
    let coach = sanne.json(&["list", "coachees", "--json"])[0]["coach"].clone();
    assert!(
        coachees
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["coach"] == coach)
    );
}

/// A bracketed paste into the real binary: three lines into *Locatie* stay in *Locatie* (on one
/// line), and two lines into *Verslag* stay two lines; nothing else in the form moves.
#[test]
fn a_bracketed_paste_lands_in_the_focused_field_only() {
    const PASTE_START: &str = "\x1b[200~";
    const PASTE_END: &str = "\x1b[201~";
    /// The location is two fields above the report, where the form opens.
    const BACK_TO_LOCATION: usize = 2;
    let env = Env::coach_demo();
    let codes = codes(&env);
    let mut terminal = Terminal::start(&env, None);
    terminal.wait_for("Caseload 15/15");
    let code = second_row_code(codes, &terminal);
    terminal.keys("j");
    terminal.wait_for(&format!("{code} ·"));
    terminal.keys("n");
    terminal.wait_for("Nieuw contact");
    for _ in 0..BACK_TO_LOCATION {
        terminal.keys(BACKTAB);
    }
    // Clear what the form filled in (the placement's address), then paste.
    for _ in 0..80 {
        terminal.keys("\x7f");
    }
    terminal.keys(&format!(
        "{PASTE_START}Bakkerij De Korenaar\rKerkstraat 12\rAlmere{PASTE_END}"
    ));
    terminal.wait_for("Bakkerij De Korenaar Kerkstraat 12 Almere");
    for _ in 0..BACK_TO_LOCATION {
        terminal.keys(TAB);
    }
    terminal.keys(&format!(
        "{PASTE_START}Eerste regel\rTweede regel{PASTE_END}"
    ));
    terminal.wait_for("Tweede regel");
    terminal.keys(CTRL_S);
    terminal.wait_for("Opgeslagen");
    terminal.keys("q");
    assert!(terminal.ended().success(), "q quits cleanly");

    let sessions = env.json(&["list", "sessions", "--coachee", &code, "--json"]);
    let found = sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["summary"] == "Eerste regel\nTweede regel")
        .expect("the pasted summary is stored with its two lines");
    assert_eq!(
        found["location"],
        "Bakkerij De Korenaar Kerkstraat 12 Almere"
    );
    assert_eq!(
        found["participants"],
        serde_json::json!(["jongere", "werkgever"]),
        "the paste ticked or unticked nothing"
    );
}
