//! A question with a yes key ("Delete this session?", "Throw this draft away?").

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::centred;
use crate::app::App;
use crate::ui::Theme;

/// The question `question` (a message id) under the title `title`.
pub fn draw_confirm(
    frame: &mut Frame,
    app: &App,
    theme: &Theme,
    area: Rect,
    title: &str,
    question: &str,
) {
    let popup = centred(area, 52, 5);
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", app.lang.text(title)),
            theme.warning,
        ))
        .border_style(theme.focused_border);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(app.lang.text(question))
            .wrap(Wrap { trim: true })
            .block(block),
        popup,
    );
}
