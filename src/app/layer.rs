//! Who has the keyboard. The screen is a stack of layers — a tab at the bottom, then the filter
//! field or a form, then a popup (help, a session, a question) or the palette on top — and
//! `keyboard_owner` is the one place that says which of them takes the next key. Key routing
//! (`update`), drawing (`ui`) and the hint bar all ask it, so they cannot disagree.

use super::form::Input;
use super::{Action, App, FormKind, Pane, Popup, Tab, tabs};
use crate::domain::EntityId;

/// The layer that has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// "Delete this session?": y/j deletes, any other key is a no.
    ConfirmDelete(EntityId),
    /// What an import would change: y/j imports, any other key is a no.
    ImportPreview,
    /// "Erase this young person?": y/j erases, any other key is a no.
    ConfirmForget(EntityId),
    /// "Throw this draft away?": y/j discards it, any other key goes back to the form.
    ConfirmDiscard,
    /// The command palette: typing filters the actions.
    Palette,
    Help,
    /// The whole of one session, read-only.
    Session(EntityId),
    /// A form: typing goes into the focused field.
    Form,
    /// The caseload's filter field: typing narrows the list.
    Filter,
    Tab(Tab),
}

impl Layer {
    /// A window over the screen, which takes the keyboard from the panes under it.
    pub fn is_popup(self) -> bool {
        matches!(
            self,
            Layer::ConfirmDelete(_)
                | Layer::ConfirmForget(_)
                | Layer::ImportPreview
                | Layer::ConfirmDiscard
                | Layer::Help
                | Layer::Session(_)
        )
    }

    /// Whether letters are text here rather than commands (so `q` and `?` are not hinted).
    pub fn takes_text(self) -> bool {
        matches!(self, Layer::Form | Layer::Filter | Layer::Palette)
    }
}

impl App {
    /// The layer that takes the next key.
    pub fn keyboard_owner(&self) -> Layer {
        match self.popups.last() {
            Some(Popup::ConfirmDelete(id)) => Layer::ConfirmDelete(*id),
            Some(Popup::ImportPreview(_)) => Layer::ImportPreview,
            Some(Popup::ConfirmForget(plan)) => Layer::ConfirmForget(plan.coachee.id),
            Some(Popup::ConfirmDiscard) => Layer::ConfirmDiscard,
            _ if self.palette.is_some() => Layer::Palette,
            Some(Popup::Help(_)) => Layer::Help,
            Some(Popup::Session(id)) => Layer::Session(*id),
            None => self.base_layer(),
        }
    }

    /// The layer under any popup or palette: the form, the filter field or the tab.
    pub fn base_layer(&self) -> Layer {
        if self.form.is_some() {
            Layer::Form
        } else if self.caseload.filtering {
            Layer::Filter
        } else {
            Layer::Tab(self.tab)
        }
    }

    /// Whether a caseload pane has the keyboard (its border is marked).
    pub fn pane_has_keyboard(&self, pane: Pane) -> bool {
        self.focus == pane && !self.keyboard_owner().is_popup()
    }

    /// What the hint bar offers: the hints of the layer the user is working in (a popup shows
    /// those of what it covers), then help and quit unless letters are text there.
    pub fn hints(&self) -> Hints {
        // A question takes one key: the bar says which, and nothing else.
        if matches!(self.keyboard_owner(), Layer::ConfirmForget(_)) {
            return Hints {
                hints: vec![
                    Hint::Key(HintKey::Named("key-yes-capital"), "hint-erase"),
                    Hint::Key(
                        HintKey::Named("key-anonymise-capital"),
                        "hint-erase-anonymised",
                    ),
                    Hint::Key(HintKey::Named("key-other"), "hint-no"),
                ],
                closing: Vec::new(),
            };
        }
        if matches!(
            self.keyboard_owner(),
            Layer::ConfirmDelete(_)
                | Layer::ConfirmForget(_)
                | Layer::ConfirmDiscard
                | Layer::ImportPreview
        ) {
            return Hints {
                hints: vec![
                    Hint::Key(HintKey::Named("key-yes"), "hint-yes"),
                    Hint::Key(HintKey::Named("key-other"), "hint-no"),
                ],
                closing: Vec::new(),
            };
        }
        if let Some(super::Popup::Help(page)) = self.popups.last()
            && self.keyboard_owner() == Layer::Help
        {
            let other = match page {
                super::HelpPage::Keys => "hint-help-signs",
                super::HelpPage::Signs => "hint-help-keys",
            };
            return Hints {
                hints: vec![Hint::Relabelled(Action::NextPane, other)],
                closing: vec![Hint::Action(Action::Back)],
            };
        }
        let base = self.base_layer();
        let hints = match base {
            Layer::Form => self.form.as_ref().map(form_hints).unwrap_or_default(),
            Layer::Filter => tabs::caseload::filter_hints(),
            Layer::Tab(Tab::Caseload) => tabs::caseload::hints(self),
            Layer::Tab(Tab::Agenda) => tabs::agenda::hints(
                self.agenda.get(self.agenda_selected),
                self.owner.role == crate::domain::Role::Coordinator,
            ),
            Layer::Tab(Tab::Employers) => tabs::employers::hints(),
            Layer::Tab(Tab::Overview) => tabs::overview::hints(self),
            Layer::Tab(Tab::Sync) => tabs::exchange::hints(self),
            _ => vec![Hint::Action(Action::TabCaseload)],
        };
        let closing = if base.takes_text() {
            Vec::new()
        } else {
            vec![Hint::Action(Action::Help), Hint::Action(Action::Quit)]
        };
        Hints { hints, closing }
    }
}

