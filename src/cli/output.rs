//! Printing: messages in the user's language, aligned tables, JSON, and warnings on stderr.
//!
//! Everything the command line writes goes through here, and leaves with its control
//! characters shown as visible stand-ins (`text::terminal_safe`): text from the database or
//! another device must never reach the terminal as an escape sequence.

use std::io::{self, Write};

use chrono::NaiveDate;
use serde_json::ser::{Formatter, PrettyFormatter};

use crate::domain::clean::is_hidden_control;
use crate::domain::sensitive::SensitiveFinding;
use crate::i18n::Lang;
use crate::message::Msg;
use crate::text::terminal_safe;

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub lang: Lang,
}

impl Output {
    pub fn text(&self, id: &str) -> String {
        self.lang.text(id)
    }

    pub fn render(&self, msg: &Msg) -> String {
        self.lang.render(msg)
    }

    /// A line on stdout.
    pub fn say(&self, msg: &Msg) {
        self.line(&self.render(msg));
    }

    /// A line on stdout under the one before it.
    pub fn say_indented(&self, msg: &Msg) {
        self.line(&format!("  {}", self.render(msg)));
    }

    /// A line of text on stdout.
    pub fn line(&self, text: &str) {
        println!("{}", console_text(text));
    }

    /// Text on stdout that ends its own lines (a table).
    pub fn print(&self, text: &str) {
        print!("{}", console_text(text));
    }

    /// A line on stderr: a failure, or a remark that scripts reading stdout must not get.
    pub fn error_line(&self, text: &str) {
        eprintln!("{}", console_text(text));
    }

    /// A question on stderr, the answer typed after it on the same line.
    pub fn prompt(&self, text: &str) {
        eprint!("{} ", console_text(text));
    }

    /// A warning on stderr: it does not belong in output that scripts read.
    pub fn warn(&self, msg: &Msg) {
        self.error_line(&self.render(&Msg::new("cli-warning").arg("message", self.render(msg))));
    }

    pub fn privacy_warnings(&self, findings: &[SensitiveFinding]) {
        for finding in findings {
            self.warn(&finding.message());
        }
    }

    /// One JSON document on stdout, written through a buffer (stdout alone flushes at every
    /// line: 190,000 writes for a list of 10,000 coachees).
    pub fn json(&self, value: &impl serde::Serialize) -> io::Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        write_json(&mut out, value)?;
        writeln!(out)?;
        out.flush()
    }

    /// A JSON array of `items`, written as they come, so that no list is held whole.
    pub fn json_stream<T: serde::Serialize, E: std::fmt::Display>(
        &self,
        items: impl Iterator<Item = Result<T, E>>,
    ) -> io::Result<()> {
        self.json(&Streamed(std::cell::RefCell::new(Some(items))))
    }

    /// The human label of a vocabulary value, by its label id.
    pub fn label(&self, label_id: &str) -> String {
        self.text(label_id)
    }

    pub fn date(&self, date: Option<NaiveDate>) -> String {
        date.map(crate::domain::dates::format_date)
            .unwrap_or_else(|| "–".to_string())
    }
}

/// Pretty JSON whose strings hold no character a terminal would act on.
/// An iterator serialised as a JSON array, item by item; an item that failed stops the array
/// with that error.
struct Streamed<I>(std::cell::RefCell<Option<I>>);

impl<T, E, I> serde::Serialize for Streamed<I>
where
    T: serde::Serialize,
    E: std::fmt::Display,
    I: Iterator<Item = Result<T, E>>,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let items = self.0.borrow_mut().take().into_iter().flatten();
        let mut seq = serializer.serialize_seq(None)?;
        for item in items {
            seq.serialize_element(&item.map_err(S::Error::custom)?)?;
        }
        seq.end()
    }
}

fn write_json(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    let formatter = TerminalSafeJson(PrettyFormatter::new());
    let mut serializer = serde_json::Serializer::with_formatter(out, formatter);
    serde::Serialize::serialize(value, &mut serializer).map_err(io::Error::from)
}

