//! Key bindings: the defaults from `assets/keymap.toml`, overridden per action by the user's
//! `config.toml`. A broken config never stops the app: the problem is reported with its line
//! and the defaults stay in force.

use std::collections::BTreeMap;
use std::fmt;

use super::action::Action;
use crate::message::Msg;

pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// A named key, independent of the terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Backspace,
    Delete,
    F(u8),
}

/// A key with its modifiers. Shift is part of the character (`G`), not a modifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyChord {
    pub key: Key,
    pub ctrl: bool,
    pub alt: bool,
}

impl KeyChord {
    pub const fn plain(key: Key) -> Self {
        Self {
            key,
            ctrl: false,
            alt: false,
        }
    }

    pub const fn ctrl(c: char) -> Self {
        Self {
            key: Key::Char(c),
            ctrl: true,
            alt: false,
        }
    }

    /// Parses "q", "G", "Ctrl-p", "Alt-Enter", "F1", "PageDown".
    pub fn parse(text: &str) -> Option<Self> {
        let mut chord = KeyChord::plain(Key::Esc);
        let mut rest = text.trim();
        loop {
            if let Some(r) = rest.strip_prefix("Ctrl-") {
                chord.ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("Alt-") {
                chord.alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        chord.key = match (chars.next(), chars.next()) {
            (Some(c), None) => Key::Char(if chord.ctrl {
                c.to_ascii_lowercase()
            } else {
                c
            }),
            _ => match rest {
                "Enter" => Key::Enter,
                "Esc" => Key::Esc,
                "Tab" => Key::Tab,
                "BackTab" => Key::BackTab,
                "Up" => Key::Up,
                "Down" => Key::Down,
                "Left" => Key::Left,
                "Right" => Key::Right,
                "Home" => Key::Home,
                "End" => Key::End,
                "PageUp" => Key::PageUp,
                "PageDown" => Key::PageDown,
                "Backspace" => Key::Backspace,
                "Delete" => Key::Delete,
                "Space" => Key::Char(' '),
                f if f.starts_with('F') => {
                    Key::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
                }
                _ => return None,
            },
        };
        Some(chord)
    }
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        match self.key {
            Key::Char(' ') => f.write_str("Space"),
            // Ctrl-S, as menus and manuals write it; the chord itself is case-blind.
            Key::Char(c) if self.ctrl => write!(f, "{}", c.to_ascii_uppercase()),
            Key::Char(c) => write!(f, "{c}"),
            Key::F(n) => write!(f, "F{n}"),
            Key::Up => f.write_str("↑"),
            Key::Down => f.write_str("↓"),
            Key::Left => f.write_str("←"),
            Key::Right => f.write_str("→"),
            Key::BackTab => f.write_str("Shift-Tab"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// A problem in a keymap file: which line, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeymapProblem {
    pub line: usize,
    pub problem: Msg,
}

/// Which keys trigger which action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    bindings: BTreeMap<Action, Vec<KeyChord>>,
}

#[derive(serde::Deserialize)]
struct KeymapFile {
    #[serde(default)]
    keys: BTreeMap<String, Vec<String>>,
}

impl Keymap {
    /// The built-in bindings.
    pub fn defaults() -> Self {
        let (bindings, problems) = parse(DEFAULT_KEYMAP);
        debug_assert!(
            problems.is_empty(),
            "the default keymap is valid: {problems:?}"
        );
        Self { bindings }
    }

    /// The defaults with the user's config applied; problems are returned, not fatal.
    pub fn with_user_config(config: &str) -> (Self, Vec<KeymapProblem>) {
        let mut keymap = Self::defaults();
        let (user, problems) = parse(config);
        if problems.is_empty() {
            keymap.bindings.extend(user);
        }
        (keymap, problems)
    }

    /// The action bound to a key, if any. Ctrl-C is always quit.
    pub fn action_for(&self, chord: KeyChord) -> Option<Action> {
        if chord == KeyChord::ctrl('c') {
            return Some(Action::Quit);
        }
        self.bindings
            .iter()
            .find(|(_, keys)| keys.contains(&chord))
            .map(|(action, _)| *action)
    }

    pub fn keys_for(&self, action: Action) -> &[KeyChord] {
        self.bindings.get(&action).map_or(&[], Vec::as_slice)
    }

    /// The first key of an action, as shown in the hint bar.
    pub fn hint(&self, action: Action) -> Option<String> {
        self.keys_for(action).first().map(ToString::to_string)
    }
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.trim_start().starts_with(needle))
        .map_or(1, |i| i + 1)
}

fn parse(text: &str) -> (BTreeMap<Action, Vec<KeyChord>>, Vec<KeymapProblem>) {
    let mut problems = Vec::new();
    let file: KeymapFile = match toml::from_str(text) {
        Ok(file) => file,
        Err(e) => {
            let line = e
                .span()
                .map_or(1, |s| text[..s.start].lines().count().max(1));
            problems.push(KeymapProblem {
                line,
                problem: Msg::new("keymap-syntax").arg("detail", e.message()),
            });
            return (BTreeMap::new(), problems);
        }
    };
    let mut bindings = BTreeMap::new();
    for (name, keys) in file.keys {
        let line = line_of(text, &name);
        let Some(action) = Action::from_name(&name) else {
            problems.push(KeymapProblem {
                line,
                problem: Msg::new("keymap-unknown-action").arg("name", &name),
            });
            continue;
        };
        let mut chords = Vec::new();
        for key in keys {
            match KeyChord::parse(&key) {
                Some(chord) => chords.push(chord),
                None => problems.push(KeymapProblem {
                    line,
                    problem: Msg::new("keymap-unknown-key").arg("key", &key),
                }),
            }
        }
        bindings.insert(action, chords);
    }
    (bindings, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_keymap_binds_every_action_without_clashes() {
        let (bindings, problems) = parse(DEFAULT_KEYMAP);
        assert!(problems.is_empty(), "{problems:?}");
        for action in Action::ALL {
            assert!(bindings.contains_key(&action), "{action:?} has no key");
        }
        let mut seen = std::collections::BTreeSet::new();
        for chord in bindings.values().flatten() {
            assert!(seen.insert(*chord), "{chord} is bound twice");
        }
    }

    #[test]
    fn keys_parse_and_print() {
        assert_eq!(KeyChord::parse("Ctrl-P"), Some(KeyChord::ctrl('p')));
        assert_eq!(KeyChord::parse("G"), Some(KeyChord::plain(Key::Char('G'))));
        assert_eq!(KeyChord::parse("F1"), Some(KeyChord::plain(Key::F(1))));
        assert_eq!(KeyChord::parse("F13"), None);
        assert_eq!(KeyChord::parse("Hyper-x"), None);
        assert_eq!(KeyChord::parse("BackTab").unwrap().to_string(), "Shift-Tab");
    }

    #[test]
    fn a_user_binding_replaces_the_default_for_that_action_only() {
        let (keymap, problems) = Keymap::with_user_config("[keys]\nquit = [\"x\"]\n");
        assert!(problems.is_empty());
        assert_eq!(
            keymap.action_for(KeyChord::parse("x").unwrap()),
            Some(Action::Quit)
        );
        assert_eq!(keymap.action_for(KeyChord::parse("q").unwrap()), None);
        assert_eq!(
            keymap.action_for(KeyChord::parse("j").unwrap()),
            Some(Action::Down)
        );
        assert_eq!(keymap.action_for(KeyChord::ctrl('c')), Some(Action::Quit));
    }

    #[test]
    fn a_broken_config_names_the_line_and_keeps_the_defaults() {
        let config = "[keys]\ndown = [\"j\"]\nfly = [\"f\"]\n";
        let (keymap, problems) = Keymap::with_user_config(config);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 3);
        assert_eq!(problems[0].problem.id, "keymap-unknown-action");
        assert_eq!(keymap, Keymap::defaults());

        let (_, problems) = Keymap::with_user_config("[keys]\nquit = [\"q\"\n");
        assert_eq!(problems[0].problem.id, "keymap-syntax");
        assert!(problems[0].line >= 2);
    }
}
