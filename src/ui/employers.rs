//! The employers tab: the list on the left; the selected employer's details and the young
//! people placed there on the right.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};

use super::{Theme, focus_block};
use crate::app::App;
use crate::app::tabs::employers::Employers;
use crate::message::Msg;
use crate::service::profile::date;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let Some(view) = app.employers.as_ref() else {
        return;
    };
    let list_share = if area.width < 100 { 50 } else { 42 };
    let [list, right] =
        Layout::horizontal([Constraint::Percentage(list_share), Constraint::Fill(1)]).areas(area);
    let [detail, placements] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Fill(1)]).areas(right);
    draw_list(frame, app, view, theme, list);
    draw_detail(frame, app, view, theme, detail);
    draw_placements(frame, app, view, theme, placements);
}

fn draw_list(frame: &mut Frame, app: &App, view: &Employers, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let title = lang.render(&Msg::new("employers-title").arg("count", view.rows.len()));
    let height = area.height.saturating_sub(2) as usize;
    let offset = view.selected.saturating_sub(height.saturating_sub(1));
    // Only the visible rows are built: a programme can have thousands of employers.
    let rows: Vec<Row> = view
        .rows
        .iter()
        .skip(offset)
        .take(height)
        .map(|r| {
            Row::new(vec![
                Cell::from(r.employer.name.clone()),
                Cell::from(format!("{:>2}", r.current_placements)),
                Cell::from(
                    r.employer
                        .last_contact
                        .map(|d| d.format("%d-%m-%y").to_string())
                        .unwrap_or_else(|| "–".into()),
                ),
            ])
        })
        .collect();
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(2),
        Constraint::Length(8),
    ];
    let table = Table::new(rows, widths)
        .block(focus_block(theme, title, !view.in_placements))
        .column_spacing(1)
        .row_highlight_style(theme.selected)
        .highlight_symbol("›");
    let mut state = TableState::default()
        .with_selected((!view.rows.is_empty()).then(|| view.selected - offset));
    frame.render_stateful_widget(table, area, &mut state);
}

fn draw_detail(frame: &mut Frame, app: &App, view: &Employers, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let Some(e) = view.selected_employer() else {
        frame.render_widget(focus_block(theme, String::new(), false), area);
        return;
    };
    let mut facts: Vec<(String, String)> = Vec::new();
    let mut add = |label: &str, value: String| {
        if !value.trim().is_empty() {
            facts.push((lang.text(label), value));
        }
    };
    add(
        "field-sector",
        e.sector
            .map(|s| lang.text(s.label_id()))
            .unwrap_or_default(),
    );
    add(
        "field-kvk",
        e.kvk
            .as_ref()
            .map(|k| k.as_str().to_string())
            .unwrap_or_default(),
    );
    add(
        "field-sbb_recognised",
        lang.text(if e.sbb_recognised { "yes" } else { "no" }),
    );
    add("field-address", e.address.clone());
    add("field-neighbourhood", e.neighbourhood.clone());
    if let Some(c) = e.main_contact() {
        add("field-contacts", format!("{} ({})", c.name, c.role));
        add("field-phone", c.phone.clone());
        add("field-email", c.email.clone());
    }
    add(
        "field-capacity",
        e.capacity.map(|c| c.to_string()).unwrap_or_default(),
    );
    add("field-last_contact", date(e.last_contact));
    add("field-notes", e.notes.clone());
    let lines: Vec<Line> = facts
        .into_iter()
        .map(|(label, value)| {
            Line::from(vec![
                Span::styled(format!("{label:<16} "), theme.dim),
                Span::raw(value),
            ])
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(focus_block(theme, e.name.clone(), false)),
        area,
    );
}

fn draw_placements(frame: &mut Frame, app: &App, view: &Employers, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let title = lang.render(&Msg::new("employers-placements").arg("count", view.placements.len()));
    let height = area.height.saturating_sub(2) as usize;
    let offset = view
        .placement_selected
        .saturating_sub(height.saturating_sub(1));
    let rows: Vec<Row> = view
        .placements
        .iter()
        .skip(offset)
        .take(height)
        .map(|p| {
            let who = p
                .coachee
                .as_ref()
                .map(|c| format!("{} {}", c.code, c.full_name()))
                .unwrap_or_default();
            Row::new(vec![
                Cell::from(who),
                Cell::from(lang.text(p.placement.state().label_id())),
                Cell::from(date(p.placement.start)),
                Cell::from(p.placement.supervisor.clone()),
            ])
        })
        .collect();
    let widths = [
        Constraint::Fill(2),
        Constraint::Length(12),
        Constraint::Length(10),
        Constraint::Fill(1),
    ];
    let table = Table::new(rows, widths)
        .block(focus_block(theme, title, view.in_placements))
        .column_spacing(1)
        .row_highlight_style(if view.in_placements {
            theme.selected
        } else {
            Style::new()
        });
    let mut state = TableState::default()
        .with_selected((!view.placements.is_empty()).then(|| view.placement_selected - offset));
    frame.render_stateful_widget(table, area, &mut state);
}
