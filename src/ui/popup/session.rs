//! One session, whole and read-only, over the session log.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::centred;
use crate::app::App;
use crate::message::Msg;
use crate::ui::Theme;

/// The whole of one session, for `Enter` on the session log.
pub fn draw_session(
    frame: &mut Frame,
    app: &App,
    theme: &Theme,
    area: Rect,
    id: crate::domain::EntityId,
) {
    let lang = app.lang;
    let Some(session) = app
        .detail
        .as_ref()
        .and_then(|d| d.sessions.iter().find(|s| s.id == id))
    else {
        return;
    };
    let popup = centred(area, 76, area.height.saturating_sub(4));
    let facts = crate::service::profile::session_facts(session, lang);
    let mut lines: Vec<Line> = facts
        .into_iter()
        .map(|fact| {
            Line::from(vec![
                Span::styled(format!(" {:<22} ", fact.label), theme.dim),
                Span::raw(fact.value),
            ])
        })
        .collect();
    lines.push(Line::default());
    for line in session.summary.lines() {
        lines.push(Line::raw(format!(" {line}")));
    }
    let mut hint = lang.render(
        &Msg::new("session-popup-hint")
            .arg(
                "edit",
                app.keymap
                    .hint(crate::app::Action::Edit)
                    .unwrap_or_default(),
            )
            .arg(
                "delete",
                app.keymap
                    .hint(crate::app::Action::Delete)
                    .unwrap_or_default(),
            ),
    );
    // The coordinator answers an escalation right where they read it.
    if app.owner.role == crate::domain::Role::Coordinator && session.escalation_open() {
        let key = app
            .keymap
            .hint(crate::app::Action::Acknowledge)
            .unwrap_or_default();
        hint = format!(
            "{key} {} · {hint}",
            lang.text(&crate::app::Action::Acknowledge.label_id())
        );
    }
    let block = Block::bordered()
        .title(Span::styled(
            format!(
                " {} · {} ",
                lang.text(session.kind().label_id()),
                crate::domain::dates::format_date(session.date)
            ),
            theme.title,
        ))
        .title_bottom(Span::styled(format!(" {hint} "), theme.dim))
        .border_style(theme.focused_border);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        popup,
    );
}
