//! What an import would change, waiting for a yes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::centred;
use crate::app::App;
use crate::message::Msg;
use crate::service::exchange::ImportPreview;
use crate::service::profile::date;
use crate::ui::Theme;

/// What importing would change, and the question whether to go ahead.
pub fn draw_preview(
    frame: &mut Frame,
    app: &App,
    theme: &Theme,
    area: Rect,
    preview: &ImportPreview,
) {
    let lang = app.lang;
    let plan = &preview.plan;
    let mut lines = vec![Line::from(
        lang.render(
            &Msg::new("import-from")
                .arg("name", &preview.sender)
                .arg("role", lang.text(preview.role.label_id()))
                .arg("fingerprint", &preview.fingerprint),
        ),
    )];
    if preview.newly_trusted {
        lines.push(Line::from(Span::styled(
            lang.render(&Msg::new("sync-preview-new-sender").arg("name", &preview.sender)),
            theme.warning,
        )));
    }
    lines.push(Line::from(""));
    if let Some(when) = plan.already_imported {
        lines.push(Line::from(
            lang.render(&Msg::new("import-already").arg("date", date(Some(when)))),
        ));
    } else {
        lines.push(Line::from(
            lang.render(
                &Msg::new("import-plan")
                    .arg("created", plan.created_count())
                    .arg("updated", plan.updated_count())
                    .arg("purged", plan.removed_count())
                    .arg("known", plan.known_ops),
            ),
        ));
        let new_conflicts = plan.conflicts_after.saturating_sub(plan.conflicts_before);
        if new_conflicts > 0 {
            lines.push(Line::from(
                lang.render(&Msg::new("import-conflicts").arg("count", new_conflicts)),
            ));
        }
        if !plan.refused.is_empty() {
            lines.push(Line::from(Span::styled(
                lang.render(&Msg::new("import-refused").arg("count", plan.refused.len())),
                theme.warning,
            )));
        }
        if !plan.moved_away.is_empty() {
            lines.push(Line::from(lang.render(
                &Msg::new("import-moved-away").arg("codes", plan.moved_away.join(", ")),
            )));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        lang.text("sync-preview-question"),
        theme.title,
    )));
    let height = (lines.len() as u16 + 4).min(area.height);
    let popup = centred(area, 70, height);
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", lang.text("sync-preview-title")),
            theme.title,
        ))
        .border_style(theme.focused_border);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        popup,
    );
}
