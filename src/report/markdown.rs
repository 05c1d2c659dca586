//! The report as Markdown: a heading per section, a table per part, ready to paste into an
//! e-mail or a Word document.

use super::{Mode, Report};
use crate::domain::dates::format_date;
use crate::i18n::Lang;
use crate::message::Msg;

pub fn write(report: &Report, mode: Mode, lang: Lang) -> String {
    let mut out = String::new();
    let line = |out: &mut String, text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(&mut out, &format!("# {}", lang.text(report.title_id)));
    line(&mut out, "");
    if let Some(programme) = &report.programme {
        line(&mut out, &format!("**{programme}**"));
        line(&mut out, "");
    }
    line(
        &mut out,
        &lang.render(
            &Msg::new("report-header")
                .arg("from", format_date(report.period.from))
                .arg("to", format_date(report.period.to))
                .arg("on", format_date(report.generated_on))
                .arg("by", &report.by),
        ),
    );
    if let Some(coach) = &report.coach {
        line(
            &mut out,
            &lang.render(&Msg::new("report-header-coach").arg("coach", coach)),
        );
    }
    line(&mut out, &lang.text(mode.note_id()));
    for section in &report.sections {
        line(&mut out, "");
        line(&mut out, &format!("## {}", lang.text(section.title_id)));
        for table in &section.tables {
            line(&mut out, "");
            line(&mut out, &format!("### {}", lang.text(table.title_id)));
            line(&mut out, "");
            let headings: Vec<String> = table.columns.iter().map(|c| lang.text(c)).collect();
            line(&mut out, &format!("| | {} |", headings.join(" | ")));
            line(
                &mut out,
                &format!("|---|{}", "---:|".repeat(table.columns.len())),
            );
            for row in &table.rows {
                let label = row.label.in_lang(lang);
                let cells: Vec<String> = row
                    .values
                    .iter()
                    .map(|v| v.shown(mode).unwrap_or_else(|| "*".to_string()))
                    .collect();
                line(&mut out, &format!("| {label} | {} |", cells.join(" | ")));
            }
        }
    }
    if report.hides_rates(mode) {
        line(&mut out, "");
        line(&mut out, &lang.text("report-footnote-hidden-rate"));
    }
    out
}
