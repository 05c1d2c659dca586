//! End to end in a pseudo-terminal: the real binary on a demo database, driven by keystrokes and
//! read back through a terminal emulator, then checked through the command line.

mod common;

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Env, TODAY};
use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 120;
/// Generous: a debug build on a busy two-core CI machine.
const PATIENCE: Duration = Duration::from_secs(30);

/// The screen of a running stagecoach, as a terminal would show it.
struct Terminal {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Terminal {
    fn start(env: &Env) -> Terminal {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_stagecoach"));
        cmd.arg("--data-dir");
        cmd.arg(env.dir());
        cmd.env("STAGECOACH_TODAY", TODAY);
        cmd.env("STAGECOACH_LANG", "nl");
        cmd.env("TERM", "xterm-256color");
        cmd.env("NO_COLOR", "1");
        // No user config may change the keys under test.
        cmd.env("XDG_CONFIG_HOME", env.temp.path().join("config"));
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(ROWS).unwrap(),
            std::num::NonZeroU16::new(COLS).unwrap(),
            0,
        )));
        let feed = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buffer[..n]);
            }
        });
        // The master must outlive the child's use of the terminal.
        std::mem::forget(pty.master);
        Terminal {
            child,
            writer,
            screen,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; fails with the screen as it is.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "the screen never showed {text:?}; it shows:\n{}",
            self.contents()
        );
    }

    fn keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // One key per read, as a person types: lets the screen catch up between keys.
        std::thread::sleep(Duration::from_millis(30));
    }

    fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.keys(&c.to_string());
        }
    }

    fn wait_for_exit(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("stagecoach did not quit; screen:\n{}", self.contents());
    }
}

const TAB: &str = "\t";
const CTRL_S: &str = "\x13";
/// The summary is the eighth field of the session form.
const TABS_TO_SUMMARY: usize = 7;

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
    let mut terminal = Terminal::start(&env);
    terminal.wait_for("Caseload 15/15");
    let code = second_row_code(codes, &terminal);
    terminal.keys("j");
    terminal.wait_for(&format!("{code} ·"));
    terminal.keys("n");
    terminal.wait_for("Nieuw contact");
    for _ in 0..TABS_TO_SUMMARY {
        terminal.keys(TAB);
    }
    terminal.typed("Verslag uit de pty-test");
    terminal.wait_for("Verslag uit de pty-test");
    terminal.keys(CTRL_S);
    terminal.wait_for("Opgeslagen");
    terminal.keys("q");
    assert!(terminal.wait_for_exit(), "q quits cleanly");

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
    let mut terminal = Terminal::start(&env);
    terminal.wait_for("Caseload 15/15");
    terminal.keys("n");
    terminal.wait_for("Nieuw contact");
    for _ in 0..TABS_TO_SUMMARY {
        terminal.keys(TAB);
    }
    terminal.typed("Bijna klaar toen de trein");
    // Drawn means handled: the draft is stored before the frame that shows the text.
    terminal.wait_for("Bijna klaar toen de trein");
    terminal.child.kill().unwrap();
    let _ = terminal.child.wait();

    let mut terminal = Terminal::start(&env);
    terminal.wait_for("Caseload 15/15");
    terminal.keys("n");
    terminal.wait_for("Bijna klaar toen de trein");
    terminal.wait_for("staat weer klaar");
    terminal.keys("\x1b");
    terminal.wait_for("Caseload 15/15");
    terminal.keys("q");
    assert!(terminal.wait_for_exit());
}

#[test]
fn the_first_start_asks_who_you_are_and_opens_on_the_demo_programme() {
    let env = Env::new();
    let mut terminal = Terminal::start(&env);
    terminal.wait_for("Welkom bij stagecoach");
    terminal.typed("Sanne");
    terminal.keys(CTRL_S);
    terminal.wait_for("Caseload 15/15");
    terminal.wait_for("Sanne · coach");
    terminal.keys("q");
    assert!(terminal.wait_for_exit());
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
    let mut terminal = Terminal::start(&env);
    terminal.wait_for("Welkom bij stagecoach");
    terminal.keys("\x1b");
    assert!(terminal.wait_for_exit());
    assert!(!env.dir().join("db").exists(), "no database without saving");
}

#[test]
fn a_coachs_bundle_is_imported_from_the_sync_tab_after_its_preview() {
    // A coach with a caseload writes a bundle for Mila, who trusts the coach's card.
    let sanne = Env::coach_demo();
    let mila = Env::new();
    mila.ok(&["init", "--name", "Mila", "--role", "coordinator"]);
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

    let mut terminal = Terminal::start(&mila);
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
    assert!(terminal.wait_for_exit(), "q quits cleanly");

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
