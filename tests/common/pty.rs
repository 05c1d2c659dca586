//! The real binary in a pseudo-terminal: its screen read back through a terminal emulator, keys
//! typed as a person would, and the terminal's mode and the process's end as a shell sees them.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

use super::{Env, TODAY};

pub const ROWS: u16 = 40;
pub const COLS: u16 = 120;
/// Generous: a debug build on a busy two-core CI machine.
pub const PATIENCE: Duration = Duration::from_secs(30);

/// A running stagecoach, its screen as a terminal would show it, and the terminal's mode.
pub struct Terminal {
    pub child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    /// Kept open for as long as the child uses the terminal.
    master: Box<dyn MasterPty + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Terminal {
    /// stagecoach on `env`'s data dir, in Dutch, on the test date, with no user config and, if
    /// given, `editor` as `$EDITOR`.
    pub fn start(env: &Env, editor: Option<&Path>) -> Terminal {
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

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Whether the program is drawing on the terminal's alternate screen.
    pub fn alternate_screen(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }

    /// Waits until `done` holds for the screen; fails with the screen as it is.
    pub fn wait_until(&self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
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

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("showing {text:?}"), |s| {
            s.contents().contains(text)
        });
    }

    pub fn keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // One key per read, as a person types: lets the screen catch up between keys.
        std::thread::sleep(Duration::from_millis(30));
    }

    pub fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.keys(&c.to_string());
        }
    }

    /// Waits for the process to end; fails with the screen if it does not.
    pub fn ended(&mut self) -> ExitStatus {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("stagecoach did not end; screen:\n{}", self.contents());
    }

    /// Sends `signal` to the process.
    #[cfg(unix)]
    pub fn signal(&self, signal: libc::c_int) {
        let pid = self.child.process_id().expect("the child's pid") as libc::pid_t;
        // SAFETY: kill(2) with the pid of our own child.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
    }

    /// Whether the terminal echoes and edits lines, as a shell expects it to.
    #[cfg(unix)]
    pub fn cooked(&self) -> bool {
        let fd = self.master.as_raw_fd().expect("a unix pty");
        // SAFETY: a zeroed termios is a valid out-parameter; fd is the open master of the pty,
        // whose termios on Linux is the terminal's (the slave side's).
        let mut termios: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(unsafe { libc::tcgetattr(fd, &mut termios) }, 0);
        let wanted = libc::ECHO | libc::ICANON;
        termios.c_lflag & wanted == wanted
    }
}
