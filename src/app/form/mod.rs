//! Forms: a column of typed fields edited from the keyboard. Every value is kept as the text the
//! user typed (or the code they chose), so a form can be stored as a draft at any moment and read
//! back into a record by [`read::Reader`] with the domain's own validation.

pub mod acknowledge;
pub mod coachee;
mod dispatch;
pub mod exchange;
pub mod keys;
pub mod kinds;
pub mod read;
pub mod records;
pub mod session;
pub mod welcome;

use crate::domain::codes::Vocabulary;
use crate::domain::dates::DateSense;
use crate::domain::sensitive::SensitiveFinding;
use crate::i18n::Lang;
use crate::message::Msg;
use crate::service::Draft;
use crate::service::drafts::DRAFT_COACHEE;

pub use kinds::{ExportChoice, FormKind, Submission};

/// The value of a toggle that is on (off is empty).
const TICKED: &str = "1";

/// A label: a Fluent id, or a name that is already what the user reads (an employer, a goal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    Id(String),
    Plain(String),
}

impl Label {
    pub fn id(id: impl Into<String>) -> Self {
        Label::Id(id.into())
    }

    pub fn render(&self, lang: Lang) -> String {
        match self {
            Label::Id(id) => lang.text(id),
            Label::Plain(text) => text.clone(),
        }
    }
}

/// One option of a choice: the code stored in the value, and what the user reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub code: String,
    pub label: Label,
}

impl Choice {
    /// Every value of a closed vocabulary, in its own order.
    pub fn all_of<V: Vocabulary>() -> Vec<Choice> {
        V::all().iter().map(|v| Choice::of(*v)).collect()
    }

    pub fn of<V: Vocabulary>(value: V) -> Choice {
        Choice {
            code: value.code().to_string(),
            label: Label::id(value.label_id()),
        }
    }
}

/// How a field is edited and what its text means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Text,
    /// Enter adds a line; `$EDITOR` is available.
    Multiline,
    /// A typed date ("vandaag", "vr", "3-12"); the sense says which way a weekday points.
    Date(DateSense),
    /// A clock time, HH:MM.
    Time,
    Number {
        max: u16,
    },
    /// One of the options; the empty value means none, when the field is optional.
    Choice(Vec<Choice>),
    /// Any of the options, stored as codes joined by commas.
    Multi(Vec<Choice>),
    Toggle,
    /// A file or folder name; Tab completes it from what is on disk.
    Path,
    /// A score from `min` to `max`; empty means not scored.
    Scale {
        min: u8,
        max: u8,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The domain's field name (as in validation errors), or `goal:<id>` for per-goal rows.
    pub name: String,
    pub label: Label,
    pub input: Input,
    pub value: String,
    /// A required field says so in its label; an optional choice can be emptied.
    pub required: bool,
    /// A line under the field explaining it (local-only notes, the format of agreements).
    pub help: Option<Msg>,
    /// Character position in a text, or the highlighted option of a multi-choice.
    pub cursor: usize,
    pub error: Option<Msg>,
}

impl Field {
    pub fn new(name: impl Into<String>, label: Label, input: Input) -> Self {
        Field {
            name: name.into(),
            label,
            input,
            value: String::new(),
            required: false,
            help: None,
            cursor: 0,
            error: None,
        }
    }

    /// The field labelled `field-<name>`, as validation errors name it.
    pub fn named(name: &str, input: Input) -> Self {
        Field::new(name, Label::id(format!("field-{name}")), input)
    }

    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        // Text is typed at its end; a list of options is walked from its first one.
        self.cursor = match self.input {
            Input::Multi(_) => 0,
            _ => self.value.chars().count(),
        };
        self
    }

    /// A toggle's value: on or off.
    pub fn ticked(self, on: bool) -> Self {
        self.value(if on { TICKED } else { "" })
    }

    /// A multi-choice value: the codes of these vocabulary values.
    pub fn chosen_from<V: Vocabulary>(self, values: &[V]) -> Self {
        let codes: Vec<&str> = values.iter().map(|v| v.code()).collect();
        self.value(codes.join(","))
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub fn help(mut self, help: Msg) -> Self {
        self.help = Some(help);
        self
    }

    pub fn is_text(&self) -> bool {
        matches!(
            self.input,
            Input::Text
                | Input::Path
                | Input::Multiline
                | Input::Date(_)
                | Input::Time
                | Input::Number { .. }
        )
    }

    /// The options of a choice field, for drawing.
    pub fn options(&self) -> &[Choice] {
        match &self.input {
            Input::Choice(options) | Input::Multi(options) => options,
            _ => &[],
        }
    }

    pub fn chosen(&self) -> Vec<&str> {
        self.value.split(',').filter(|c| !c.is_empty()).collect()
    }
}

