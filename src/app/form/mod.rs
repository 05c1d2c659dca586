//! Forms: a column of typed fields edited from the keyboard. Every value is kept as the text the
//! user typed (or the code they chose), so a form can be stored as a draft at any moment and read
//! back into a record by [`read::Reader`] with the domain's own validation.

pub mod acknowledge;
pub mod agreements;
pub mod coachee;
mod dispatch;
mod editor;
pub mod exchange;
mod field;
pub mod keys;
pub mod kinds;
mod options;
pub mod picker;
pub mod read;
pub mod records;
pub mod session;
pub mod welcome;

use crate::domain::sensitive::SensitiveFinding;
use crate::i18n::Lang;
use crate::message::Msg;
use crate::service::Draft;
use crate::service::drafts::DRAFT_COACHEE;

pub use editor::Editor;
pub use field::{Choice, Edit, Field, FieldPart, Input, Label};
use field::{TICKED, is_one_line};
pub use kinds::{ExportChoice, FormKind, Submission};
use options::{edit_choice, edit_multi, edit_scale};

#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub kind: FormKind,
    /// What the form is about, under its title ("stage bij Bakkerij De Korenaar · …").
    pub context: Option<Msg>,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Privacy findings the user has been shown; a second save goes ahead despite them.
    pub privacy: Option<Vec<SensitiveFinding>>,
    /// Whether anything was typed since the form opened (or its draft was restored).
    pub dirty: bool,
    /// The focused one-line field's pre-filled value is selected: typing replaces it, a
    /// cursor key keeps it. Set when the focus arrives on a filled one-line field.
    pub selected: bool,
    /// The focused text field's editor; made again whenever it no longer matches the focus
    /// or the value (see [`Form::editor_view`]).
    editor: Option<Editor>,
    /// The small form of the agreement being added or changed, over this one.
    pub sub: Option<Box<Form>>,
    /// How far the privacy warning is scrolled (PageDown, PageUp, the wheel over it).
    pub privacy_scroll: usize,
    /// The agreement Backspace took out last, and where it was, for Ctrl-Z to put back.
    pub removed_agreement: Option<(usize, String)>,
    /// The search over a long choice's options, over the form while it is open.
    pub picker: Option<picker::Picker>,
}

