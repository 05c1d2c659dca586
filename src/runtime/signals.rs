//! SIGTERM, SIGHUP and SIGINT end the screen as `q` does: the terminal loop notices them between
//! keys, saves the open form's draft, gives the terminal back and the process exits with
//! 128 + the signal's number, as a shell reports a process a signal ended.
//!
//! The handlers only store the signal's number (async-signal-safe); everything else happens in
//! the loop. A second signal while the first is being handled ends the process at once, for the
//! case that the loop is stuck in a long piece of work.

use std::sync::OnceLock;

/// How long the loop waits for a key before it looks for a signal again.
pub const CHECK_EVERY: std::time::Duration = std::time::Duration::from_millis(100);

/// The signals that end the screen, and whether one came.
pub struct Signals {
    #[cfg(unix)]
    received: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    /// Set while an external editor runs: an interrupt then belongs to the editor.
    #[cfg(unix)]
    sheltered: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

static SIGNALS: OnceLock<Signals> = OnceLock::new();

/// Installs the handlers (once per process) and returns them.
pub fn install() -> &'static Signals {
    SIGNALS.get_or_init(Signals::install)
}

/// The signal that ended the screen, if one did: the binary turns it into its exit code.
pub fn ended_by() -> Option<i32> {
    SIGNALS.get().and_then(Signals::received)
}

/// Watches the terminal the screen reads from: when it goes away (its window closed, its
/// server killed) without a hangup reaching this process, the watcher sends the hangup itself.
/// Reading a terminal that is gone returns nothing at once, forever, and crossterm's reader
/// then spins inside its poll without returning, burning a core until someone notices; so a
/// second hangup follows shortly, which ends the process at once (drafts are on disk already,
/// saved with every key).
#[cfg(unix)]
pub fn watch_terminal() {
    let watcher = std::thread::Builder::new().name("terminal-watch".into());
    let started = watcher.spawn(|| {
        loop {
            let mut terminal = libc::pollfd {
                fd: libc::STDIN_FILENO,
                events: 0,
                revents: 0,
            };
            // SAFETY: one valid pollfd for a descriptor this process holds. With no events
            // asked for, poll reports only a hangup or an error, which it always reports.
            let ready = unsafe { libc::poll(&mut terminal, 1, 1_000) };
            if ready > 0 && terminal.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
            {
                break;
            }
        }
        tracing::info!("the terminal is gone");
        for _ in 0..2 {
            // SAFETY: raise(3) sends a signal to this process; the handler is ours.
            unsafe { libc::raise(libc::SIGHUP) };
            std::thread::sleep(CHECK_EVERY * 5);
        }
    });
    if let Err(e) = started {
        tracing::warn!(error = %e, "no watch on the terminal");
    }
}

/// A console on Windows ends the process when it closes.
#[cfg(not(unix))]
pub fn watch_terminal() {}

/// The exit code of a process ended by `signal`, as shells report it.
pub fn exit_code(signal: i32) -> u8 {
    u8::try_from(128 + signal).unwrap_or(u8::MAX)
}

#[cfg(unix)]
impl Signals {
    fn install() -> Signals {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        use std::sync::Arc;
        use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

        let received = Arc::new(AtomicUsize::new(0));
        let sheltered = Arc::new(AtomicBool::new(false));
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            let (received, sheltered) = (Arc::clone(&received), Arc::clone(&sheltered));
            let action = move || {
                if signal == SIGINT && sheltered.load(Ordering::SeqCst) {
                    return;
                }
                if received.swap(signal as usize, Ordering::SeqCst) != 0 {
                    signal_hook::low_level::exit(i32::from(exit_code(signal)));
                }
            };
            // SAFETY: the action only touches lock-free atomics and calls `_exit`, all of which
            // are async-signal-safe.
            if let Err(e) = unsafe { signal_hook::low_level::register(signal, action) } {
                // Without a handler the signal keeps its default action: the process ends, and
                // drafts are on disk already. Worth a log line, not worth refusing to start.
                tracing::warn!(signal, error = %e, "no handler for a signal");
            }
        }
        Signals {
            received,
            sheltered,
        }
    }

    /// The signal that arrived, if any.
    pub fn received(&self) -> Option<i32> {
        match self.received.load(std::sync::atomic::Ordering::SeqCst) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }

    /// Runs `work` (the external editor) the way `system(3)` runs a command: an interrupt
    /// meant for the editor (Ctrl-C in a line-mode editor reaches the whole foreground group)
    /// does not end stagecoach. A terminate or hangup that arrives meanwhile still does, once
    /// `work` is over and the edited text is taken back.
    pub fn sheltering_interrupts<T>(&self, work: impl FnOnce() -> T) -> T {
        use std::sync::atomic::Ordering;
        self.sheltered.store(true, Ordering::SeqCst);
        let result = work();
        self.sheltered.store(false, Ordering::SeqCst);
        result
    }
}

/// Windows has no such signals; its console's close and Ctrl-Break are a later issue.
#[cfg(not(unix))]
impl Signals {
    fn install() -> Signals {
        Signals {}
    }

    pub fn received(&self) -> Option<i32> {
        None
    }

    pub fn sheltering_interrupts<T>(&self, work: impl FnOnce() -> T) -> T {
        work()
    }
}
