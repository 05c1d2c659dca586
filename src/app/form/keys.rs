//! Keys and actions while a form is open: typing goes into the focused field, the keymap's
//! save/cancel/move actions work on the form, and every change is stored as a draft at once.

use super::{Edit, Input, Submission};
use crate::app::{Action, App, Effect, HelpPage, Key, KeyChord, Popup};
use crate::domain::sensitive::scan_all;
use crate::message::Msg;

/// Routes a key to the open form. Plain characters always type (a coach writing "?" or "q" in a
/// summary must get that character); other keys go through the keymap first.
pub fn form_key(app: &mut App, chord: KeyChord) -> Vec<Effect> {
    if app.form.as_ref().is_some_and(|f| f.picker.is_some()) {
        return picker_key(app, chord);
    }
    if app.form.as_ref().is_some_and(|f| f.sub.is_some()) {
        return agreement_key(app, chord);
    }
    let plain = !chord.ctrl && !chord.alt;
    if let Some(form) = app.form.as_mut()
        && form.privacy.is_some()
        && matches!(chord.key, Key::PageDown | Key::PageUp)
    {
        form.scroll_warning(chord.key == Key::PageDown);
        return Vec::new();
    }
    if plain
        && matches!(chord.key, Key::Enter | Key::Char(_))
        && let Some(form) = app.form.as_mut()
        && form.focused_needs_picker()
    {
        let typed = match chord.key {
            Key::Char(c) if c != ' ' => Some(c),
            _ => None,
        };
        form.open_picker(typed, app.lang);
        return Vec::new();
    }
    if app
        .form
        .as_ref()
        .is_some_and(|f| f.focused().input == Input::Agreements)
        && let Some(effects) = agreements_field_key(app, chord)
    {
        return effects;
    }
    let edit = match chord.key {
        Key::Char(' ') if plain => Some(Edit::Toggle),
        Key::Char(c) if plain => Some(Edit::Insert(c)),
        _ => None,
    };
    if let Some(edit) = edit {
        return apply_edit(app, edit);
    }
    // In a multi-line field Up and Down move between its lines; past the first or the last
    // they move on to the next field, as everywhere else.
    if plain
        && let Key::Up | Key::Down = chord.key
        && let Some(form) = app.form.as_mut()
        && form.line_up_down(chord.key == Key::Down)
    {
        return Vec::new();
    }
    let on_path = app
        .form
        .as_ref()
        .is_some_and(|f| f.focused().input == Input::Path);
    if on_path && chord.key == Key::Tab && plain {
        return vec![Effect::CompletePath];
    }
    if let Some(action) = app.keymap.action_for(chord)
        && is_form_action(action)
    {
        return form_action(app, action);
    }
    if let Some(edit) = text_edit(chord) {
        return apply_edit(app, edit);
    }
    let multiline = app
        .form
        .as_ref()
        .is_some_and(|f| f.focused().input == Input::Multiline);
    match chord.key {
        Key::Enter if multiline => apply_edit(app, Edit::Newline),
        Key::Enter => form_action(app, Action::NextPane),
        _ => match basic_edit(chord) {
            Some(edit) => apply_edit(app, edit),
            None => Vec::new(),
        },
    }
}

/// The keys that edit where the cursor is, with or without modifiers.
fn basic_edit(chord: KeyChord) -> Option<Edit> {
    Some(match chord.key {
        Key::Backspace => Edit::Backspace,
        Key::Delete => Edit::Delete,
        Key::Left => Edit::Left,
        Key::Right => Edit::Right,
        Key::Home => Edit::Home,
        Key::End => Edit::End,
        _ => return None,
    })
}

