//! Key bindings: the defaults from `assets/keymap.toml`, overridden per action by the user's
//! `config.toml`. A broken config never stops the app: the problem is reported with its line
//! and the defaults stay in force. A key the user gives to one action is taken from the default
//! action that had it (the user's choice wins, with a warning), so every key does one thing.

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
    /// A warning: the user's bindings are in force all the same. Otherwise the defaults stay.
    pub applied: bool,
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

    /// The defaults with the user's config applied; problems are returned, not fatal. A config
    /// with errors (or one key bound to two of its actions) leaves the defaults as they are; a
    /// config that takes keys from default actions is applied, with a warning per key.
    pub fn with_user_config(config: &str) -> (Self, Vec<KeymapProblem>) {
        let mut keymap = Self::defaults();
        let (user, mut problems) = parse(config);
        problems.extend(keys_bound_twice(&user, config));
        if !problems.is_empty() {
            return (keymap, problems);
        }
        let warnings = keymap.apply(user, config);
        (keymap, warnings)
    }

    /// Puts the user's bindings in place of the defaults of their actions, and takes each of
    /// their keys away from the default action that had it.
    fn apply(
        &mut self,
        mut user: BTreeMap<Action, Vec<KeyChord>>,
        text: &str,
    ) -> Vec<KeymapProblem> {
        let mut warnings = Vec::new();
        for (action, chords) in &mut user {
            let line = line_of(text, action.name());
            // `action_for` answers Ctrl-C with quit before looking at any binding.
            if *action != Action::Quit && chords.contains(&KeyChord::ctrl('c')) {
                chords.retain(|c| *c != KeyChord::ctrl('c'));
                warnings.push(KeymapProblem {
                    line,
                    problem: Msg::new("keymap-ctrl-c").arg("action", action.name()),
                    applied: true,
                });
            }
        }
        for (action, chords) in &user {
            let line = line_of(text, action.name());
            for chord in chords {
                for (other, keys) in &mut self.bindings {
                    if user.contains_key(other) || !keys.contains(chord) {
                        continue;
                    }
                    keys.retain(|k| k != chord);
                    let problem = if keys.is_empty() {
                        Msg::new("keymap-takes-last-key")
                    } else {
                        Msg::new("keymap-takes-key").arg(
                            "left",
                            keys.iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join(", "),
                        )
                    };
                    warnings.push(KeymapProblem {
                        line,
                        problem: problem
                            .arg("key", chord)
                            .arg("action", action.name())
                            .arg("default", other.name()),
                        applied: true,
                    });
                }
            }
        }
        self.bindings.extend(user);
        warnings
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

/// A key the config gives to two of its actions: which one was meant cannot be guessed.
fn keys_bound_twice(user: &BTreeMap<Action, Vec<KeyChord>>, text: &str) -> Vec<KeymapProblem> {
    let mut first_owner: BTreeMap<KeyChord, Action> = BTreeMap::new();
    let mut problems = Vec::new();
    for (action, chords) in user {
        for chord in chords {
            match first_owner.get(chord) {
                Some(first) if first != action => problems.push(KeymapProblem {
                    line: line_of(text, action.name()),
                    problem: Msg::new("keymap-key-twice")
                        .arg("key", chord)
                        .arg("first", first.name())
                        .arg("second", action.name()),
                    applied: false,
                }),
                _ => {
                    first_owner.insert(*chord, *action);
                }
            }
        }
    }
    problems
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
                applied: false,
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
                applied: false,
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
                    applied: false,
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
        // "Q" is no default key ("x" would be: it exports, and that is the next test's case).
        let (keymap, problems) = Keymap::with_user_config("[keys]\nquit = [\"Q\"]\n");
        assert!(problems.is_empty());
        assert_eq!(
            keymap.action_for(KeyChord::parse("Q").unwrap()),
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
    fn a_user_key_taken_from_a_default_action_wins_and_is_reported() {
        let config = "[keys]\n# mine\nquit = [\"j\"]\n";
        let (keymap, problems) = Keymap::with_user_config(config);
        let j = KeyChord::parse("j").unwrap();
        assert_eq!(
            keymap.action_for(j),
            Some(Action::Quit),
            "the user's choice wins"
        );
        assert_eq!(keymap.keys_for(Action::Down), [KeyChord::plain(Key::Down)]);
        assert_eq!(keymap.hint(Action::Down).as_deref(), Some("↓"));
        assert_eq!(keymap.action_for(KeyChord::parse("q").unwrap()), None);
        assert_eq!(
            problems,
            vec![KeymapProblem {
                line: 3,
                problem: Msg::new("keymap-takes-key")
                    .arg("left", "↓")
                    .arg("key", "j")
                    .arg("action", "quit")
                    .arg("default", "down"),
                applied: true,
            }]
        );

        // Giving the default action keys of its own settles it: no more warning.
        let (_, problems) = Keymap::with_user_config("[keys]\nquit = [\"j\"]\ndown = [\"Down\"]\n");
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn taking_the_only_key_of_a_default_action_says_so() {
        let (keymap, problems) = Keymap::with_user_config("[keys]\nhelp = [\"n\"]\n");
        assert!(keymap.keys_for(Action::NewSession).is_empty());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].problem.id, "keymap-takes-last-key");
        assert!(problems[0].applied);
    }

    #[test]
    fn one_key_for_two_user_actions_keeps_the_defaults() {
        let (keymap, problems) =
            Keymap::with_user_config("[keys]\nquit = [\"x\"]\nhelp = [\"x\"]\n");
        assert_eq!(keymap, Keymap::defaults());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].problem.id, "keymap-key-twice");
        assert!(!problems[0].applied);
    }

    #[test]
    fn ctrl_c_stays_quit_and_a_binding_to_it_is_reported() {
        let (keymap, problems) = Keymap::with_user_config("[keys]\nhelp = [\"Ctrl-c\", \"h\"]\n");
        assert_eq!(keymap.action_for(KeyChord::ctrl('c')), Some(Action::Quit));
        assert_eq!(
            keymap.keys_for(Action::Help),
            [KeyChord::parse("h").unwrap()]
        );
        assert_eq!(problems[0].problem.id, "keymap-ctrl-c");
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
