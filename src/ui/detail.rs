//! The profile pane and the session log pane of the selected coachee.

use ratatui::Frame;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};

use super::{Theme, pane_block};
use crate::app::{App, Pane};
use crate::message::Msg;
use crate::service::profile::Profile;

pub fn draw_profile(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let Some(detail) = &app.detail else {
        let block = pane_block(app, theme, Pane::Profile, lang.text("pane-profile"));
        frame.render_widget(
            Paragraph::new(lang.text("no-coachee-selected")).block(block),
            area,
        );
        return;
    };
    let profile = Profile::of(detail, app.today, lang);
    let block = pane_block(app, theme, Pane::Profile, profile.title);
    let mut lines: Vec<Line> = profile
        .facts
        .into_iter()
        .map(|f| {
            let style = if f.warning {
                theme.warning
            } else {
                ratatui::style::Style::new()
            };
            Line::from(vec![
                Span::styled(format!("{:<16} ", f.label), theme.dim),
                Span::styled(f.value, style),
            ])
        })
        .collect();
    let section = |lines: &mut Vec<Line<'static>>, title: &str, items: Vec<Line<'static>>| {
        if !items.is_empty() {
            lines.push(Line::default());
            lines.push(Line::styled(lang.text(title), theme.title));
            lines.extend(items);
        }
    };
    section(
        &mut lines,
        "profile-goals",
        profile.goals.into_iter().map(Line::from).collect(),
    );
    section(
        &mut lines,
        "profile-placements",
        profile.placements.into_iter().map(Line::from).collect(),
    );
    // The arrows choose an open agreement to tick off while this pane has the keyboard.
    let choosing = app.focus == Pane::Profile;
    let mut chosen_line = None;
    let agreements: Vec<Line<'static>> = profile
        .agreements
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let chosen = choosing && i == app.agreement_selected;
            let marker = match (chosen, a.overdue) {
                (true, _) => Span::styled("› ", theme.selected),
                (false, true) => Span::styled("⚠ ", theme.warning),
                (false, false) => Span::raw("· "),
            };
            let text = if chosen {
                Span::styled(a.text, theme.selected)
            } else {
                Span::raw(a.text)
            };
            Line::from(vec![marker, text])
        })
        .collect();
    if !agreements.is_empty() && choosing {
        // After the blank line and the heading.
        chosen_line = Some(lines.len() + 2 + app.agreement_selected);
    }
    section(&mut lines, "profile-open-agreements", agreements);
    section(
        &mut lines,
        "profile-escalations",
        profile
            .escalations
            .into_iter()
            .flat_map(|e| {
                let (marker, style) = if e.open {
                    ("⚑ ", theme.warning)
                } else {
                    ("✔ ", ratatui::style::Style::new())
                };
                let mut out = vec![Line::from(vec![
                    Span::styled(marker, style),
                    Span::raw(format!("{} — {}", e.raised, e.state)),
                ])];
                if !e.reply.is_empty() {
                    out.push(Line::styled(format!("  ↳ {}", e.reply), theme.dim));
                }
                out
            })
            .collect(),
    );
    let scroll = match chosen_line {
        Some(line) => keep_in_view(&lines, line, app.profile_scroll, area),
        None => app.profile_scroll,
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(block),
        area,
    );
}

/// The scroll that shows line `chosen` whole, counting the rows each wrapped line takes (by
/// its width; word wrapping may take a row more, so one row is kept spare).
fn keep_in_view(lines: &[Line], chosen: usize, scroll: u16, area: Rect) -> u16 {
    let width = area.width.saturating_sub(2).max(1) as usize;
    let height = area.height.saturating_sub(2) as usize;
    let rows = |line: &Line| line.width().div_ceil(width).max(1);
    let before: usize = lines[..chosen.min(lines.len())].iter().map(rows).sum();
    let end = before + lines.get(chosen).map_or(1, rows) + 1;
    (scroll as usize).max(end.saturating_sub(height)) as u16
}

/// The first contact shown and how many fit inside the borders.
fn shown_sessions(app: &App, area: Rect) -> (usize, usize) {
    let height = area.height.saturating_sub(2) as usize;
    let offset = app
        .session_selected
        .saturating_sub(height.saturating_sub(1));
    (offset, height)
}

/// The contact drawn at `at` (its place in the list), if the pointer is on one.
pub fn session_row_at(app: &App, area: Rect, at: Position) -> Option<usize> {
    let count = app.detail.as_ref().map_or(0, |d| d.sessions.len());
    let (offset, height) = shown_sessions(app, area);
    let row = usize::from(at.y.checked_sub(area.y + 1)?);
    (row < height && offset + row < count).then_some(offset + row)
}

pub fn draw_sessions(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let sessions = app
        .detail
        .as_ref()
        .map_or(&[][..], |d| d.sessions.as_slice());
    let title = lang.render(&Msg::new("pane-sessions").arg("count", sessions.len()));
    let block = pane_block(app, theme, Pane::Sessions, title);
    let (offset, height) = shown_sessions(app, area);
    let rows: Vec<Row> = sessions
        .iter()
        .skip(offset)
        .take(height)
        .map(|s| {
            Row::new(vec![
                Cell::from(s.date.format("%d-%m-%y").to_string()),
                Cell::from(lang.text(s.kind().label_id())),
                Cell::from(format!("{:>3}′", s.minutes)),
                Cell::from(s.wellbeing.map(|w| format!("{w}/5")).unwrap_or_default()),
                Cell::from(s.headline().to_string()),
            ])
        })
        .collect();
    let widths = [
        Constraint::Length(8),
        Constraint::Length(15),
        Constraint::Length(4),
        Constraint::Length(3),
        Constraint::Fill(1),
    ];
    let table = Table::new(rows, widths)
        .block(block)
        .column_spacing(1)
        .row_highlight_style(if app.focus == Pane::Sessions {
            theme.selected
        } else {
            ratatui::style::Style::new()
        });
    let mut state = TableState::default()
        .with_selected((!sessions.is_empty()).then(|| app.session_selected - offset));
    frame.render_stateful_widget(table, area, &mut state);
}