/// One reminder in the hint bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// An action, with its key from the keymap and its own label.
    Action(Action),
    /// An action's key with another label (Tab in a form: "next field").
    Relabelled(Action, &'static str),
    /// A key outside the keymap (arrows, space), with the message id of its label.
    Key(HintKey, &'static str),
}

/// How a key outside the keymap is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HintKey {
    /// The same in every language ("Enter", "← →").
    Literal(&'static str),
    /// A message id ("key-space": spatie / space).
    Named(&'static str),
}

/// The hint bar: hints, most useful first, and the ones that always close it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hints {
    pub hints: Vec<Hint>,
    pub closing: Vec<Hint>,
}

/// A form's hints follow the focused field.
fn form_hints(form: &super::Form) -> Vec<Hint> {
    if form.picker.is_some() {
        return vec![
            Hint::Key(HintKey::Literal("Enter"), "hint-pick"),
            Hint::Action(Action::Back),
            Hint::Key(HintKey::Literal("↑ ↓"), "hint-move"),
        ];
    }
    if let Some(agreement) = &form.sub {
        // Saving the small form adds the agreement to the session, which is not saved yet.
        let mut hints = vec![
            Hint::Relabelled(Action::Save, "hint-agreement-add"),
            Hint::Relabelled(Action::Back, "hint-agreement-cancel"),
        ];
        hints.extend(form_hints(agreement).into_iter().skip(2));
        hints.retain(|hint| *hint != Hint::Action(Action::DiscardDraft));
        return hints;
    }
    let mut hints = vec![Hint::Action(Action::Save), Hint::Action(Action::Back)];
    // On a path field Tab completes first; its hint says so instead.
    if form.focused().input != Input::Path {
        hints.push(Hint::Relabelled(Action::NextPane, "hint-next-field"));
    }
    match form.focused().input {
        Input::Multiline => hints.push(Hint::Action(Action::OpenEditor)),
        Input::Choice(_) | Input::Scale { .. } => {
            hints.push(Hint::Key(HintKey::Literal("← →"), "hint-choose"));
        }
        Input::Multi(_) => {
            hints.push(Hint::Key(HintKey::Literal("← →"), "hint-move"));
            hints.push(Hint::Key(HintKey::Named("key-space"), "hint-tick"));
        }
        Input::Toggle => hints.push(Hint::Key(HintKey::Named("key-space"), "hint-toggle")),
        Input::Path => hints.push(Hint::Key(HintKey::Literal("Tab"), "hint-complete")),
        Input::Agreements => {
            hints.push(Hint::Key(HintKey::Literal("Enter"), "hint-agreement-open"));
            hints.push(Hint::Key(
                HintKey::Literal("Backspace"),
                "hint-agreement-remove",
            ));
        }
        _ => {}
    }
    if form.kind != FormKind::Welcome {
        hints.push(Hint::Action(Action::DiscardDraft));
    }
    hints
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Caseload, Key, KeyChord, Keymap, Owner, handle_key};
    use crate::domain::Role;
    use crate::i18n::Lang;

    fn app() -> App {
        let owner = Owner {
            device: Default::default(),
            demo: false,
            name: "Sanne".into(),
            role: Role::Coach,
            data_dir: "~".into(),
            unsent_changes: 0,
            conflicts: 0,
        };
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        App::new(
            Lang::Nl,
            today,
            owner,
            Keymap::defaults(),
            Caseload::new(Vec::new()),
        )
    }

    #[test]
    fn the_top_layer_has_the_keyboard_and_its_hints_are_shown() {
        let mut app = app();
        assert_eq!(app.keyboard_owner(), Layer::Tab(Tab::Caseload));
        assert_eq!(app.hints().closing.len(), 2, "help and quit");

        handle_key(&mut app, KeyChord::plain(Key::Char('/')));
        assert_eq!(app.keyboard_owner(), Layer::Filter);
        assert_eq!(app.hints().hints, tabs::caseload::filter_hints());
        assert!(
            app.hints().closing.is_empty(),
            "q is a letter in the filter"
        );
        // A letter is typed into the filter, not taken as a command.
        handle_key(&mut app, KeyChord::plain(Key::Char('q')));
        assert!(!app.quit);
        assert_eq!(app.caseload.filter, "q");

        app.popups.push(Popup::Help(crate::app::HelpPage::Keys));
        assert_eq!(app.keyboard_owner(), Layer::Help);
        assert_eq!(app.base_layer(), Layer::Filter);
        assert!(
            !app.pane_has_keyboard(Pane::List),
            "the popup covers the list"
        );
        handle_key(&mut app, KeyChord::plain(Key::Esc));
        assert_eq!(app.keyboard_owner(), Layer::Filter, "Esc closed help only");

        // A question's bar names its answers only.
        app.popups.push(Popup::ConfirmDiscard);
        let hints = app.hints();
        assert_eq!(hints.hints.len(), 2);
        assert!(hints.closing.is_empty());
    }
}
