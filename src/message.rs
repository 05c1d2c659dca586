//! A user-facing message as data: a Fluent id plus named arguments, rendered by `i18n`.
//!
//! The library layers never format user text themselves; they return a [`Msg`] so that the CLI
//! and the TUI can show it in the user's language.

/// A user-facing message: a Fluent message id plus named arguments, rendered by the i18n layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}
