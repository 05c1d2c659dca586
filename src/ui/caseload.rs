//! The caseload pane: one line per coachee with status, contact and signal markers.

use ratatui::Frame;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, Table, TableState};

use super::{Theme, pane_block};
use crate::app::{App, Pane};
use crate::message::Msg;

/// The first row shown and how many fit under the borders and the header: the list scrolls
/// just enough to keep the selected row in view.
fn shown_rows(app: &App, area: Rect) -> (usize, usize) {
    let height = area.height.saturating_sub(3) as usize;
    let offset = app
        .caseload
        .selected
        .saturating_sub(height.saturating_sub(1));
    (offset, height)
}

/// The list row drawn at `at` (its place in the list), if the pointer is on one.
pub fn row_at(app: &App, area: Rect, at: Position) -> Option<usize> {
    let (offset, height) = shown_rows(app, area);
    let first = area.y + 2;
    let row = usize::from(at.y.checked_sub(first)?);
    (row < height && offset + row < app.caseload.len()).then_some(offset + row)
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let caseload = &app.caseload;
    let mut title = lang.render(
        &Msg::new("pane-caseload")
            .arg("shown", caseload.len())
            .arg("total", caseload.total()),
    );
    if let Some(coach) = caseload.coach() {
        title.push_str(&lang.render(&Msg::new("pane-caseload-coach").arg("coach", coach)));
    }
    if caseload.filtering || !caseload.filter.is_empty() {
        let cursor = if caseload.filtering { "▏" } else { "" };
        title.push_str(&format!(" /{}{cursor}", caseload.filter));
    }
    let block = pane_block(app, theme, Pane::List, title);
    // A coordinator's caseload names each coachee's coach, when the pane is wide enough to
    // keep the names readable too (the filter finds a coach's coachees either way).
    let coordinator = app.owner.role == crate::domain::Role::Coordinator && area.width >= 60;
    // Only the rows that fit are built: the list stays fast with 10,000 coachees.
    let (offset, height) = shown_rows(app, area);
    let rows: Vec<Row> = (offset..(offset + height).min(caseload.len()))
        .filter_map(|i| caseload.row(i))
        .map(|row| {
            let c = &row.coachee;
            let contact = row.contact.as_ref();
            let since = contact
                .and_then(|s| s.last_contact)
                .map(|d| lang.render(&Msg::new("days-ago").arg("days", (app.today - d).num_days())))
                .unwrap_or_else(|| "–".into());
            let next = contact.and_then(|s| s.next_contact);
            let overdue = next.is_some_and(|d| d < app.today);
            let next_text = next
                .map(|d| d.format("%d-%m").to_string())
                .unwrap_or_else(|| "–".into());
            let mut markers = String::new();
            if c.needs_representative_consent(app.today) {
                markers.push('§');
            }
            if app.drafts.values().any(|d| *d == Some(c.id)) {
                markers.push('✎');
            }
            if contact.is_some_and(|s| s.escalate) {
                markers.push('⚑');
            }
            if contact.is_some_and(|s| !s.signals.is_empty()) {
                markers.push('•');
            }
            let mut cells = vec![
                Cell::from(c.code.to_string()),
                Cell::from(c.full_name()),
                Cell::from(format!(
                    "{} {}",
                    c.status.symbol(),
                    lang.text(c.status.label_id())
                )),
                Cell::from(since),
                Cell::from(Line::from(vec![
                    Span::raw(next_text),
                    if overdue {
                        Span::styled("!", theme.warning)
                    } else {
                        Span::raw(" ")
                    },
                ])),
                Cell::from(Span::styled(markers, theme.warning)),
            ];
            if coordinator {
                cells.push(Cell::from(
                    c.coach
                        .as_ref()
                        .map_or("–".into(), |coach| coach.name.clone()),
                ));
            }
            Row::new(cells)
        })
        .collect();
    // Days since the last contact is the first thing to give up when space is short.
    let roomy = area.width >= 48;
    let mut widths = vec![
        Constraint::Length(4),
        Constraint::Fill(1),
        Constraint::Length(12),
        Constraint::Length(if roomy { 5 } else { 0 }),
        Constraint::Length(6),
        Constraint::Length(3),
    ];
    // Only a coordinator's caseload has more than one coach in it.
    if coordinator {
        widths.push(Constraint::Length(10));
    }
    let mut headers: Vec<Cell> = [
        "caseload-column-code",
        "caseload-column-name",
        "caseload-column-status",
        "caseload-column-last",
        "caseload-column-next",
    ]
    .iter()
    .map(|id| Cell::from(lang.text(id)))
    .collect();
    // The markers are explained on the help's second page.
    headers.push(Cell::from(""));
    if coordinator {
        headers.push(Cell::from(lang.text("caseload-column-coach")));
    }
    let table = Table::new(rows, widths)
        .header(Row::new(headers).style(theme.dim))
        .block(block)
        .row_highlight_style(theme.selected)
        // The selection is marked by a symbol too, not by colour alone.
        .highlight_symbol("›")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always)
        .column_spacing(1);
    let mut state = TableState::default()
        .with_selected((!caseload.is_empty()).then(|| caseload.selected - offset));
    frame.render_stateful_widget(table, area, &mut state);
}
