//! How far long work has come (a demo, an import, a rebuild of the views), told to whoever
//! listens: the command line draws a bar on a terminal, the screen nothing. The work itself
//! only says "this many of that many"; with nobody listening that costs one relaxed load.
//!
//! A process-wide listener instead of a parameter on every store call: the rebuild that
//! opening may need sits under every command, and none of them should have to pass a bar
//! through.

use std::cell::{Cell, RefCell};

/// The kinds of long work, for the words next to the bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    Demo,
    Import,
    Export,
    Backup,
    Restore,
    Rebuild,
}

impl Work {
    /// The message id of what is being done ("Bundel inlezen").
    pub fn label_id(self) -> &'static str {
        match self {
            Work::Demo => "progress-demo",
            Work::Import => "progress-import",
            Work::Export => "progress-export",
            Work::Backup => "progress-backup",
            Work::Restore => "progress-restore",
            Work::Rebuild => "progress-rebuild",
        }
    }
}

/// Whoever shows progress.
pub trait Listener {
    fn begin(&self, work: Work, total: u64);
    fn advance_to(&self, done: u64);
    fn end(&self);
}

// Per thread: the work that reports runs on the thread that listens (the command's, or the
// screen's), and tests that run side by side do not hear each other.
thread_local! {
    static LISTENER: RefCell<Option<Box<dyn Listener>>> = const { RefCell::new(None) };
    /// The tasks under way, outermost first: the innermost is shown (a rebuild at the end of a
    /// restore), and the one around it comes back when it ends.
    static TASKS: RefCell<Vec<Shown>> = const { RefCell::new(Vec::new()) };
}

#[derive(Debug, Clone, Copy)]
struct Shown {
    work: Work,
    total: u64,
    done: u64,
}

/// Makes `listener` the one told about long work on this thread, until the guard is dropped.
pub fn listen(listener: Box<dyn Listener>) -> Listening {
    LISTENER.with(|slot| *slot.borrow_mut() = Some(listener));
    Listening(())
}

/// While it lives, progress goes to the listener given to [`listen`].
#[must_use = "progress is told only while the guard lives"]
pub struct Listening(());

impl Drop for Listening {
    fn drop(&mut self) {
        LISTENER.with(|slot| *slot.borrow_mut() = None);
    }
}

/// Nobody hears of progress while the guard lives (the screen is drawn; a bar on stderr would
/// run through it); the listener is back afterwards.
pub fn silenced() -> Silenced {
    Silenced(LISTENER.with(|slot| slot.borrow_mut().take()))
}

#[must_use = "progress is silent only while the guard lives"]
pub struct Silenced(Option<Box<dyn Listener>>);

impl Drop for Silenced {
    fn drop(&mut self) {
        if let Some(listener) = self.0.take() {
            LISTENER.with(|slot| *slot.borrow_mut() = Some(listener));
        }
    }
}

fn tell(what: impl FnOnce(&dyn Listener)) {
    LISTENER.with(|slot| {
        if let Some(listener) = slot.borrow().as_deref() {
            what(listener);
        }
    });
}

/// Starts telling about `work` of `total` steps; ends when the task is dropped.
pub fn task(work: Work, total: u64) -> Task {
    if !LISTENER.with(|slot| slot.borrow().is_some()) {
        return Task::silent();
    }
    let depth = TASKS.with(|tasks| {
        let mut tasks = tasks.borrow_mut();
        if !tasks.is_empty() {
            tell(|l| l.end());
        }
        tasks.push(Shown {
            work,
            total,
            done: 0,
        });
        tasks.len() - 1
    });
    tell(|l| l.begin(work, total));
    Task {
        depth: Some(depth),
        done: Cell::new(0),
    }
}

/// A listener is told at most once per this many steps.
const TELL_EVERY: u64 = 512;

/// Long work in progress (see [`task`]).
pub struct Task {
    /// Its place among the tasks under way; None when nobody listens.
    depth: Option<usize>,
    done: Cell<u64>,
}

impl Task {
    /// A task nobody hears of, for work that is a part of something else.
    pub fn silent() -> Task {
        Task {
            depth: None,
            done: Cell::new(0),
        }
    }

    /// One more step is done.
    pub fn step(&self) {
        let done = self.done.get() + 1;
        self.done.set(done);
        if done.is_multiple_of(TELL_EVERY) {
            self.advance_to(done);
        }
    }

    /// `done` of the total steps are done.
    pub fn advance_to(&self, done: u64) {
        let Some(depth) = self.depth else {
            return;
        };
        self.done.set(done);
        let on_top = TASKS.with(|tasks| {
            let mut tasks = tasks.borrow_mut();
            if let Some(shown) = tasks.get_mut(depth) {
                shown.done = done;
            }
            tasks.len() == depth + 1
        });
        if on_top {
            tell(|l| l.advance_to(done));
        }
    }
}

impl Drop for Task {
    fn drop(&mut self) {
        let Some(depth) = self.depth else {
            return;
        };
        tell(|l| l.end());
        let outer = TASKS.with(|tasks| {
            let mut tasks = tasks.borrow_mut();
            tasks.truncate(depth);
            tasks.last().copied()
        });
        if let Some(outer) = outer {
            tell(|l| {
                l.begin(outer.work, outer.total);
                l.advance_to(outer.done);
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    #[derive(Default)]
    struct Recorded(Mutex<Vec<String>>);

    impl Listener for Arc<Recorded> {
        fn begin(&self, work: Work, total: u64) {
            self.0
                .lock()
                .unwrap()
                .push(format!("begin {work:?} {total}"));
        }
        fn advance_to(&self, done: u64) {
            self.0.lock().unwrap().push(format!("{done}"));
        }
        fn end(&self) {
            self.0.lock().unwrap().push("end".into());
        }
    }

    #[test]
    fn a_task_is_told_from_begin_to_end_and_the_one_around_it_comes_back_after_one_inside() {
        let recorded = Arc::new(Recorded::default());
        let guard = listen(Box::new(Arc::clone(&recorded)));
        {
            let outer = task(Work::Import, 10);
            outer.advance_to(4);
            let inner = task(Work::Rebuild, 99);
            inner.advance_to(50);
            drop(inner);
            outer.advance_to(10);
        }
        drop(guard);
        task(Work::Demo, 5).advance_to(5);
        assert_eq!(
            *recorded.0.lock().unwrap(),
            [
                "begin Import 10",
                "4",
                "end",
                "begin Rebuild 99",
                "50",
                "end",
                "begin Import 10",
                "4",
                "10",
                "end"
            ]
        );
    }
}