impl Form {
    /// A form focused where the work is: on its first required field that is still empty
    /// (for a stage visit pre-filled from the placement, the report), else on its first.
    pub fn new(kind: FormKind, fields: Vec<Field>) -> Self {
        let focus = fields.iter().position(Field::waits_for_input).unwrap_or(0);
        let mut form = Form {
            kind,
            context: None,
            fields,
            focus: 0,
            privacy: None,
            dirty: false,
            selected: false,
            editor: None,
            sub: None,
            picker: None,
            removed_agreement: None,
            privacy_scroll: 0,
        };
        if !form.fields.is_empty() {
            form.focus_on(focus);
        }
        form
    }

    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    pub fn field_mut(&mut self, name: &str) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.name == name)
    }

    pub fn text(&self, name: &str) -> &str {
        self.field(name).map_or("", |f| f.value.as_str())
    }

    pub fn focused(&self) -> &Field {
        &self.fields[self.focus]
    }

    pub fn move_focus(&mut self, forward: bool) {
        let len = self.fields.len();
        self.focus = if forward {
            (self.focus + 1) % len
        } else {
            (self.focus + len - 1) % len
        };
        self.select_if_prefilled();
    }

    /// Moves the focus to field `at`, selecting a pre-filled one-line value.
    pub fn focus_on(&mut self, at: usize) {
        self.focus = at.min(self.fields.len().saturating_sub(1));
        self.select_if_prefilled();
    }

    fn select_if_prefilled(&mut self) {
        let field = &mut self.fields[self.focus];
        self.selected = is_one_line(&field.input) && !field.value.is_empty();
        if self.selected {
            field.cursor = field.value.chars().count();
        }
    }

    /// The editor of the focused text field, made from the field when the stored one is of
    /// another field or text (the focus moved, a draft was restored, the type changed the
    /// length): every path that changes a value or the focus can stay as simple as that.
    fn editor_mut(&mut self) -> Option<&mut Editor> {
        let field = &self.fields[self.focus];
        if !field.is_text() {
            self.editor = None;
            return None;
        }
        let stale = self
            .editor
            .as_ref()
            .is_none_or(|e| e.field() != self.focus || e.text() != field.value);
        if stale {
            self.editor = Some(editor_for(self.focus, field));
        }
        self.editor.as_mut()
    }

    /// The editor to draw for the focused field, if it takes text.
    pub fn editor_view(&self) -> Option<std::borrow::Cow<'_, Editor>> {
        let field = &self.fields[self.focus];
        if !field.is_text() {
            return None;
        }
        Some(match &self.editor {
            Some(e) if e.field() == self.focus && e.text() == field.value => {
                std::borrow::Cow::Borrowed(e)
            }
            _ => std::borrow::Cow::Owned(editor_for(self.focus, field)),
        })
    }

    /// Runs `change` on the focused field's editor and writes the result back into the field;
    /// true when the value changed.
    fn through_editor(&mut self, change: impl FnOnce(&mut Editor) -> bool) -> bool {
        let Some(editor) = self.editor_mut() else {
            return false;
        };
        change(editor);
        let (text, cursor) = (editor.text(), editor.cursor());
        let field = &mut self.fields[self.focus];
        field.cursor = cursor;
        if field.value == text {
            return false;
        }
        field.value = text;
        self.mark_changed();
        true
    }

    /// Scrolls the privacy warning three lines. How far it can go depends on the screen's
    /// width: the loop keeps it within that after every key (`ui::warning_scroll_limit`).
    pub fn scroll_warning(&mut self, down: bool) {
        self.privacy_scroll = if down {
            self.privacy_scroll + 3
        } else {
            self.privacy_scroll.saturating_sub(3)
        };
    }

    /// A click on a part of the focused field: a choice's arrows step it, a tick box flips,
    /// a score's dot sets that score. True when the value changed.
    pub fn click(&mut self, part: FieldPart, lang: Lang) -> bool {
        let field = &mut self.fields[self.focus];
        match (part, &field.input) {
            (FieldPart::Previous, _) => self.edit(Edit::Left, lang),
            (FieldPart::Next, _) => self.edit(Edit::Right, lang),
            (FieldPart::Option(i), Input::Multi(options)) if i < options.len() => {
                field.cursor = i;
                self.edit(Edit::Toggle, lang)
            }
            (FieldPart::Option(_), Input::Toggle) => self.edit(Edit::Toggle, lang),
            // A click on an agreement points at it (past the last: the new one).
            (FieldPart::Option(i), Input::Agreements) => {
                field.cursor = i;
                false
            }
            (FieldPart::Option(i), Input::Scale { min, max }) => {
                let score = (*min).max(1) as usize + i;
                if score > usize::from(*max) || field.value == score.to_string() {
                    return false;
                }
                field.value = score.to_string();
                self.mark_changed();
                true
            }
            _ => false,
        }
    }

    /// Applies an edit to the focused field; true when its value changed.
    pub fn edit(&mut self, edit: Edit, lang: Lang) -> bool {
        let destructive = matches!(
            edit,
            Edit::Insert(_)
                | Edit::Toggle
                | Edit::Backspace
                | Edit::Delete
                | Edit::DeleteWordBack
                | Edit::DeleteToLineStart
                | Edit::DeleteToLineEnd
        );
        // A selected value is replaced by what is typed (or removed by a delete key), in a way
        // undo can take back; a cursor key only lets go of the selection.
        let replace = std::mem::take(&mut self.selected) && destructive;
        let field = &mut self.fields[self.focus];
        let before = field.value.clone();
        match field.input.clone() {
            Input::Text | Input::Path | Input::Date(_) | Input::Time | Input::Multiline => {
                let multiline = field.input == Input::Multiline;
                return self.through_editor(|e| {
                    if replace {
                        e.clear();
                        if matches!(edit, Edit::Backspace | Edit::Delete) {
                            return true;
                        }
                    }
                    // A line break has no place in a one-line field.
                    (edit != Edit::Newline || multiline) && e.apply(edit, |_| true)
                });
            }
            Input::Number { .. } => {
                return self.through_editor(|e| {
                    if replace {
                        e.clear();
                    }
                    e.apply(edit, |c| c.is_ascii_digit())
                });
            }
            Input::Choice(options) => edit_choice(field, &options, edit, lang),
            Input::Multi(options) => edit_multi(field, &options, edit),
            Input::Toggle => {
                if matches!(edit, Edit::Toggle | Edit::Left | Edit::Right) {
                    field.value = if field.value.is_empty() { TICKED } else { "" }.into();
                }
            }
            Input::Scale { min, max } => edit_scale(field, min, max, edit),
            // Changed through its small form and `Form::remove_agreement` (agreements.rs).
            Input::Agreements => {}
        }
        let changed = field.value != before;
        if changed {
            self.mark_changed();
        }
        changed
    }

    /// Up or Down inside a multi-line field: true when the cursor moved a line, false when
    /// it was on the first or last line already (or the field is not multi-line), so the
    /// focus moves on instead.
    pub fn line_up_down(&mut self, down: bool) -> bool {
        if self.focused().input != Input::Multiline {
            return false;
        }
        let mut moved = false;
        self.through_editor(|e| {
            moved = e.line_up_down(down);
            false
        });
        moved
    }

    /// Inserts pasted text at the cursor of the focused field, whole: a multi-line field keeps
    /// its line breaks, a one-line field gets spaces for them, a number field keeps its digits.
    /// A choice, a tick box or a scale takes no paste (pasted text must never toggle or pick
    /// anything, nor move the focus). True when the value changed.
    pub fn paste(&mut self, text: &str) -> bool {
        let field = &self.fields[self.focus];
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let pasted: String = match field.input {
            Input::Multiline => text.replace('\t', " "),
            Input::Text | Input::Path | Input::Date(_) | Input::Time => text
                .trim_end_matches('\n')
                .chars()
                .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
                .collect(),
            Input::Number { .. } => text.chars().filter(char::is_ascii_digit).collect(),
            Input::Choice(_)
            | Input::Multi(_)
            | Input::Toggle
            | Input::Scale { .. }
            | Input::Agreements => {
                return false;
            }
        };
        if pasted.is_empty() {
            return false;
        }
        let replace = std::mem::take(&mut self.selected);
        self.through_editor(|e| {
            if replace {
                e.clear();
            }
            e.insert(&pasted)
        })
    }

    /// Replaces the focused field's whole value (text written in `$EDITOR`); true when it
    /// changed, with the same consequences as typing.
    pub fn replace_focused(&mut self, value: String) -> bool {
        let field = &mut self.fields[self.focus];
        if field.value == value {
            return false;
        }
        *field = field.clone().value(value);
        self.mark_changed();
        true
    }

    pub(super) fn mark_changed(&mut self) {
        self.fields[self.focus].error = None;
        self.dirty = true;
        // A changed text must be looked at again before a privacy warning is waved through.
        self.privacy = None;
        self.privacy_scroll = 0;
    }

    /// Shows the domain's validation errors on their fields and focuses the first.
    pub fn show_errors(&mut self, errors: &crate::domain::ValidationErrors) {
        for field in &mut self.fields {
            field.error = None;
        }
        for error in &errors.0 {
            let target = self.fields.iter_mut().find(|f| {
                f.name == error.field || f.name.starts_with(&format!("{}:", error.field))
            });
            if let Some(field) = target
                && field.error.is_none()
            {
                field.error = Some(error.problem.clone());
            }
        }
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = first;
            // A wrong value is fixed, not retyped: no selection.
            self.selected = false;
        }
    }

    pub fn error_count(&self) -> usize {
        self.fields.iter().filter(|f| f.error.is_some()).count()
    }

    pub fn to_draft(&self, now: chrono::DateTime<chrono::Utc>) -> Draft {
        let mut values: Vec<(String, String)> = self
            .fields
            .iter()
            .map(|f| (f.name.clone(), f.value.clone()))
            .collect();
        // Not a field (restoring skips it): whose caseload row shows that a draft waits.
        if let Some(coachee) = self.kind.coachee() {
            values.push((DRAFT_COACHEE.to_string(), coachee.to_string()));
        }
        Draft {
            values,
            saved_at: now,
        }
    }

    /// Puts a draft's values back into the fields that still exist.
    pub fn restore(&mut self, draft: &Draft) {
        for (name, value) in &draft.values {
            if let Some(field) = self.field_mut(name) {
                field.value = value.clone();
                field.cursor = value.chars().count();
            }
        }
        self.dirty = false;
    }
}

