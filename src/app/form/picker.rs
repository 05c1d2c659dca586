//! A choice with many options (a programme's thousand employers) is picked from a popup: the
//! options sorted by name, narrowed by a fuzzy search as the user types (nucleo, as the
//! palette), Up/Down to point, Enter to take one.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::{Choice, Form, Input, Label};
use crate::i18n::Lang;

/// From this many options on, a choice among records (employers, not a vocabulary such as
/// the session types, whose order means something and whose first letters are known) opens a
/// picker instead of stepping with ← →.
pub const PICKER_FROM: usize = 10;

/// The search over the focused choice's options: what was typed, and the options that match,
/// best first (in name order while nothing is typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub query: String,
    /// Indices into the field's options.
    pub matches: Vec<usize>,
    pub selected: usize,
}

impl Picker {
    fn new(options: &[Choice], current: &str, lang: Lang) -> Self {
        let mut picker = Picker {
            query: String::new(),
            matches: Vec::new(),
            selected: 0,
        };
        picker.refresh(options, lang);
        // Open on the option already chosen, so Enter keeps it.
        picker.selected = picker
            .matches
            .iter()
            .position(|&i| options[i].code == current)
            .unwrap_or(0);
        picker
    }

    fn refresh(&mut self, options: &[Choice], lang: Lang) {
        let labels: Vec<String> = options.iter().map(|o| o.label.render(lang)).collect();
        if self.query.trim().is_empty() {
            let mut sorted: Vec<usize> = (0..options.len()).collect();
            sorted.sort_by_cached_key(|&i| labels[i].to_lowercase());
            self.matches = sorted;
        } else {
            let pattern = Pattern::parse(&self.query, CaseMatching::Ignore, Normalization::Smart);
            let mut matcher = Matcher::new(Config::DEFAULT);
            let mut buffer = Vec::new();
            let mut scored: Vec<(u32, usize)> = labels
                .iter()
                .enumerate()
                .filter_map(|(i, label)| {
                    let score = pattern.score(Utf32Str::new(label, &mut buffer), &mut matcher)?;
                    Some((score, i))
                })
                .collect();
            // Best first; equal scores in name order, so the list does not jump about.
            scored.sort_by_cached_key(|&(score, i)| {
                (std::cmp::Reverse(score), labels[i].to_lowercase())
            });
            self.matches = scored.into_iter().map(|(_, i)| i).collect();
        }
        self.selected = 0;
    }
}

/// What a key does in an open picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKey {
    Type(char),
    Backspace,
    Up,
    Down,
    PageUp,
    PageDown,
    Choose,
    Close,
}

impl Form {
    /// Whether the focused field is a choice long enough to be picked from a search.
    pub fn focused_needs_picker(&self) -> bool {
        matches!(&self.focused().input, Input::Choice(options)
            if options.len() >= PICKER_FROM
                && options.iter().all(|o| matches!(o.label, Label::Plain(_))))
    }

    /// Opens the picker on the focused choice, with `typed` already in its search.
    pub fn open_picker(&mut self, typed: Option<char>, lang: Lang) {
        let field = &self.fields[self.focus];
        let Input::Choice(options) = &field.input else {
            return;
        };
        let mut picker = Picker::new(options, &field.value, lang);
        if let Some(c) = typed {
            picker.query.push(c);
            picker.refresh(options, lang);
        }
        self.picker = Some(picker);
    }

    /// Text pasted while the picker is open goes into its search, on one line.
    pub fn paste_into_picker(&mut self, text: &str, lang: Lang) {
        let field = &self.fields[self.focus];
        if let (Some(picker), Input::Choice(options)) = (self.picker.as_mut(), &field.input) {
            // The whole paste, then one search: not a search per pasted letter.
            picker.query.push_str(&crate::text::one_line(text));
            picker.refresh(options, lang);
        }
    }

