//! The privacy warning under a form: what in its text looks like data that does not belong
//! in a coach's log, wrapped to the panel, and scrolled (PageDown, the wheel) when it is
//! longer than the panel, with a last row that says so.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::App;
use crate::app::form::Form;

/// How many lines the warning needs at `width`.
pub(super) fn line_count(app: &App, form: &Form, width: u16) -> usize {
    privacy_lines(app, form, width).len()
}

/// How far the warning can scroll in `panel`.
pub(super) fn scroll_limit(app: &App, form: &Form, panel: Rect) -> usize {
    warning_window(privacy_lines(app, form, panel.width).len(), panel).1
}

/// The privacy warning's lines, wrapped to `width`: its title, each finding, and the choice
/// the user has; whether each is the title, a finding or the choice (for its style).
fn privacy_lines(app: &App, form: &Form, width: u16) -> Vec<(String, usize)> {
    let lang = app.lang;
    let Some(findings) = &form.privacy else {
        return Vec::new();
    };
    let text_width = usize::from(width).saturating_sub(3).max(10);
    let mut lines = vec![(format!(" ⚠ {}", lang.text("form-privacy-title")), 0)];
    let mut add = |text: String, kind: usize| {
        for row in crate::text::wrap(&text, text_width) {
            lines.push((format!("   {row}"), kind));
        }
    };
    for finding in findings {
        add(lang.render(&finding.message()), 1);
    }
    add(lang.text("form-privacy-choice"), 2);
    lines
}

/// How many lines the warning shows in its panel, and how far it can scroll.
fn warning_window(lines: usize, panel: Rect) -> (usize, usize) {
    // When it does not fit, its last row says so and how to read on.
    let overflows = lines > usize::from(panel.height);
    let height = usize::from(panel.height).saturating_sub(usize::from(overflows));
    (height, lines.saturating_sub(height))
}

/// Draws the warning in its panel, scrolled as far as the form says (and no further).
pub(super) fn draw(frame: &mut Frame, app: &App, form: &Form, theme: &Theme, privacy: Rect) {
    let lines = privacy_lines(app, form, privacy.width);
    if lines.is_empty() || privacy.height == 0 {
        return;
    }
    let (height, last_start) = warning_window(lines.len(), privacy);
    let overflows = last_start > 0;
    let offset = form.privacy_scroll.min(last_start);
    let styled: Vec<Line> = lines
        .into_iter()
        .skip(offset)
        .take(height)
        .map(|(text, kind)| match kind {
            0 => Line::styled(text, theme.warning),
            1 => Line::raw(text),
            _ => Line::styled(text, theme.dim),
        })
        .collect();
    frame.render_widget(Paragraph::new(styled), privacy);
    if overflows {
        let more = app.lang.render(
            &crate::message::Msg::new("form-privacy-more")
                .arg("shown", offset + height)
                .arg("total", last_start + height),
        );
        let at = Rect {
            y: privacy.bottom() - 1,
            height: 1,
            ..privacy
        };
        frame.render_widget(
            Line::styled(format!("   {more}"), theme.key)
                .alignment(ratatui::layout::Alignment::Right),
            at,
        );
    }
}
