//! The command palette: every action, found by typing part of its name in the user's language
//! (or its keymap name), so nothing depends on remembering a key.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::{Action, App, Key, KeyChord};
use crate::i18n::Lang;

/// The palette's query and the actions that match it, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    pub query: String,
    pub matches: Vec<Action>,
    pub selected: usize,
}

impl Palette {
    pub fn new(lang: Lang) -> Self {
        let mut palette = Palette {
            query: String::new(),
            matches: Vec::new(),
            selected: 0,
        };
        palette.refresh(lang);
        palette
    }

    fn refresh(&mut self, lang: Lang) {
        let offered = Action::ALL.into_iter().filter(|a| *a != Action::Palette);
        if self.query.is_empty() {
            self.matches = offered.collect();
        } else {
            let pattern = Pattern::parse(&self.query, CaseMatching::Ignore, Normalization::Smart);
            let mut matcher = Matcher::new(Config::DEFAULT);
            let mut buffer = Vec::new();
            let mut scored: Vec<(u32, Action)> = offered
                .filter_map(|action| {
                    let haystack = format!("{} {}", lang.text(&action.label_id()), action.name());
                    let score =
                        pattern.score(Utf32Str::new(&haystack, &mut buffer), &mut matcher)?;
                    Some((score, action))
                })
                .collect();
            scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
            self.matches = scored.into_iter().map(|(_, action)| action).collect();
        }
        self.selected = 0;
    }
}

/// Pasted text into the palette's query, on one line.
pub fn palette_paste(app: &mut App, text: &str) {
    let lang = app.lang;
    if let Some(palette) = app.palette.as_mut() {
        palette.query.push_str(&crate::text::one_line(text));
        palette.refresh(lang);
    }
}

/// Keys while the palette is open: typing filters, arrows choose, Esc closes, and Enter closes
/// it and returns the chosen action, for `update` to carry out.
pub fn palette_key(app: &mut App, chord: KeyChord) -> Option<Action> {
    let lang = app.lang;
    let palette = app.palette.as_mut()?;
    match chord.key {
        Key::Esc => app.palette = None,
        Key::Enter => {
            let chosen = palette.matches.get(palette.selected).copied();
            app.palette = None;
            return chosen;
        }
        Key::Up => palette.selected = palette.selected.saturating_sub(1),
        Key::Down => {
            palette.selected = (palette.selected + 1).min(palette.matches.len().saturating_sub(1))
        }
        Key::Backspace => {
            palette.query.pop();
            palette.refresh(lang);
        }
        Key::Char(c) if !chord.ctrl && !chord.alt => {
            palette.query.push(c);
            palette.refresh(lang);
        }
        _ => {}
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_finds_actions_by_their_dutch_and_english_names() {
        let mut palette = Palette::new(Lang::Nl);
        assert_eq!(palette.matches.len(), Action::ALL.len() - 1);
        palette.query = "taal".into();
        palette.refresh(Lang::Nl);
        assert_eq!(palette.matches.first(), Some(&Action::SwitchLanguage));
        palette.query = "status".into();
        palette.refresh(Lang::En);
        assert_eq!(palette.matches.first(), Some(&Action::ChangeStatus));
    }
}