/// serde_json's pretty printer, also writing DEL, the C1 controls and the bidi controls in
/// strings as `\uXXXX` (serde_json escapes only C0). The document means exactly the same.
struct TerminalSafeJson(PrettyFormatter<'static>);

/// Hands the layout hooks to the pretty printer unchanged.
macro_rules! pretty_layout {
    ($($hook:ident($($arg:ident: $ty:ty),*);)+) => {$(
        fn $hook<W: ?Sized + Write>(&mut self, writer: &mut W $(, $arg: $ty)*) -> io::Result<()> {
            self.0.$hook(writer $(, $arg)*)
        }
    )+};
}

impl Formatter for TerminalSafeJson {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Every character to escape is DEL or beyond ASCII; most text has none of them, and a
        // byte scan finds that out much faster than decoding characters.
        if fragment.bytes().all(|b| b < 0x7f) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if is_hidden_control(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    pretty_layout! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }
}

/// Text as the console shows it: stripped of what could steer the terminal, and in the
/// symbols its font has (`glyphs`).
fn console_text(text: &str) -> String {
    crate::glyphs::chosen()
        .text(&terminal_safe(text))
        .into_owned()
}

/// Aligns rows under headers; the last column is left ragged so long text does not pad.
/// Cells are made terminal-safe first, so that a stand-in cannot push a column out of line.
pub fn table(headers: &[String], rows: &[Vec<String>]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| terminal_safe(cell).into_owned())
                .collect()
        })
        .collect();
    let rows = rows.as_slice();
    let columns = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| crate::text::width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(columns) {
            widths[i] = widths[i].max(crate::text::width(cell));
        }
    }
    let line = |cells: &[String]| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                text.push_str(cell);
            } else {
                text.push_str(cell);
                text.push_str(&" ".repeat(widths[i] - crate::text::width(cell) + 2));
            }
        }
        text.trim_end().to_string()
    };
    let mut out = line(headers);
    out.push('\n');
    for row in rows {
        out.push_str(&line(row));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Printing anywhere else would bypass the stand-ins; `tests/` may print what it likes.
    #[test]
    fn nothing_outside_this_module_prints_to_the_terminal() {
        fn visit(dir: &std::path::Path, offenders: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    visit(&path, offenders);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("cli/output.rs")
                {
                    let source = std::fs::read_to_string(&path).unwrap();
                    for (n, line) in source.lines().enumerate() {
                        let printing = ["print!(", "println!(", "eprint!(", "eprintln!("]
                            .iter()
                            .any(|m| line.contains(m));
                        if printing || line.contains("io::stdout().lock") {
                            offenders.push(format!("{}:{}", path.display(), n + 1));
                        }
                    }
                }
            }
        }
        let mut offenders = Vec::new();
        visit(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut offenders,
        );
        assert!(
            offenders.is_empty(),
            "print through cli::Output: {offenders:?}"
        );
    }

    #[test]
    fn json_says_the_same_without_characters_a_terminal_acts_on() {
        let value = serde_json::json!({
            "summary": "x \x1b]0;PWNED\x07 \u{9b}2J \u{202e}rood\x7f",
            "agreements": [{ "text": "Zoë\tbelt" }],
        });
        let mut written = Vec::new();
        write_json(&mut written, &value).unwrap();
        let text = String::from_utf8(written).unwrap();
        assert!(
            !text.chars().any(|c| is_hidden_control(c) && c != '\n'),
            "{text}"
        );
        assert!(
            text.contains("\\u009b") && text.contains("\\u202e"),
            "{text}"
        );
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        assert_eq!(
            text.lines().count(),
            pretty.lines().count(),
            "laid out as before"
        );
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&text).unwrap(),
            value
        );
    }

    #[test]
    fn table_aligns_columns_by_characters_not_bytes() {
        let text = table(
            &["code".into(), "naam".into()],
            &[
                vec!["K7F3".into(), "Zoë".into()],
                vec!["AB".into(), "Jan".into()],
            ],
        );
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines[0], "code  naam");
        assert_eq!(lines[1], "K7F3  Zoë");
        assert_eq!(lines[2], "AB    Jan");
    }
}
