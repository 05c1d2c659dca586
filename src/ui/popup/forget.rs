//! "Erase this young person for good?": who goes, with what, and the copies this laptop cannot
//! reach, waiting for a yes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::centred;
use crate::app::App;
use crate::service::erasure::ForgetPlan;
use crate::ui::Theme;

pub fn draw_forget(frame: &mut Frame, app: &App, theme: &Theme, area: Rect, plan: &ForgetPlan) {
    let lang = app.lang;
    let mut texts: Vec<(String, ratatui::style::Style)> = plan
        .lines(|id| lang.text(id))
        .iter()
        .map(|msg| (lang.render(msg), ratatui::style::Style::default()))
        .collect();
    if let Some(heading) = texts.first_mut() {
        heading.1 = theme.title;
    }
    texts.push((String::new(), ratatui::style::Style::default()));
    texts.push((lang.text("forget-confirm-screen"), theme.warning));
    let width = area.width.saturating_sub(4).min(76);
    let inner = width.saturating_sub(2).max(1) as usize;
    // Each line wraps; the window is as tall as the wrapped text, up to the screen.
    let rows: usize = texts
        .iter()
        .map(|(text, _)| Line::raw(text.as_str()).width().div_ceil(inner).max(1))
        .sum();
    let popup = centred(area, width, (rows as u16).saturating_add(2));
    let lines: Vec<Line> = texts
        .into_iter()
        .map(|(text, style)| Line::from(Span::styled(text, style)))
        .collect();
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", lang.text("forget-title")),
            theme.warning,
        ))
        .border_style(theme.focused_border);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        popup,
    );
}
