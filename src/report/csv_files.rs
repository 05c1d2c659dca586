//! The report as CSV: one file per section in a folder, in the dialect Dutch Excel opens as
//! it is (`;` between fields, a decimal comma, UTF-8 with a byte-order mark), or with
//! `comma` the international one (`,` and a decimal point, no mark).

use std::io;
use std::path::{Path, PathBuf};

use super::{Mode, Report, Value};
use crate::i18n::Lang;

/// Which CSV dialect to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `;`, decimal comma, BOM: what Excel with Dutch settings reads without a wizard.
    DutchExcel,
    /// `,`, decimal point, no BOM.
    Comma,
}

const BOM: &str = "\u{feff}";

/// Writes one file per section into `dir` (created if needed); returns the files, in order.
pub fn write_dir(
    report: &Report,
    mode: Mode,
    lang: Lang,
    dir: &Path,
    dialect: Dialect,
) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for (number, section) in report.sections.iter().enumerate() {
        let mut out = csv::WriterBuilder::new()
            .delimiter(match dialect {
                Dialect::DutchExcel => b';',
                Dialect::Comma => b',',
            })
            .flexible(true)
            .from_writer(Vec::new());
        for table in &section.tables {
            out.write_record([lang.text(table.title_id)])?;
            let mut header = vec![String::new()];
            header.extend(table.columns.iter().map(|c| lang.text(c)));
            out.write_record(&header)?;
            for row in &table.rows {
                let mut record = vec![row.label.in_lang(lang)];
                record.extend(row.values.iter().map(|v| cell(*v, mode, dialect)));
                out.write_record(&record)?;
            }
            out.write_record([""])?;
        }
        let body = out.into_inner().map_err(|e| e.into_error())?;
        let mut bytes = match dialect {
            Dialect::DutchExcel => BOM.as_bytes().to_vec(),
            Dialect::Comma => Vec::new(),
        };
        bytes.extend(body);
        let name = format!("{}-{}.csv", number + 1, slug(&lang.text(section.title_id)));
        let path = dir.join(name);
        crate::store::files::replace_private(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}

/// A value as a spreadsheet should read it: a number where it is one, in the dialect's
/// decimal notation; a hidden rate as an empty cell.
fn cell(value: Value, mode: Mode, dialect: Dialect) -> String {
    let shown = value.shown(mode).unwrap_or_default();
    match (value, dialect) {
        (Value::Minutes(_) | Value::Rate { .. }, Dialect::DutchExcel) => shown.replace('.', ","),
        _ => shown,
    }
}

/// A file-name part from a heading: lower case letters and digits, dashes between words.
fn slug(heading: &str) -> String {
    heading
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_take_the_dialects_decimal_mark_and_headings_make_file_names() {
        let hours = Value::Minutes(90);
        assert_eq!(cell(hours, Mode::Exact, Dialect::DutchExcel), "1,5");
        assert_eq!(cell(hours, Mode::Exact, Dialect::Comma), "1.5");
        assert_eq!(cell(Value::Count(3), Mode::Funder, Dialect::Comma), "<5");
        assert_eq!(slug("Per coach"), "per-coach");
        assert_eq!(slug("Bereik"), "bereik");
    }
}
