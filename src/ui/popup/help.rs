//! The help window: every action with its keys, generated from the live keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::app::{Action, App};
use crate::ui::Theme;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    // Two columns, so every key fits on an 80×24 screen without scrolling.
    // Every action but help itself, which is open already.
    let listed: Vec<Action> = Action::ALL
        .into_iter()
        .filter(|a| *a != Action::Help)
        .collect();
    let rows = listed.len().div_ceil(2) as u16;
    let height = (rows + 2).min(area.height);
    let width = area.width.saturating_sub(2).min(110);
    let popup = super::centred(area, width, height);
    let column = (width.saturating_sub(2) / 2) as usize;
    let key_width = 12;
    let label_width = column.saturating_sub(key_width + 2);
    let entry = |action: Action| -> Vec<Span> {
        let keys: Vec<String> = app
            .keymap
            .keys_for(action)
            .iter()
            .map(ToString::to_string)
            .collect();
        let label = crate::text::clip(&lang.text(&action.label_id()), label_width);
        vec![
            Span::styled(format!(" {:<key_width$}", keys.join(" ")), theme.key),
            Span::raw(format!("{label:<label_width$} ")),
        ]
    };
    let (left, right) = listed.split_at(rows as usize);
    let lines: Vec<Line> = (0..rows as usize)
        .map(|i| {
            let mut spans = entry(left[i]);
            if let Some(action) = right.get(i) {
                spans.extend(entry(*action));
            }
            Line::from(spans)
        })
        .collect();
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", lang.text("help-title")),
            theme.title,
        ))
        // On the border, so that every key still fits on an 80×24 screen.
        .title_bottom(Span::styled(
            format!(" Ctrl-C  {} ", lang.text("help-ctrl-c")),
            theme.dim,
        ))
        .border_style(theme.focused_border);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
