//! The screen ended by a signal, in a pseudo-terminal: SIGTERM, SIGHUP and SIGINT give the
//! terminal back (cooked mode, main screen, cursor shown), keep what was typed in the open form
//! and exit with 128 + the signal. And text written in `$EDITOR` survives the screen dying.

mod common;

use common::pty::Terminal;
use common::{Env, open_in_test};

const CTRL_E: &str = "\x05";

/// The exit code of a process that ended by itself (not killed by a signal's default).
fn exit_code(terminal: &mut Terminal) -> u32 {
    let status = terminal.ended();
    assert_eq!(
        status.signal(),
        None,
        "ended by itself, not by the signal's default action"
    );
    status.exit_code()
}

/// Opens a new session form on the first coachee and types into its summary.
fn type_a_summary(terminal: &mut Terminal, text: &str) {
    terminal.wait_for("Caseload 15/15");
    terminal.keys("n");
    // The form opens on the report, the first required field left empty.
    terminal.wait_for("Nieuw contact");
    terminal.typed(text);
    // Drawn means handled: the draft is stored before the frame that shows the text.
    terminal.wait_for(text);
}

/// The summary in the stored draft of a new session, if there is one.
fn summary_draft(env: &Env) -> Option<String> {
    let store = open_in_test(&env.dir());
    let key = store
        .draft_keys()
        .unwrap()
        .into_iter()
        .find(|k| k.starts_with("new-session:"))?;
    let draft = store.draft(&key).unwrap()?;
    draft
        .values
        .into_iter()
        .find(|(name, _)| name == "summary")
        .map(|(_, value)| value)
}

fn ends_cleanly_on(signal: libc::c_int, name: &str) {
    let env = Env::coach_demo();
    let mut terminal = Terminal::start(&env, None);
    let typed = format!("Halverwege kwam {name}");
    type_a_summary(&mut terminal, &typed);
    assert!(!terminal.cooked(), "the screen runs the terminal raw");
    assert!(terminal.alternate_screen());

    terminal.signal(signal);
    assert_eq!(
        exit_code(&mut terminal),
        128 + signal as u32,
        "exit code for {name}"
    );
    terminal.wait_until("leaving the alternate screen", |s| {
        !s.alternate_screen() && !s.hide_cursor()
    });
    assert!(
        terminal.cooked(),
        "echo and line editing are back after {name}"
    );
    assert_eq!(summary_draft(&env).as_deref(), Some(typed.as_str()));
}

#[test]
fn sigterm_gives_the_terminal_back_keeps_the_draft_and_exits_143() {
    ends_cleanly_on(libc::SIGTERM, "SIGTERM");
}

#[test]
fn sighup_gives_the_terminal_back_keeps_the_draft_and_exits_129() {
    ends_cleanly_on(libc::SIGHUP, "SIGHUP");
}

#[test]
fn sigint_gives_the_terminal_back_keeps_the_draft_and_exits_130() {
    ends_cleanly_on(libc::SIGINT, "SIGINT");
}

/// An "editor" that writes `text` into the file it is given, then does `then` (a shell line).
fn editor_script(env: &Env, text: &str, then: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = env.temp.path().join("editor.sh");
    std::fs::write(
        &path,
        format!("#!/bin/sh\nprintf '%s' '{text}' >> \"$1\"\n{then}\n"),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700)).unwrap();
    path
}

#[test]
fn text_written_in_the_editor_when_the_screen_died_comes_back_as_the_draft() {
    let env = Env::coach_demo();
    // The screen is killed outright (no handler can run) while the editor has the text.
    let editor = editor_script(&env, " en toen schreef ik verder", "kill -KILL $PPID");
    let mut terminal = Terminal::start(&env, Some(&editor));
    type_a_summary(&mut terminal, "Begonnen op het scherm");
    terminal.keys(CTRL_E);
    terminal.ended();
    let scratch = env.dir().join(".editing.txt");
    assert!(
        scratch.exists(),
        "the situation of the issue: the text is left behind"
    );

    let mut terminal = Terminal::start(&env, None);
    terminal.wait_for("stagecoach stopte de vorige keer terwijl je in de editor schreef");
    assert!(
        !scratch.exists(),
        "the scratch file is removed on the next start"
    );
    terminal.keys("n");
    terminal.wait_for("staat weer klaar");
    terminal.wait_for("Begonnen op het scherm en toen schreef ik verder");
    terminal.keys("\x1b");
    terminal.wait_for("Caseload 15/15");
    terminal.keys("q");
    assert_eq!(exit_code(&mut terminal), 0);
    assert_eq!(
        summary_draft(&env).as_deref(),
        Some("Begonnen op het scherm en toen schreef ik verder")
    );
}

#[test]
fn a_sigterm_while_the_editor_is_open_waits_for_the_editor_and_keeps_its_text() {
    let env = Env::coach_demo();
    let editor = editor_script(&env, " uit de editor", "kill -TERM $PPID");
    let mut terminal = Terminal::start(&env, Some(&editor));
    type_a_summary(&mut terminal, "Op het scherm");
    terminal.keys(CTRL_E);
    assert_eq!(exit_code(&mut terminal), 143);
    terminal.wait_until("leaving the alternate screen", |s| !s.alternate_screen());
    assert!(terminal.cooked());
    assert!(!env.dir().join(".editing.txt").exists());
    assert_eq!(
        summary_draft(&env).as_deref(),
        Some("Op het scherm uit de editor")
    );
}

#[test]
fn an_interrupt_while_the_editor_is_open_belongs_to_the_editor() {
    let env = Env::coach_demo();
    let editor = editor_script(&env, " en verder", "kill -INT $PPID");
    let mut terminal = Terminal::start(&env, Some(&editor));
    type_a_summary(&mut terminal, "Nog bezig");
    terminal.keys(CTRL_E);
    terminal.wait_for("Nog bezig en verder");
    assert!(
        terminal.child.try_wait().unwrap().is_none(),
        "still running"
    );
    terminal.keys("\x1b");
    terminal.wait_for("Caseload 15/15");
    terminal.keys("q");
    assert_eq!(exit_code(&mut terminal), 0);
}

#[test]
fn a_terminal_that_goes_away_without_a_hangup_ends_the_screen_and_keeps_the_draft() {
    let env = Env::coach_demo();
    let mut terminal = Terminal::start_with(&env, None, false);
    type_a_summary(&mut terminal, "Halverwege ging het venster dicht");
    let mut child = terminal.close();
    // Before, reading the closed terminal returned nothing at once, forever: a core at 100 %.
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            start.elapsed() < common::pty::PATIENCE,
            "stagecoach went on after its terminal was gone"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    // As a hangup would have: the process a hangup ends exits with 129.
    assert_eq!(status.exit_code(), 129, "{status:?}");
    assert_eq!(
        summary_draft(&env).as_deref(),
        Some("Halverwege ging het venster dicht")
    );
}
