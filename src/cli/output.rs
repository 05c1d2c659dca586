//! Printing: messages in the user's language, aligned tables, JSON, and warnings on stderr.

use std::io::Write;

use chrono::NaiveDate;

use crate::domain::sensitive::SensitiveFinding;
use crate::i18n::Lang;
use crate::message::Msg;

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
        println!("{}", self.render(msg));
    }

    /// A line on stdout under the one before it.
    pub fn say_indented(&self, msg: &Msg) {
        println!("  {}", self.render(msg));
    }

    /// A warning on stderr: it does not belong in output that scripts read.
    pub fn warn(&self, msg: &Msg) {
        eprintln!(
            "{}",
            self.render(&Msg::new("cli-warning").arg("message", self.render(msg)))
        );
    }

    pub fn privacy_warnings(&self, findings: &[SensitiveFinding]) {
        for finding in findings {
            self.warn(&finding.message());
        }
    }

    pub fn json(&self, value: &impl serde::Serialize) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, value)?;
        writeln!(out)
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

/// Aligns rows under headers; the last column is left ragged so long text does not pad.
pub fn table(headers: &[String], rows: &[Vec<String>]) -> String {
    let columns = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(columns) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                text.push_str(cell);
            } else {
                text.push_str(cell);
                text.push_str(&" ".repeat(widths[i] - cell.chars().count() + 2));
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
