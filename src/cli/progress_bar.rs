//! The command line's progress bar (indicatif) for long work: on stderr, only when stderr is
//! a terminal, and only for work large enough to take a moment. A script that wants to follow
//! along sets `STAGECOACH_PROGRESS=lines` and gets a line per step instead. The words come
//! from the Fluent files, like every other line.

use std::cell::RefCell;
use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::i18n::Lang;
use crate::progress::{self, Listener, Listening, Work};

/// Work of fewer steps than this is over before a bar could be read.
const BAR_FROM: u64 = 2_000;

/// Asks for progress as lines on stderr when it is not a terminal.
pub const PROGRESS_ENV: &str = "STAGECOACH_PROGRESS";

/// Shows long work on stderr while the guard lives: as a bar on a terminal, as lines when
/// [`PROGRESS_ENV`] asks for them, else not at all.
pub fn on_terminal(lang: Lang) -> Option<Listening> {
    if std::io::stderr().is_terminal() {
        return Some(progress::listen(Box::new(Bar::new(lang))));
    }
    let lines = std::env::var(PROGRESS_ENV).is_ok_and(|v| v == "lines");
    lines.then(|| progress::listen(Box::new(Lines::new(lang))))
}

/// Progress as plain lines ("Bundel inlezen: 512 van 20000"), for a log or a script.
struct Lines {
    lang: Lang,
    work: std::cell::Cell<Option<(Work, u64)>>,
}

impl Lines {
    fn new(lang: Lang) -> Self {
        Lines {
            lang,
            work: std::cell::Cell::new(None),
        }
    }
}

impl Listener for Lines {
    fn begin(&self, work: Work, total: u64) {
        self.work.set(Some((work, total)));
    }

    fn advance_to(&self, done: u64) {
        if let Some((work, total)) = self.work.get() {
            let line = crate::Msg::new("progress-line")
                .arg("work", self.lang.text(work.label_id()))
                .arg("done", done)
                .arg("total", total);
            super::Output { lang: self.lang }.error_line(&self.lang.render(&line));
        }
    }

    fn end(&self) {
        self.work.set(None);
    }
}

struct Bar {
    lang: Lang,
    shown: RefCell<Option<ProgressBar>>,
}

impl Bar {
    fn new(lang: Lang) -> Self {
        Bar {
            lang,
            shown: RefCell::new(None),
        }
    }
}

impl Listener for Bar {
    fn begin(&self, work: Work, total: u64) {
        if total < BAR_FROM && work != Work::Restore {
            return;
        }
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        let template = format!(
            "{{msg}} {{bar:32}} {{percent:>3}}% · {} {{eta}}",
            self.lang.text("progress-left")
        );
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style.progress_chars("█▌ "));
        }
        bar.set_message(self.lang.text(work.label_id()));
        *self.shown.borrow_mut() = Some(bar);
    }

    fn advance_to(&self, done: u64) {
        if let Some(bar) = self.shown.borrow().as_ref() {
            bar.set_position(done);
        }
    }

    fn end(&self) {
        // The result line that follows says what was done; the bar goes.
        if let Some(bar) = self.shown.borrow_mut().take() {
            bar.finish_and_clear();
        }
    }
}
