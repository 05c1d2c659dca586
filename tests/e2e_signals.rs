//! The screen ended by a signal, in a pseudo-terminal: SIGTERM, SIGHUP and SIGINT give the
//! terminal back (cooked mode, main screen, cursor shown), keep what was typed in the open form
//! and exit with 128 + the signal. And text written in `$EDITOR` survives the screen dying.

mod common;

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Env, TODAY, open_in_test};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 120;
/// Generous: a debug build on a busy two-core CI machine.
const PATIENCE: Duration = Duration::from_secs(30);
const TAB: &str = "\t";
const CTRL_E: &str = "\x05";
/// The summary is the eighth field of the session form.
const TABS_TO_SUMMARY: usize = 7;

/// A running stagecoach, its screen as a terminal would show it, and the terminal's mode.
struct Terminal {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Terminal {
    fn start(env: &Env, editor: Option<&Path>) -> Terminal {
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
        cmd.env("XDG_CONFIG_HOME", env.temp.path().join("config"));
        cmd.env_remove("VISUAL");
        if let Some(editor) = editor {
            cmd.env("EDITOR", editor);
        }
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
        Terminal {
            child,
            writer,
            master: pty.master,
            screen,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until `done` holds for the screen; fails with the screen as it is.
    fn wait_until(&self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if done(self.screen.lock().unwrap().screen()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "{what} never happened; the screen shows:\n{}",
            self.contents()
        );
    }

    fn wait_for(&self, text: &str) {
        self.wait_until(&format!("showing {text:?}"), |s| {
            s.contents().contains(text)
        });
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

    fn signal(&self, signal: libc::c_int) {
        let pid = self.child.process_id().expect("the child's pid") as libc::pid_t;
        // SAFETY: kill(2) with the pid of our own child.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
    }

    fn ended(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("stagecoach did not end; screen:\n{}", self.contents());
    }

    /// The exit code of a process that ended by itself (not killed by a signal's default).
    fn exit_code(&mut self) -> u32 {
        let status = self.ended();
        assert_eq!(
            status.signal(),
            None,
            "ended by itself, not by the signal's default action"
        );
        status.exit_code()
    }

    /// Whether the terminal echoes and edits lines, as a shell expects it to.
    fn cooked(&self) -> bool {
        let fd = self.master.as_raw_fd().expect("a unix pty");
        // SAFETY: a zeroed termios is a valid out-parameter; fd is the open master of the pty,
        // whose termios on Linux is the terminal's (the slave side's).
        let mut termios: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(unsafe { libc::tcgetattr(fd, &mut termios) }, 0);
        let wanted = libc::ECHO | libc::ICANON;
        termios.c_lflag & wanted == wanted
    }

    /// Opens a new session form on the first coachee and types into its summary.
    fn type_a_summary(&mut self, text: &str) {
        self.wait_for("Caseload 15/15");
        self.keys("n");
        self.wait_for("Nieuw contact");
        for _ in 0..TABS_TO_SUMMARY {
            self.keys(TAB);
        }
        self.typed(text);
        // Drawn means handled: the draft is stored before the frame that shows the text.
        self.wait_for(text);
    }
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
    terminal.type_a_summary(&typed);
    assert!(!terminal.cooked(), "the screen runs the terminal raw");
    assert!(terminal.screen.lock().unwrap().screen().alternate_screen());

    terminal.signal(signal);
    assert_eq!(
        terminal.exit_code(),
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
    terminal.type_a_summary("Begonnen op het scherm");
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
    assert_eq!(terminal.exit_code(), 0);
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
    terminal.type_a_summary("Op het scherm");
    terminal.keys(CTRL_E);
    assert_eq!(terminal.exit_code(), 143);
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
    terminal.type_a_summary("Nog bezig");
    terminal.keys(CTRL_E);
    terminal.wait_for("Nog bezig en verder");
    assert!(
        terminal.child.try_wait().unwrap().is_none(),
        "still running"
    );
    terminal.keys("\x1b");
    terminal.wait_for("Caseload 15/15");
    terminal.keys("q");
    assert_eq!(terminal.exit_code(), 0);
}