    /// Applies a key to the open picker; true when it chose an option (the form changed).
    pub fn picker_key(&mut self, key: PickerKey, lang: Lang) -> bool {
        let Some(picker) = self.picker.as_mut() else {
            return false;
        };
        let field = &mut self.fields[self.focus];
        let Input::Choice(options) = &field.input else {
            self.picker = None;
            return false;
        };
        let last = picker.matches.len().saturating_sub(1);
        const PAGE: usize = 8;
        match key {
            PickerKey::Type(c) => {
                picker.query.push(c);
                picker.refresh(options, lang);
            }
            PickerKey::Backspace => {
                picker.query.pop();
                picker.refresh(options, lang);
            }
            PickerKey::Up => picker.selected = picker.selected.saturating_sub(1),
            PickerKey::Down => picker.selected = (picker.selected + 1).min(last),
            PickerKey::PageUp => picker.selected = picker.selected.saturating_sub(PAGE),
            PickerKey::PageDown => picker.selected = (picker.selected + PAGE).min(last),
            PickerKey::Close => self.picker = None,
            PickerKey::Choose => {
                let Some(&chosen) = picker.matches.get(picker.selected) else {
                    // Nothing matches: the search stays open to be corrected.
                    return false;
                };
                field.value = options[chosen].code.clone();
                field.error = None;
                self.picker = None;
                self.mark_changed();
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::{Field, FormKind};

    fn employers() -> Vec<Choice> {
        [
            "Zorgcentrum De Linde",
            "Bakkerij De Korenaar",
            "Autobedrijf Van Dijk",
        ]
        .iter()
        .enumerate()
        .map(|(i, name)| Choice {
            code: format!("e{i}"),
            label: Label::Plain(name.to_string()),
        })
        .chain((0..PICKER_FROM).map(|i| Choice {
            code: format!("x{i}"),
            label: Label::Plain(format!("Winkel {i:02}")),
        }))
        .collect()
    }

    fn form() -> Form {
        let fields = vec![Field::named("employer", Input::Choice(employers())).required()];
        Form::new(FormKind::Agreement, fields)
    }

    fn names(form: &Form) -> Vec<String> {
        let Input::Choice(options) = &form.fields[0].input else {
            unreachable!()
        };
        let picker = form.picker.as_ref().unwrap();
        picker
            .matches
            .iter()
            .map(|&i| options[i].label.render(Lang::Nl))
            .collect()
    }

    #[test]
    fn the_options_are_sorted_by_name_and_a_search_narrows_them() {
        let mut form = form();
        assert!(form.focused_needs_picker());
        form.open_picker(None, Lang::Nl);
        assert_eq!(
            names(&form)[..2],
            ["Autobedrijf Van Dijk", "Bakkerij De Korenaar"]
        );
        for c in "korenr".chars() {
            form.picker_key(PickerKey::Type(c), Lang::Nl);
        }
        assert_eq!(
            names(&form),
            ["Bakkerij De Korenaar"],
            "fuzzy: a letter may be missing"
        );
        assert!(form.picker_key(PickerKey::Choose, Lang::Nl));
        assert_eq!(form.text("employer"), "e1");
        assert!(form.picker.is_none());
        assert!(form.dirty);
    }

    #[test]
    fn it_opens_on_the_chosen_option_and_closing_keeps_the_value() {
        let mut form = form();
        form.fields[0].value = "e0".into();
        form.open_picker(None, Lang::Nl);
        let picker = form.picker.as_ref().unwrap();
        assert_eq!(names(&form)[picker.selected], "Zorgcentrum De Linde");
        form.picker_key(PickerKey::Up, Lang::Nl);
        form.picker_key(PickerKey::Close, Lang::Nl);
        assert_eq!(form.text("employer"), "e0");
        assert!(!form.dirty);
    }

    #[test]
    fn with_nothing_matching_enter_chooses_nothing() {
        let mut form = form();
        form.open_picker(Some('q'), Lang::Nl);
        form.picker_key(PickerKey::Type('q'), Lang::Nl);
        assert!(names(&form).is_empty());
        assert!(!form.picker_key(PickerKey::Choose, Lang::Nl));
        assert!(form.picker.is_some(), "the search stays open to be mended");
        form.picker_key(PickerKey::Backspace, Lang::Nl);
        form.picker_key(PickerKey::Backspace, Lang::Nl);
        assert_eq!(names(&form).len(), employers().len());
    }
}
