//! A form's fields: what each one holds (always the text the user typed, or the code they
//! chose), how it is edited, and the edits the keyboard asks of it.

use crate::domain::codes::Vocabulary;
use crate::domain::dates::DateSense;
use crate::i18n::Lang;
use crate::message::Msg;

/// The value of a toggle that is on (off is empty).
pub(super) const TICKED: &str = "1";

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

/// The clickable parts of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldPart {
    /// One of several options (a tick box of many, a score's dot, a lone tick box as 0).
    Option(usize),
    /// A choice's ‹ and ›.
    Previous,
    Next,
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
    /// A session's agreements, one line each (see `agreements.rs`), added and changed in a
    /// small form of their own; the cursor is the agreement pointed at.
    Agreements,
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
            // Pointing past the last agreement: Enter adds one.
            Input::Agreements => self.value.lines().filter(|l| !l.trim().is_empty()).count(),
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

    /// Required and still empty: where a form opens. A choice whose empty value is an option
    /// of its own ("nieuwe stage of baan") has an answer already.
    pub fn waits_for_input(&self) -> bool {
        let chosen = match &self.input {
            Input::Choice(options) => options.iter().any(|o| o.code == self.value),
            _ => false,
        };
        self.required && self.value.trim().is_empty() && !chosen
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
    /// To the start or end of the line (of the text's line, in a multi-line field).
    Home,
    End,
    /// Space: a space in a text, a step on a choice, a tick on a toggle or multi-choice.
    Toggle,
    WordLeft,
    WordRight,
    /// Ctrl-W: the word before the cursor.
    DeleteWordBack,
    /// Ctrl-U: the line up to the cursor.
    DeleteToLineStart,
    /// Ctrl-K: the line from the cursor on.
    DeleteToLineEnd,
    Undo,
    Redo,
}

/// Fields of one line of text, where a pre-filled value is selected on arrival.
pub(super) fn is_one_line(input: &Input) -> bool {
    matches!(
        input,
        Input::Text | Input::Path | Input::Date(_) | Input::Time | Input::Number { .. }
    )
}
