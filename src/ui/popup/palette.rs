//! The command palette: the query, then the matching actions with their keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::app::App;
use crate::ui::Theme;

/// The command palette: the query, then the matching actions with their keys.
pub fn draw_palette(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let Some(palette) = app.palette.as_ref() else {
        return;
    };
    let lang = app.lang;
    let height = (palette.matches.len() as u16 + 4).clamp(6, area.height.saturating_sub(4));
    let popup = super::centred(area, 64, height);
    let visible = height.saturating_sub(4) as usize;
    let offset = (palette.selected + 1).saturating_sub(visible);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(" › ", theme.key),
            Span::raw(palette.query.clone()),
            Span::styled("▏", theme.key),
        ]),
        Line::default(),
    ];
    if palette.matches.is_empty() {
        lines.push(Line::styled(
            format!("   {}", lang.text("palette-empty")),
            theme.dim,
        ));
    }
    for (i, action) in palette
        .matches
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
    {
        let keys = app.keymap.hint(*action).unwrap_or_default();
        let style = if i == palette.selected {
            theme.selected
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("   {:<44}", lang.text(&action.label_id())), style),
            Span::styled(format!("{keys:>12} "), theme.key),
        ]));
    }
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", lang.text("palette-title")),
            theme.title,
        ))
        .border_style(theme.focused_border);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
