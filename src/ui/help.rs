//! The help window: every action with its keys, generated from the live keymap.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::Theme;
use crate::app::{Action, App};

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let height = (Action::ALL.len() as u16 + 4).min(area.height);
    let [row] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(60)])
        .flex(Flex::Center)
        .areas(row);
    let mut lines: Vec<Line> = Action::ALL
        .iter()
        .map(|action| {
            let keys: Vec<String> = app
                .keymap
                .keys_for(*action)
                .iter()
                .map(ToString::to_string)
                .collect();
            Line::from(vec![
                Span::styled(format!(" {:<18}", keys.join(" ")), theme.key),
                Span::raw(lang.text(&action.label_id())),
            ])
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(" Ctrl-C  {}", lang.text("help-ctrl-c")),
        theme.dim,
    ));
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", lang.text("help-title")),
            theme.title,
        ))
        .border_style(theme.focused_border);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