/// A new editor for field `index`.
fn editor_for(index: usize, field: &Field) -> Editor {
    Editor::new(
        index,
        &field.value,
        field.cursor,
        field.input == Input::Multiline,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::SessionType;

    fn form(field: Field) -> Form {
        Form::new(
            FormKind::NewSession(crate::domain::EntityId::new()),
            vec![field],
        )
    }

    #[test]
    fn text_edits_at_the_cursor_and_counts_characters_not_bytes() {
        let mut f = form(Field::named("summary", Input::Multiline).value("één"));
        f.edit(Edit::Left, Lang::Nl);
        f.edit(Edit::Insert('x'), Lang::Nl);
        f.edit(Edit::End, Lang::Nl);
        f.edit(Edit::Newline, Lang::Nl);
        f.edit(Edit::Backspace, Lang::Nl);
        f.edit(Edit::Backspace, Lang::Nl);
        assert_eq!(f.text("summary"), "ééx");
        assert!(f.dirty);
    }

    #[test]
    fn text_from_the_editor_counts_as_typing() {
        let mut f = form(Field::named("summary", Input::Multiline).value("kort"));
        f.fields[0].error = Some(Msg::new("invalid-required"));
        assert!(
            !f.replace_focused("kort".into()),
            "the same text is no change"
        );
        assert!(f.replace_focused("Langer verslag\nmet twee regels".into()));
        let field = f.focused();
        assert_eq!(field.cursor, 30);
        assert!(field.error.is_none());
        assert!(f.dirty);
    }

    #[test]
    fn numbers_take_digits_only() {
        let mut f = form(Field::named("minutes", Input::Number { max: 600 }));
        for c in "4a5".chars() {
            f.edit(Edit::Insert(c), Lang::Nl);
        }
        assert_eq!(f.text("minutes"), "45");
    }

    #[test]
    fn a_choice_steps_wraps_and_jumps_by_first_letter() {
        let options = Choice::all_of::<SessionType>();
        let mut f = form(
            Field::named("session_type", Input::Choice(options))
                .value("intake")
                .required(),
        );
        f.edit(Edit::Left, Lang::Nl);
        assert_eq!(f.text("session_type"), "overig");
        f.edit(Edit::Right, Lang::Nl);
        assert_eq!(f.text("session_type"), "intake");
        f.edit(Edit::Insert('s'), Lang::Nl);
        assert_eq!(f.text("session_type"), "stagebezoek");
    }

    #[test]
    fn a_multi_choice_toggles_in_vocabulary_order() {
        let options = Choice::all_of::<crate::domain::Signal>();
        let mut f = form(Field::named("signals", Input::Multi(options)));
        f.edit(Edit::Right, Lang::Nl);
        f.edit(Edit::Toggle, Lang::Nl);
        f.edit(Edit::Home, Lang::Nl);
        f.edit(Edit::Toggle, Lang::Nl);
        assert_eq!(f.text("signals"), "verzuim,motivatie");
        f.edit(Edit::Toggle, Lang::Nl);
        assert_eq!(f.text("signals"), "motivatie");
    }

    #[test]
    fn a_scale_accepts_only_digits_in_range() {
        let mut f = form(Field::named("wellbeing", Input::Scale { min: 1, max: 5 }));
        f.edit(Edit::Insert('7'), Lang::Nl);
        assert_eq!(f.text("wellbeing"), "");
        f.edit(Edit::Insert('4'), Lang::Nl);
        f.edit(Edit::Right, Lang::Nl);
        f.edit(Edit::Right, Lang::Nl);
        assert_eq!(f.text("wellbeing"), "5");
        f.edit(Edit::Delete, Lang::Nl);
        assert_eq!(f.text("wellbeing"), "");
    }

    #[test]
    fn a_draft_round_trips_and_ignores_fields_that_are_gone() {
        let mut f = form(Field::named("summary", Input::Multiline));
        f.edit(Edit::Insert('a'), Lang::Nl);
        let mut draft = f.to_draft(chrono::Utc::now());
        draft.values.push(("vanished".into(), "x".into()));
        let mut fresh = form(Field::named("summary", Input::Multiline));
        fresh.restore(&draft);
        assert_eq!(fresh.text("summary"), "a");
        assert_eq!(fresh.focused().cursor, 1);
    }
}