/// An edit the keyboard asks of the focused field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    Newline,
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    /// Space on a choice, toggle or multi-choice.
    Toggle,
}

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
}

impl Form {
    pub fn new(kind: FormKind, fields: Vec<Field>) -> Self {
        Form {
            kind,
            context: None,
            fields,
            focus: 0,
            privacy: None,
            dirty: false,
            selected: false,
        }
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

    /// Applies an edit to the focused field; true when its value changed.
    pub fn edit(&mut self, edit: Edit, lang: Lang) -> bool {
        let field = &mut self.fields[self.focus];
        let before = field.value.clone();
        // A selected value is replaced by what is typed (or removed by a delete key); a
        // cursor key only lets go of the selection.
        if std::mem::take(&mut self.selected)
            && matches!(
                edit,
                Edit::Insert(_) | Edit::Toggle | Edit::Backspace | Edit::Delete
            )
        {
            field.value.clear();
            field.cursor = 0;
            if matches!(edit, Edit::Backspace | Edit::Delete) {
                self.mark_changed();
                return true;
            }
        }
        match field.input.clone() {
            Input::Text | Input::Path | Input::Date(_) | Input::Time => {
                edit_text(field, edit, false, |_| true)
            }
            Input::Multiline => edit_text(field, edit, true, |_| true),
            Input::Number { .. } => edit_text(field, edit, false, |c| c.is_ascii_digit()),
            Input::Choice(options) => edit_choice(field, &options, edit, lang),
            Input::Multi(options) => edit_multi(field, &options, edit),
            Input::Toggle => {
                if matches!(edit, Edit::Toggle | Edit::Left | Edit::Right) {
                    field.value = if field.value.is_empty() { TICKED } else { "" }.into();
                }
            }
            Input::Scale { min, max } => edit_scale(field, min, max, edit),
        }
        let changed = field.value != before;
        if changed {
            self.mark_changed();
        }
        changed
    }

    /// Inserts pasted text at the cursor of the focused field, whole: a multi-line field keeps
    /// its line breaks, a one-line field gets spaces for them, a number field keeps its digits.
    /// A choice, a tick box or a scale takes no paste (pasted text must never toggle or pick
    /// anything, nor move the focus). True when the value changed.
    pub fn paste(&mut self, text: &str) -> bool {
        let replace = std::mem::take(&mut self.selected);
        let field = &mut self.fields[self.focus];
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let pasted: String = match field.input {
            Input::Multiline => text.replace('\t', " "),
            Input::Text | Input::Path | Input::Date(_) | Input::Time => text
                .trim_end_matches('\n')
                .chars()
                .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
                .collect(),
            Input::Number { .. } => text.chars().filter(char::is_ascii_digit).collect(),
            Input::Choice(_) | Input::Multi(_) | Input::Toggle | Input::Scale { .. } => {
                return false;
            }
        };
        if pasted.is_empty() {
            return false;
        }
        if replace {
            field.value.clear();
            field.cursor = 0;
        }
        let len = field.value.chars().count();
        field.cursor = field.cursor.min(len);
        let at = byte_index(&field.value, field.cursor);
        field.value.insert_str(at, &pasted);
        field.cursor += pasted.chars().count();
        self.mark_changed();
        true
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

    fn mark_changed(&mut self) {
        self.fields[self.focus].error = None;
        self.dirty = true;
        // A changed text must be looked at again before a privacy warning is waved through.
        self.privacy = None;
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

/// Fields of one line of text, where a pre-filled value is selected on arrival.
fn is_one_line(input: &Input) -> bool {
    matches!(
        input,
        Input::Text | Input::Path | Input::Date(_) | Input::Time | Input::Number { .. }
    )
}

fn byte_index(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

fn edit_text(field: &mut Field, edit: Edit, multiline: bool, accepts: impl Fn(char) -> bool) {
    let len = field.value.chars().count();
    field.cursor = field.cursor.min(len);
    match edit {
        Edit::Insert(c) if accepts(c) => {
            let at = byte_index(&field.value, field.cursor);
            field.value.insert(at, c);
            field.cursor += 1;
        }
        Edit::Newline if multiline => {
            let at = byte_index(&field.value, field.cursor);
            field.value.insert(at, '\n');
            field.cursor += 1;
        }
        Edit::Toggle => {
            let at = byte_index(&field.value, field.cursor);
            field.value.insert(at, ' ');
            field.cursor += 1;
        }
        Edit::Backspace if field.cursor > 0 => {
            let at = byte_index(&field.value, field.cursor - 1);
            field.value.remove(at);
            field.cursor -= 1;
        }
        Edit::Delete if field.cursor < len => {
            let at = byte_index(&field.value, field.cursor);
            field.value.remove(at);
        }
        Edit::Left => field.cursor = field.cursor.saturating_sub(1),
        Edit::Right => field.cursor = (field.cursor + 1).min(len),
        Edit::Home => field.cursor = 0,
        Edit::End => field.cursor = len,
        _ => {}
    }
}

/// Left/Right and Space step through the options; typing jumps to the first option whose label
/// starts with what was typed, so a long list (employers) is quick to reach.
fn edit_choice(field: &mut Field, options: &[Choice], edit: Edit, lang: Lang) {
    let mut codes: Vec<&str> = Vec::new();
    if !field.required {
        codes.push("");
    }
    codes.extend(options.iter().map(|o| o.code.as_str()));
    if codes.is_empty() {
        return;
    }
    let current = codes.iter().position(|c| *c == field.value).unwrap_or(0);
    let step = |delta: isize| {
        let len = codes.len() as isize;
        codes[((current as isize + delta).rem_euclid(len)) as usize].to_string()
    };
    match edit {
        Edit::Right | Edit::Toggle => field.value = step(1),
        Edit::Left => field.value = step(-1),
        Edit::Home => field.value = codes[0].to_string(),
        Edit::End => field.value = codes[codes.len() - 1].to_string(),
        Edit::Backspace | Edit::Delete if !field.required => field.value.clear(),
        Edit::Insert(c) => {
            let typed = c.to_lowercase().to_string();
            // Start after the current option, so pressing the same letter again moves on.
            let found = (1..=options.len())
                .map(|i| {
                    let start = options
                        .iter()
                        .position(|o| o.code == field.value)
                        .map_or(0, |p| p + 1);
                    &options[(start + i - 1) % options.len()]
                })
                .find(|o| o.label.render(lang).to_lowercase().starts_with(&typed));
            if let Some(option) = found {
                field.value = option.code.clone();
            }
        }
        _ => {}
    }
}

fn edit_multi(field: &mut Field, options: &[Choice], edit: Edit) {
    if options.is_empty() {
        return;
    }
    field.cursor = field.cursor.min(options.len() - 1);
    match edit {
        Edit::Left => field.cursor = field.cursor.saturating_sub(1),
        Edit::Right => field.cursor = (field.cursor + 1).min(options.len() - 1),
        Edit::Home => field.cursor = 0,
        Edit::End => field.cursor = options.len() - 1,
        Edit::Toggle => {
            let code = options[field.cursor].code.as_str();
            let mut chosen: Vec<&str> = field.chosen();
            if let Some(at) = chosen.iter().position(|c| *c == code) {
                chosen.remove(at);
            } else {
                chosen.push(code);
            }
            // Keep the vocabulary's order, whatever order they were ticked in.
            let ordered: Vec<&str> = options
                .iter()
                .map(|o| o.code.as_str())
                .filter(|c| chosen.contains(c))
                .collect();
            field.value = ordered.join(",");
        }
        _ => {}
    }
}

fn edit_scale(field: &mut Field, min: u8, max: u8, edit: Edit) {
    let current: Option<u8> = field.value.parse().ok();
    let next = match edit {
        Edit::Insert(c) => c
            .to_digit(10)
            .map(|d| d as u8)
            .filter(|d| (min..=max).contains(d))
            .or(current),
        Edit::Right | Edit::Toggle => Some(current.map_or(min, |v| (v + 1).min(max))),
        Edit::Left => current.and_then(|v| (v > min).then(|| v - 1)),
        Edit::Backspace | Edit::Delete => None,
        _ => current,
    };
    field.value = next.map(|v| v.to_string()).unwrap_or_default();
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