/// Keys on a session's agreements: Enter (or Space) opens the one pointed at, or a new one
/// past the last; typing starts a new one with what is typed; Up and Down walk them (and move
/// on past either end); Backspace or Delete takes one out. None: the key is the form's.
fn agreements_field_key(app: &mut App, chord: KeyChord) -> Option<Vec<Effect>> {
    let (today, lang) = (app.today, app.lang);
    let form = app.form.as_mut()?;
    if chord.ctrl && chord.key == Key::Char('z') {
        return Some(if form.restore_agreement() {
            vec![Effect::SaveDraft]
        } else {
            Vec::new()
        });
    }
    if chord.ctrl || chord.alt {
        return None;
    }
    match chord.key {
        Key::Enter | Key::Char(' ') => form.open_agreement(today, false),
        Key::Char(c) => {
            form.open_agreement(today, true);
            if let Some(sub) = form.sub.as_mut() {
                sub.edit(Edit::Insert(c), lang);
            }
        }
        Key::Up | Key::Down => {
            return form
                .agreement_up_down(chord.key == Key::Down)
                .then(Vec::new);
        }
        Key::Backspace | Key::Delete => {
            return Some(if form.remove_agreement() {
                vec![Effect::SaveDraft]
            } else {
                Vec::new()
            });
        }
        _ => return None,
    }
    Some(Vec::new())
}

/// Keys while an agreement's small form is open: it is a form like any other, but saving
/// (Ctrl-S, or Enter on its last field) puts the agreement into the session form, and Esc
/// closes it without.
fn agreement_key(app: &mut App, chord: KeyChord) -> Vec<Effect> {
    let lang = app.lang;
    let action = app
        .keymap
        .action_for(chord)
        .filter(|action| is_form_action(*action));
    let plain = !chord.ctrl && !chord.alt;
    let Some(sub) = app.form.as_mut().and_then(|f| f.sub.as_mut()) else {
        return Vec::new();
    };
    let on_last = sub.focus + 1 == sub.fields.len();
    let edit = match chord.key {
        Key::Char(' ') if plain => Some(Edit::Toggle),
        Key::Char(c) if plain => Some(Edit::Insert(c)),
        _ => None,
    };
    if let Some(edit) = edit {
        sub.edit(edit, lang);
        return Vec::new();
    }
    match action {
        Some(Action::Save) => return add_agreement(app),
        Some(Action::Back) => {
            if let Some(form) = app.form.as_mut() {
                form.sub = None;
            }
            app.message = Some(Msg::new("form-agreement-not-added"));
            return Vec::new();
        }
        Some(Action::NextPane | Action::Down) => sub.move_focus(true),
        Some(Action::PrevPane | Action::Up) => sub.move_focus(false),
        Some(Action::Help) => app.popups.push(Popup::Help(HelpPage::Keys)),
        _ if chord.key == Key::Enter && on_last => return add_agreement(app),
        _ if chord.key == Key::Enter => sub.move_focus(true),
        _ => {
            if let Some(edit) = text_edit(chord).or_else(|| basic_edit(chord)) {
                sub.edit(edit, lang);
            }
        }
    }
    Vec::new()
}

/// Keys while a long choice's picker is open: typing searches, the arrows and Page keys point,
/// Enter takes the option pointed at, Esc closes it and keeps what was chosen before.
fn picker_key(app: &mut App, chord: KeyChord) -> Vec<Effect> {
    use super::picker::PickerKey;
    let lang = app.lang;
    let plain = !chord.ctrl && !chord.alt;
    let key = match chord.key {
        Key::Char(c) if plain => PickerKey::Type(c),
        Key::Backspace => PickerKey::Backspace,
        Key::Up => PickerKey::Up,
        Key::Down => PickerKey::Down,
        Key::PageUp => PickerKey::PageUp,
        Key::PageDown => PickerKey::PageDown,
        Key::Enter => PickerKey::Choose,
        Key::Esc => PickerKey::Close,
        _ => return Vec::new(),
    };
    let Some(form) = app.form.as_mut() else {
        return Vec::new();
    };
    if form.picker_key(key, lang) {
        vec![Effect::SaveDraft]
    } else {
        Vec::new()
    }
}

/// Reads the open agreement form into its session form, or shows what is wrong with it.
fn add_agreement(app: &mut App) -> Vec<Effect> {
    let today = app.today;
    let Some(form) = app.form.as_mut() else {
        return Vec::new();
    };
    let Some(sub) = form.sub.as_mut() else {
        return Vec::new();
    };
    match sub.submission(today) {
        Ok(Submission::Agreement(agreement)) => {
            form.add_agreement(&agreement);
            vec![Effect::SaveDraft]
        }
        Ok(_) => Vec::new(),
        Err(errors) => {
            sub.show_errors(&errors);
            app.message = Some(Msg::new("form-has-errors").arg("count", errors.0.len()));
            Vec::new()
        }
    }
}

