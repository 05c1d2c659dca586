//! "Delete this session?": the question and its answer keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::centred;
use crate::app::App;
use crate::ui::Theme;

pub fn draw_confirm(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let popup = centred(area, 52, 5);
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", app.lang.text("confirm-title")),
            theme.warning,
        ))
        .border_style(theme.focused_border);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(app.lang.text("confirm-delete-session"))
            .wrap(Wrap { trim: true })
            .block(block),
        popup,
    );
}
