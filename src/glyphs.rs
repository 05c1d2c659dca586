//! The symbols stagecoach draws, and plainer ones for a console whose font lacks them. The
//! classic Windows console (conhost, Consolas, no font fallback) shows a box for ✔, ⚑ or ◔;
//! Windows Terminal, VS Code and every unix terminal find them. Each fallback is one column
//! wide like the symbol it stands for, from the font set every Windows console font has
//! (WGL4), so nothing on the screen moves. The help page's legend goes through the same
//! table, so it always explains the symbols that are shown.

use std::borrow::Cow;
use std::sync::OnceLock;

/// Which symbols this process draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Symbols {
    #[default]
    Full,
    /// For fonts that have only the WGL4 set.
    Basic,
}

/// `STAGECOACH_SYMBOLS=basic|full` overrides the guess.
pub const SYMBOLS_ENV: &str = "STAGECOACH_SYMBOLS";

/// Each symbol that a WGL4 font lacks, and what is drawn instead.
const BASIC: [(char, char); 11] = [
    ('◔', '◊'), // intake
    ('◑', '♦'), // matching
    ('✔', '√'), // completed, done
    ('✓', '√'), // the value in effect
    ('✖', '×'), // dropped out
    ('↺', '↔'), // aftercare
    ('‖', '║'), // paused
    ('⚑', '‼'), // escalated
    ('✎', '¶'), // a draft waits
    ('⚠', '▲'), // a warning
    ('▶', '►'), // the focused pane
];

static CHOSEN: OnceLock<Symbols> = OnceLock::new();

/// Sets the symbols for the rest of the process (once, at start; later calls change nothing).
pub fn choose(symbols: Symbols) {
    let _ = CHOSEN.set(symbols);
}

/// The symbols chosen at start; the full ones if none were.
pub fn chosen() -> Symbols {
    CHOSEN.get().copied().unwrap_or_default()
}

impl Symbols {
    /// The symbols for the console this process writes to: basic in the classic Windows
    /// console, which is where neither Windows Terminal (`WT_SESSION`) nor another terminal
    /// program (`TERM_PROGRAM`) says it is in charge; full everywhere else.
    pub fn for_this_console() -> Symbols {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        match std::env::var(SYMBOLS_ENV).as_deref() {
            Ok("basic") => Symbols::Basic,
            Ok("full") => Symbols::Full,
            _ if cfg!(windows) && !set("WT_SESSION") && !set("TERM_PROGRAM") => Symbols::Basic,
            _ => Symbols::Full,
        }
    }

    /// What is drawn for `c`.
    pub fn glyph(self, c: char) -> char {
        match self {
            Symbols::Full => c,
            Symbols::Basic => BASIC
                .iter()
                .find(|(full, _)| *full == c)
                .map_or(c, |(_, basic)| *basic),
        }
    }

    /// `text` with its symbols as this set draws them.
    pub fn text(self, text: &str) -> Cow<'_, str> {
        if self == Symbols::Full || !text.chars().any(|c| self.glyph(c) != c) {
            return Cow::Borrowed(text);
        }
        Cow::Owned(text.chars().map(|c| self.glyph(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthChar;

    use super::*;

    #[test]
    fn every_fallback_is_as_wide_as_its_symbol_and_new() {
        for (full, basic) in BASIC {
            assert_eq!(full.width(), basic.width(), "{full} → {basic}");
            assert_eq!(basic.width(), Some(1), "{basic}");
            assert!(
                BASIC.iter().all(|(other, _)| *other != basic),
                "{basic} is itself replaced"
            );
        }
    }

    #[test]
    fn basic_symbols_replace_only_the_missing_ones() {
        assert_eq!(Symbols::Basic.text("⚑ ✔ gedaan · ● …"), "‼ √ gedaan · ● …");
        assert_eq!(Symbols::Full.text("⚑ ✔"), "⚑ ✔");
        assert!(matches!(Symbols::Basic.text("gewoon"), Cow::Borrowed(_)));
    }
}
