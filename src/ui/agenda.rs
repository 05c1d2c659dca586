//! The agenda tab: sections of coachees that need something, each row with the date it is
//! about and how far that is from today.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::Theme;
use crate::app::App;
use crate::app::agenda::Section;
use crate::domain::dates::format_date;
use crate::message::Msg;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let mut lines: Vec<Line> = Vec::new();
    let mut selected_line = 0;
    let mut index = 0;
    for section in Section::ALL {
        let rows: Vec<_> = app.agenda.iter().filter(|r| r.section == section).collect();
        lines.push(Line::styled(
            lang.render(&Msg::new(section.label_id()).arg("count", rows.len())),
            theme.title,
        ));
        if rows.is_empty() {
            lines.push(Line::styled(
                format!("  {}", lang.text("agenda-none")),
                theme.dim,
            ));
        }
        for row in rows {
            let chosen = index == app.agenda_selected;
            if chosen {
                selected_line = lines.len();
            }
            let when = match row.date {
                Some(date) => {
                    let days = (app.today - date).num_days();
                    let relative = match days {
                        0 => lang.text("agenda-today"),
                        d if d > 0 && section == Section::Overdue => {
                            lang.render(&Msg::new("agenda-days-late").arg("days", d))
                        }
                        d if d > 0 => lang.render(&Msg::new("agenda-days-ago").arg("days", d)),
                        d => lang.render(&Msg::new("agenda-in-days").arg("days", -d)),
                    };
                    format!("{}  {relative}", format_date(date))
                }
                None => lang.text("agenda-never"),
            };
            let marker = if chosen { "›" } else { " " };
            let text = format!(
                "{marker} {}  {:<28} {when}",
                row.code,
                truncate(&row.name, 28)
            );
            lines.push(if chosen {
                Line::styled(text, theme.selected)
            } else {
                Line::raw(text)
            });
            index += 1;
        }
        lines.push(Line::default());
    }
    let height = area.height.saturating_sub(2) as usize;
    let offset = (selected_line + 2).saturating_sub(height);
    let title = lang.render(&Msg::new("agenda-title").arg("count", app.agenda.len()));
    let block = Block::bordered()
        .title(Span::styled(format!(" {title} "), theme.title))
        .border_style(theme.focused_border);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((offset as u16, 0))
            .block(block),
        area,
    );
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width - 1).collect();
    cut.push('…');
    cut
}
