//! The editor of the focused text field, on `ratatui-textarea`: soft word wrap, Up/Down and
//! Home/End per line, word moves, Ctrl-U/Ctrl-W/Ctrl-K and undo/redo, in one-line and
//! multi-line fields alike (one editing model for every text a coach types, rather than
//! `tui-input` beside it for one line: the same keys do the same thing everywhere, and a
//! selection that typing replaces comes with it).
//!
//! The field's `value` stays the truth for drafts and validation: the editor is made from it
//! when the focus arrives and writes back after every edit, so a draft is exactly what is on
//! the screen.

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::field::Edit;

#[derive(Debug, Clone)]
pub struct Editor {
    area: TextArea<'static>,
    /// The field it edits, by its place in the form.
    field: usize,
}

/// Two editors are the same when they edit the same field to the same text, cursor and all
/// (the undo history and the scroll position are the editor's business).
impl PartialEq for Editor {
    fn eq(&self, other: &Self) -> bool {
        self.field == other.field
            && self.area.lines() == other.area.lines()
            && self.area.cursor() == other.area.cursor()
    }
}

impl Editor {
    /// An editor for field `field` holding `value`, the cursor at character `cursor`.
    pub fn new(field: usize, value: &str, cursor: usize, multiline: bool) -> Editor {
        let lines: Vec<String> = value.split('\n').map(str::to_string).collect();
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(if multiline {
            WrapMode::WordOrGlyph
        } else {
            WrapMode::None
        });
        // The terminal's own cursor marks the place, as in every other field.
        area.set_cursor_style(Style::default());
        area.set_cursor_line_style(Style::default());
        let (row, col) = row_and_column(value, cursor);
        area.move_cursor(CursorMove::Jump(
            u16::try_from(row).unwrap_or(u16::MAX),
            u16::try_from(col).unwrap_or(u16::MAX),
        ));
        Editor { area, field }
    }

    pub fn field(&self) -> usize {
        self.field
    }

    /// The text, lines joined by newlines: what the field's value is.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// The cursor as a character position in [`Editor::text`].
    pub fn cursor(&self) -> usize {
        let ratatui_textarea::DataCursor(row, col) = self.area.cursor();
        let before: usize = self.area.lines()[..row]
            .iter()
            .map(|line| line.chars().count() + 1)
            .sum();
        before + col
    }

    /// Carries out an edit; true when the text changed. `accepts` says which characters a
    /// field takes (digits only in a number).
    pub fn apply(&mut self, edit: Edit, accepts: impl Fn(char) -> bool) -> bool {
        let a = &mut self.area;
        match edit {
            Edit::Insert(c) if accepts(c) => {
                a.insert_char(c);
                true
            }
            Edit::Insert(_) => false,
            Edit::Toggle => {
                a.insert_char(' ');
                true
            }
            Edit::Newline => {
                a.insert_newline();
                true
            }
            Edit::Backspace => a.delete_char(),
            Edit::Delete => a.delete_next_char(),
            Edit::DeleteWordBack => a.delete_word(),
            Edit::DeleteToLineStart => a.delete_line_by_head(),
            Edit::DeleteToLineEnd => a.delete_line_by_end(),
            Edit::Undo => a.undo(),
            Edit::Redo => a.redo(),
            Edit::Left => moved(a, CursorMove::Back),
            Edit::Right => moved(a, CursorMove::Forward),
            Edit::Home => moved(a, CursorMove::Head),
            Edit::End => moved(a, CursorMove::End),
            Edit::WordLeft => moved(a, CursorMove::WordBack),
            Edit::WordRight => moved(a, CursorMove::WordEnd),
        }
    }

    /// One line up or down (a line on the screen: a wrapped line counts). False when the
    /// cursor is on the first or last line already, so the caller moves on to another field.
    pub fn line_up_down(&mut self, down: bool) -> bool {
        let before = self.area.screen_cursor();
        self.area.move_cursor(if down {
            CursorMove::Down
        } else {
            CursorMove::Up
        });
        let after = self.area.screen_cursor();
        (after.row, after.col) != (before.row, before.col)
    }

    /// Empties the text as one edit, so undo brings it back.
    pub fn clear(&mut self) {
        self.area.select_all();
        self.area.delete_char();
    }

    /// Inserts pasted text at the cursor, line breaks and all.
    pub fn insert(&mut self, text: &str) -> bool {
        self.area.insert_str(text)
    }

    /// Draws the text into `area` in `style` (the theme's), scrolled so the cursor shows.
    pub fn render(
        &self,
        area: ratatui::layout::Rect,
        buf: &mut ratatui::buffer::Buffer,
        style: Style,
    ) {
        use ratatui::widgets::Widget;
        (&self.area).render(area, buf);
        buf.set_style(area, style);
    }

    /// Where the cursor is within the area the editor was last drawn in: (row, column).
    pub fn screen_position(&self) -> (u16, u16) {
        let cursor = self.area.screen_cursor();
        let (top, left) = self.area.scroll_offset();
        let row = cursor.row.saturating_sub(usize::from(top));
        let column = cursor.col.saturating_sub(usize::from(left));
        (
            u16::try_from(row).unwrap_or(u16::MAX),
            u16::try_from(column).unwrap_or(u16::MAX),
        )
    }
}

fn moved(area: &mut TextArea<'static>, m: CursorMove) -> bool {
    area.move_cursor(m);
    false
}

/// Line and column (in characters) of character position `cursor` in `text`.
fn row_and_column(text: &str, cursor: usize) -> (usize, usize) {
    let before: String = text.chars().take(cursor).collect();
    let row = before.matches('\n').count();
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (row, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn any(_: char) -> bool {
        true
    }

    #[test]
    fn keys_edit_per_line_and_per_word() {
        let mut e = Editor::new(0, "eerste regel\ntweede regel", 5, true);
        assert_eq!(e.cursor(), 5);
        e.apply(Edit::End, any);
        assert_eq!(e.cursor(), 12, "End stays on the first line");
        e.apply(Edit::DeleteWordBack, any);
        assert_eq!(e.text(), "eerste \ntweede regel");
        assert!(e.line_up_down(true));
        e.apply(Edit::Home, any);
        e.apply(Edit::WordRight, any);
        e.apply(Edit::DeleteToLineEnd, any);
        assert_eq!(e.text(), "eerste \ntweed");
        e.apply(Edit::DeleteToLineStart, any);
        assert_eq!(e.text(), "eerste \n");
        assert!(!e.line_up_down(true), "on the last line already");
        e.apply(Edit::Undo, any);
        assert_eq!(e.text(), "eerste \ntweed");
        e.apply(Edit::Redo, any);
        assert_eq!(e.text(), "eerste \n");
    }

    #[test]
    fn a_number_takes_digits_only_and_the_cursor_counts_characters() {
        let mut e = Editor::new(0, "één", 3, false);
        e.apply(Edit::Insert('7'), |c| c.is_ascii_digit());
        e.apply(Edit::Insert('x'), |c| c.is_ascii_digit());
        assert_eq!(e.text(), "één7");
        assert_eq!(e.cursor(), 4);
    }
}
