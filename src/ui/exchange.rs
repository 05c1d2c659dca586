//! The sync tab: this device's card on top, the trusted peers with what went each way, and the
//! open conflicts with both values side by side; plus the import preview popup.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState, Wrap};

use super::{Theme, focus_block};
use crate::app::App;
use crate::app::tabs::exchange::ExchangeTab;
use crate::message::Msg;
use crate::service::profile::date;
use crate::text::clip;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let Some(view) = app.exchange.as_ref() else {
        return;
    };
    let peers_height = (view.peers.len() as u16).max(1) + 3;
    let [card, peers, conflicts] = Layout::vertical([
        Constraint::Length(4),
        Constraint::Length(peers_height.min(area.height / 2)),
        Constraint::Fill(1),
    ])
    .areas(area);
    draw_card(frame, app, view, theme, card);
    draw_peers(frame, app, view, theme, peers);
    draw_conflicts(frame, app, view, theme, conflicts);
}

fn draw_card(frame: &mut Frame, app: &App, view: &ExchangeTab, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let text = lang.render(
        &Msg::new("sync-this-laptop")
            .arg("name", &app.owner.name)
            .arg("role", lang.text(app.owner.role.label_id()))
            .arg("fingerprint", &view.fingerprint),
    );
    let block = Block::bordered().title(Span::styled(
        format!(" {} ", lang.text("sync-card-title")),
        theme.title,
    ));
    frame.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: true }).block(block),
        area,
    );
}

fn draw_peers(frame: &mut Frame, app: &App, view: &ExchangeTab, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let header = Row::new(
        [
            "sync-col-name",
            "sync-col-role",
            "sync-col-fingerprint",
            "sync-col-in",
            "sync-col-out",
            "sync-col-unsent",
        ]
        .map(|id| Cell::from(lang.text(id))),
    )
    .style(theme.dim);
    let rows: Vec<Row> = view
        .peers
        .iter()
        .map(|p| {
            Row::new(vec![
                Cell::from(p.name.clone()),
                Cell::from(lang.text(p.role.label_id())),
                Cell::from(p.fingerprint.clone()),
                Cell::from(date(p.last_in)),
                Cell::from(date(p.last_out)),
                Cell::from(p.unsent.to_string()),
            ])
        })
        .collect();
    let title = lang.render(&Msg::new("sync-peers-title").arg("count", view.peers.len()));
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(12),
        Constraint::Length(19),
        Constraint::Length(10),
        Constraint::Length(10),
        Constraint::Length(11),
    ];
    let block = Block::bordered().title(Span::styled(format!(" {title} "), theme.title));
    if view.peers.is_empty() {
        let hint = lang.text("sync-no-peers");
        frame.render_widget(
            Paragraph::new(hint).wrap(Wrap { trim: true }).block(block),
            area,
        );
        return;
    }
    frame.render_widget(Table::new(rows, widths).header(header).block(block), area);
}

fn draw_conflicts(frame: &mut Frame, app: &App, view: &ExchangeTab, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let title = lang.render(&Msg::new("sync-conflicts-title").arg("count", view.conflicts.len()));
    let title = if view.conflicts.is_empty() {
        title
    } else {
        format!("{title} · {}", lang.text("sync-conflicts-in-effect"))
    };
    let block = focus_block(theme, title, !app.keyboard_owner().is_popup());
    if view.conflicts.is_empty() {
        frame.render_widget(
            Paragraph::new(lang.text("conflicts-none")).block(block),
            area,
        );
        return;
    }
    // The value the records show now is marked, so that "keep mine" is never a guess.
    let side = |side: &crate::sync::conflicts::Side, in_effect: bool| {
        let value = crate::sync::conflicts::readable(&side.value);
        if in_effect {
            format!("✓ {value}")
        } else {
            value
        }
    };
    // One row per field, the record named on its first field; values clipped to the column.
    let column = (area.width.saturating_sub(30) / 2) as usize;
    let mut rows = Vec::new();
    let mut first_row_of = Vec::new();
    for conflict in &view.conflicts {
        first_row_of.push(rows.len());
        for (i, field) in conflict.fields.iter().enumerate() {
            let who = if i == 0 {
                conflict.coachee_code.clone().unwrap_or_else(|| "–".into())
            } else {
                String::new()
            };
            rows.push(Row::new(vec![
                Cell::from(who),
                Cell::from(lang.text(&format!("field-{}", field.field))),
                Cell::from(clip(&side(field.mine(), field.current.mine), column)),
                Cell::from(clip(&side(field.theirs(), !field.current.mine), column)),
            ]));
        }
    }
    let header = Row::new(
        [
            "sync-col-record",
            "sync-col-field",
            "sync-col-here",
            "sync-col-there",
        ]
        .map(|id| Cell::from(lang.text(id))),
    )
    .style(theme.dim);
    let widths = [
        Constraint::Length(6),
        Constraint::Length(18),
        Constraint::Fill(1),
        Constraint::Fill(1),
    ];
    let table = Table::new(rows, widths)
        .header(header)
        .block(block)
        .row_highlight_style(theme.selected)
        .highlight_symbol("›")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(first_row_of.get(view.selected).copied());
    frame.render_stateful_widget(table, area, &mut state);
}
