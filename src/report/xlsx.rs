//! The report as an Excel workbook: a cover sheet (programme, period, mode, when and by whom),
//! then one sheet per section with its tables one under the other. Counts, hours and shares
//! are real number cells, so a funder can add them up; a count hidden in funder mode is the
//! text `<5` and a hidden rate is `*`, as in the Markdown. The reach and placements sheets
//! carry a column chart of their main table.

use rust_xlsxwriter::{Chart, ChartType, Format, Workbook, Worksheet, XlsxError};

use super::{Mode, Report, Table, Value};
use crate::domain::dates::format_date;
use crate::i18n::Lang;
use crate::message::Msg;

/// The tables drawn as a chart, each on its section's sheet.
const CHARTED_TABLES: [&str; 2] = ["report-reach-status", "report-placements-started"];

/// Excel refuses a sheet name longer than this.
const SHEET_NAME_MAX: usize = 31;

/// The workbook's bytes, ready to be written to a private file.
pub fn write(report: &Report, mode: Mode, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    cover(workbook.add_worksheet(), report, mode, lang, &formats)?;
    for section in &report.sections {
        let name = sheet_name(&lang.text(section.title_id));
        let sheet = workbook.add_worksheet();
        sheet.set_name(&name)?;
        sheet.set_column_width(0, 55)?;
        for column in 1..10 {
            sheet.set_column_width(column, 16)?;
        }
        sheet.write_string_with_format(0, 0, lang.text(section.title_id), &formats.title)?;
        let mut row = 2;
        for table in &section.tables {
            let first_data_row = row + 2;
            row = write_table(sheet, row, table, mode, lang, &formats)?;
            if CHARTED_TABLES.contains(&table.title_id) && !table.rows.is_empty() {
                let chart = column_chart(&name, table, first_data_row, lang);
                sheet.insert_chart(1, 3, &chart)?;
            }
            row += 1;
        }
        if report.hides_rates(mode) {
            sheet.write_string(row, 0, lang.text("report-footnote-hidden-rate"))?;
        }
    }
    workbook.save_to_buffer()
}

struct Formats {
    title: Format,
    heading: Format,
    hours: Format,
    share: Format,
    date: Format,
    right: Format,
}

impl Formats {
    fn new() -> Self {
        Self {
            title: Format::new().set_bold().set_font_size(14),
            heading: Format::new().set_bold(),
            hours: Format::new().set_num_format("0.0"),
            share: Format::new().set_num_format("0%"),
            date: Format::new().set_num_format("dd-mm-yyyy"),
            right: Format::new().set_align(rust_xlsxwriter::FormatAlign::Right),
        }
    }
}

/// The first sheet: what the workbook is, for whom, and over which period.
fn cover(
    sheet: &mut Worksheet,
    report: &Report,
    mode: Mode,
    lang: Lang,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(sheet_name(&lang.text("report-xlsx-cover")))?;
    sheet.set_column_width(0, 24)?;
    sheet.set_column_width(1, 70)?;
    sheet.write_string_with_format(0, 0, lang.text(report.title_id), &formats.title)?;
    let mode_text = lang.text(mode.note_id());
    let period = lang.render(
        &Msg::new("report-xlsx-period-value")
            .arg("from", format_date(report.period.from))
            .arg("to", format_date(report.period.to)),
    );
    let mut lines = vec![
        (
            "report-xlsx-programme",
            report
                .programme
                .clone()
                .unwrap_or_else(|| lang.text("report-xlsx-no-programme")),
        ),
        ("report-xlsx-period", period),
        ("report-xlsx-mode", mode_text),
        ("report-xlsx-generated-on", format_date(report.generated_on)),
        ("report-xlsx-by", report.by.clone()),
    ];
    if let Some(coach) = &report.coach {
        lines.push(("report-xlsx-coach", coach.clone()));
    }
    for (row, (label, value)) in (2u32..).zip(lines) {
        sheet.write_string_with_format(row, 0, lang.text(label), &formats.heading)?;
        sheet.write_string(row, 1, value)?;
    }
    Ok(())
}

/// Writes a table from `row` on (title, headings, rows); returns the row after it.
fn write_table(
    sheet: &mut Worksheet,
    mut row: u32,
    table: &Table,
    mode: Mode,
    lang: Lang,
    formats: &Formats,
) -> Result<u32, XlsxError> {
    sheet.write_string_with_format(row, 0, lang.text(table.title_id), &formats.heading)?;
    row += 1;
    for (column, heading) in (1u16..).zip(&table.columns) {
        sheet.write_string_with_format(row, column, lang.text(heading), &formats.heading)?;
    }
    row += 1;
    for line in &table.rows {
        let label = line.label.in_lang(lang);
        sheet.write_string(row, 0, label)?;
        for (column, value) in (1u16..).zip(&line.values) {
            write_value(sheet, row, column, *value, mode, formats)?;
        }
        row += 1;
    }
    Ok(row)
}

/// One value as the cell a spreadsheet can count with, or as the text a funder may see.
fn write_value(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    value: Value,
    mode: Mode,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let Some(shown) = value.shown(mode) else {
        sheet.write_string_with_format(row, column, "*", &formats.right)?;
        return Ok(());
    };
    match value {
        Value::Count(n) if !value.is_small_count(mode) => {
            sheet.write_number(row, column, n as f64)?;
        }
        Value::Minutes(m) => {
            sheet.write_number_with_format(row, column, m as f64 / 60.0, &formats.hours)?;
        }
        Value::Rate { part, base } if base > 0 => {
            let share = part as f64 / base as f64;
            sheet.write_number_with_format(row, column, share, &formats.share)?;
        }
        Value::Days(Some(days)) => {
            sheet.write_number(row, column, days as f64)?;
        }
        Value::Date(Some(date)) => {
            sheet.write_date_with_format(row, column, date, &formats.date)?;
        }
        _ => {
            sheet.write_string_with_format(row, column, shown, &formats.right)?;
        }
    }
    Ok(())
}

/// A column chart of a table's first column, labelled by its rows.
fn column_chart(sheet: &str, table: &Table, first_row: u32, lang: Lang) -> Chart {
    let last_row = first_row + table.rows.len() as u32 - 1;
    let mut chart = Chart::new(ChartType::Column);
    chart
        .add_series()
        .set_categories((sheet, first_row, 0, last_row, 0))
        .set_values((sheet, first_row, 1, last_row, 1))
        .set_name(lang.text(table.columns[0]).as_str());
    chart.title().set_name(lang.text(table.title_id).as_str());
    chart.legend().set_hidden();
    chart
}

/// A heading as a sheet name: without the characters Excel forbids there, and short enough.
fn sheet_name(heading: &str) -> String {
    heading
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(SHEET_NAME_MAX)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::sheet_name;

    #[test]
    fn sheet_names_lose_what_excel_refuses() {
        assert_eq!(sheet_name("Plekken"), "Plekken");
        assert_eq!(sheet_name("Uren: per week/type"), "Uren per weektype");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }
}
