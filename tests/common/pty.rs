//! The real binary in a pseudo-terminal: its screen read back through a terminal emulator, keys
//! typed as a person would, and the terminal's mode and the process's end as a shell sees them.

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
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
    /// Tells the thread that reads the screen to let go of its copy of the master.
    stop: Arc<AtomicBool>,
    reading: std::thread::JoinHandle<()>,
}

impl Terminal {
    /// stagecoach on `env`'s data dir, in Dutch, on the test date, with no user config and, if
    /// given, `editor` as `$EDITOR`.
    pub fn start(env: &Env, editor: Option<&Path>) -> Terminal {
        Self::start_with(env, editor, true)
    }

    /// As [`Terminal::start`]; without a controlling terminal, closing this one sends no
    /// hangup, as when a terminal server dies under a process it did not start as its own.
    pub fn start_with(env: &Env, editor: Option<&Path>, controlling_tty: bool) -> Terminal {
        Self::spawn(env, editor, controlling_tty, Some("nl"), &[])
    }

    /// As [`Terminal::start`], in the language the user's config keeps (Dutch without one).
    pub fn start_in_chosen_language(env: &Env) -> Terminal {
        Self::spawn(env, None, true, None, &[])
    }

    /// A command (`args` after the data dir) in the terminal instead of the screen.
    pub fn command(env: &Env, args: &[&str]) -> Terminal {
        Self::spawn(env, None, true, Some("nl"), args)
    }

    fn spawn(
        env: &Env,
        editor: Option<&Path>,
        controlling_tty: bool,
        lang: Option<&str>,
        args: &[&str],
    ) -> Terminal {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_stagecoach"));
        cmd.set_controlling_tty(controlling_tty);
        cmd.arg("--data-dir");
        cmd.arg(env.dir());
        cmd.args(args);
        cmd.env("STAGECOACH_TODAY", TODAY);
        match lang {
            Some(lang) => cmd.env("STAGECOACH_LANG", lang),
            None => cmd.env_remove("STAGECOACH_LANG"),
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env("NO_COLOR", "1");
        // No user config may change the keys under test; what the screen remembers goes here.
        cmd.env("XDG_CONFIG_HOME", env.temp.path().join("config"));
        cmd.env_remove("VISUAL");
        if let Some(editor) = editor {
            cmd.env("EDITOR", editor);
        }
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(ROWS).unwrap(),
            std::num::NonZeroU16::new(COLS).unwrap(),
            0,
        )));
        let feed = Arc::clone(&screen);
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        // Our own copy of the master, read with a timeout so that `close` can take it back:
        // the terminal hangs up only once every copy of its master is closed.
        let master_fd = pty.master.as_raw_fd().expect("a unix pty");
        // SAFETY: dup(2) of a descriptor we hold; the new one is owned by the File below.
        let mut reader = unsafe { std::fs::File::from_raw_fd(libc::dup(master_fd)) };
        let reading = std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while !stopped.load(Ordering::SeqCst) {
                let mut ready = libc::pollfd {
                    fd: reader.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                };
                // SAFETY: one valid pollfd for the descriptor this thread owns.
                if unsafe { libc::poll(&mut ready, 1, 50) } <= 0 {
                    continue;
                }
                match reader.read(&mut buffer) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => feed.lock().unwrap().process(&buffer[..n]),
                }
            }
        });
        Terminal {
            child,
            writer,
            master: pty.master,
            screen,
            stop,
            reading,
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

    /// Closes the terminal under the process, as closing its window does, and returns the
    /// process to wait for.
    pub fn close(self) -> Box<dyn Child + Send + Sync> {
        let Terminal {
            child,
            writer,
            master,
            stop,
            reading,
            ..
        } = self;
        stop.store(true, Ordering::SeqCst);
        reading.join().unwrap();
        drop(writer);
        drop(master);
        child
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