/// The editing keys people know from other editors, with Ctrl or Alt: word moves, deleting a
/// word or the rest of a line, undo and redo. A key the keymap gives a form action keeps it.
fn text_edit(chord: KeyChord) -> Option<Edit> {
    let (ctrl, alt) = (chord.ctrl, chord.alt);
    Some(match chord.key {
        Key::Left if ctrl || alt => Edit::WordLeft,
        Key::Right if ctrl || alt => Edit::WordRight,
        Key::Char('b') if alt => Edit::WordLeft,
        Key::Char('f') if alt => Edit::WordRight,
        Key::Backspace if ctrl || alt => Edit::DeleteWordBack,
        Key::Char('w') if ctrl => Edit::DeleteWordBack,
        Key::Char('u') if ctrl => Edit::DeleteToLineStart,
        Key::Char('k') if ctrl => Edit::DeleteToLineEnd,
        Key::Char('z') if ctrl => Edit::Undo,
        Key::Char('y') if ctrl => Edit::Redo,
        _ => return None,
    })
}

/// The actions that mean something inside a form.
pub fn is_form_action(action: Action) -> bool {
    matches!(
        action,
        Action::Save
            | Action::Back
            | Action::NextPane
            | Action::PrevPane
            | Action::Up
            | Action::Down
            | Action::DiscardDraft
            | Action::OpenEditor
            | Action::Help
    )
}

/// Pasted text into the open form's focused field (see [`super::Form::paste`]).
pub fn form_paste(app: &mut App, text: &str) -> Vec<Effect> {
    let lang = app.lang;
    let Some(outer) = app.form.as_mut() else {
        return Vec::new();
    };
    if outer.picker.is_some() {
        outer.paste_into_picker(text, lang);
        return Vec::new();
    }
    // Into the agreement being written, when its small form is open.
    let form = match outer.sub.as_deref_mut() {
        Some(sub) => sub,
        None => outer,
    };
    let name = form.focused().name.clone();
    let before = form.focused().value.clone();
    if form.paste(text) {
        form.after_edit(&name, &before);
        vec![Effect::SaveDraft]
    } else {
        Vec::new()
    }
}

fn apply_edit(app: &mut App, edit: Edit) -> Vec<Effect> {
    let lang = app.lang;
    let Some(form) = app.form.as_mut() else {
        return Vec::new();
    };
    let name = form.focused().name.clone();
    let before = form.focused().value.clone();
    if form.edit(edit, lang) {
        form.after_edit(&name, &before);
        vec![Effect::SaveDraft]
    } else {
        Vec::new()
    }
}

pub fn form_action(app: &mut App, action: Action) -> Vec<Effect> {
    let today = app.today;
    let Some(form) = app.form.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::NextPane | Action::Down => form.move_focus(true),
        Action::PrevPane | Action::Up => form.move_focus(false),
        Action::Help => app.popups.push(Popup::Help(HelpPage::Keys)),
        Action::OpenEditor if form.focused().input == super::Input::Multiline => {
            return vec![Effect::OpenEditor];
        }
        Action::Back => {
            // The draft is already stored; closing only hides the form.
            let kept = form.dirty;
            app.form = None;
            if kept {
                app.message = Some(Msg::new("form-draft-kept"));
            }
        }
        // Asked first: a typed report is work, and Ctrl-D is one slip away from Ctrl-S.
        Action::DiscardDraft => app.popups.push(Popup::ConfirmDiscard),
        Action::Save => match form.submission(today) {
            Err(errors) => {
                form.show_errors(&errors);
                app.message = Some(Msg::new("form-has-errors").arg("count", form.error_count()));
            }
            Ok(submission) => {
                if form.privacy.is_none() {
                    let findings = scan_all(form.free_text());
                    if !findings.is_empty() {
                        // Shown once; saving again goes ahead (the coach decides).
                        form.privacy = Some(findings);
                        form.privacy_scroll = 0;
                        app.message = Some(Msg::new("form-privacy-check"));
                        return Vec::new();
                    }
                }
                return vec![Effect::Submit(Box::new(submission))];
            }
        },
        _ => {}
    }
    Vec::new()
}
