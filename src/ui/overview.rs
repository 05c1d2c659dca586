//! The overview tab: the period's headline numbers, a line per coach, and three small charts
//! (the pipeline by status, contacts per week, running placements by type).

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Block, Cell, Paragraph, Row, Table, TableState};

use super::Theme;
use crate::app::App;
use crate::app::tabs::overview::{OverviewTab, Span as PeriodSpan};
use crate::domain::dates::format_date;
use crate::i18n::Lang;
use crate::message::Msg;
use crate::report::overview::Overview;
use crate::report::{Mode, Value};

/// Below this width the coach table keeps only its most telling columns.
const NARROW: u16 = 110;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let Some(tab) = app.overview.as_ref() else {
        return;
    };
    let title = format!(" {} ", period_title(lang, tab, app));
    let Some(figures) = tab.figures.as_ref() else {
        let block = Block::bordered().title(Span::styled(title, theme.title));
        frame.render_widget(block, area);
        return;
    };
    let coach_rows = (figures.coaches.len().max(1) as u16 + 3).min(area.height / 3);
    let [headline, coaches, charts] = Layout::vertical([
        Constraint::Length(4),
        Constraint::Length(coach_rows),
        Constraint::Fill(1),
    ])
    .areas(area);
    draw_headline(frame, lang, theme, figures, title, headline);
    draw_coaches(frame, app, theme, tab, coaches);
    let [pipeline, weeks, placements] = Layout::horizontal([
        Constraint::Percentage(38),
        Constraint::Percentage(37),
        Constraint::Fill(1),
    ])
    .areas(charts);
    draw_pipeline(frame, lang, theme, figures, pipeline);
    draw_weeks(frame, lang, theme, figures, weeks);
    draw_placements(frame, lang, theme, figures, placements);
}

/// "november 2026" or "2026", and the day the figures stand on while the period runs.
fn period_title(lang: Lang, tab: &OverviewTab, app: &App) -> String {
    let period = match tab.span {
        PeriodSpan::Month(first) => lang.render(
            &Msg::new("overview-month")
                .arg("month", lang.text(&format!("month-{}", first.month())))
                .arg("year", first.year()),
        ),
        PeriodSpan::Year(year) => year.to_string(),
    };
    let mut title = lang.render(&Msg::new("overview-title").arg("period", period));
    if tab.span.period().contains(app.today) {
        title.push_str(
            &lang.render(&Msg::new("overview-as-of").arg("date", format_date(app.today))),
        );
    }
    title
}

fn draw_headline(
    frame: &mut Frame,
    lang: Lang,
    theme: &Theme,
    figures: &Overview,
    title: String,
    area: Rect,
) {
    let h = &figures.headline;
    let figures = [
        ("overview-active", Value::Count(h.active)),
        ("overview-registered", Value::Count(h.registered)),
        ("overview-contacts", Value::Count(h.contacts)),
        ("overview-hours", Value::Minutes(h.minutes)),
        ("overview-stage-visits", Value::Count(h.stage_visits)),
        ("overview-no-shows", Value::Count(h.no_shows)),
        (
            "overview-placements-started",
            Value::Count(h.placements_started),
        ),
        ("overview-completed", Value::Count(h.completed)),
        ("overview-dropped-out", Value::Count(h.dropped_out)),
    ];
    // Laid out by hand so that a number never ends one line and its label starts the next.
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines: Vec<Line> = vec![Line::default()];
    let mut used = 0;
    for (id, value) in figures {
        let number = value.shown(Mode::Exact).unwrap_or_default();
        let label = lang.text(id);
        let needed = crate::text::width(&number) + 1 + crate::text::width(&label);
        if used > 0 && used + 3 + needed > width {
            lines.push(Line::default());
            used = 0;
        }
        let line = lines.last_mut().expect("one line at least");
        if used > 0 {
            line.push_span(Span::raw("   "));
            used += 3;
        }
        line.push_span(Span::styled(number, theme.title));
        line.push_span(Span::raw(format!(" {label}")));
        used += needed;
    }
    let block = Block::bordered().title(Span::styled(title, theme.title));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn draw_coaches(frame: &mut Frame, app: &App, theme: &Theme, tab: &OverviewTab, area: Rect) {
    let lang = app.lang;
    // Only a coordinator receives bundles from coaches.
    let coordinator = app.owner.role == crate::domain::Role::Coordinator;
    let title = lang.render(
        &Msg::new(if coordinator {
            "overview-coaches"
        } else {
            "overview-coaches-own"
        })
        .arg("order", lang.text(tab.sort.label_id())),
    );
    let block = super::focus_block(theme, title, !app.keyboard_owner().is_popup());
    let coaches = tab.coaches();
    if coaches.is_empty() {
        let text = lang.text("overview-no-coaches");
        frame.render_widget(Paragraph::new(text).style(theme.dim).block(block), area);
        return;
    }
    let narrow = area.width < NARROW;
    // Column id, width, and whether a narrow screen keeps it.
    let columns: [(&str, u16, bool); 9] = [
        ("overview-col-caseload", 8, true),
        ("overview-col-active", 7, false),
        ("overview-col-contacts", 8, true),
        ("overview-col-hours", 7, true),
        ("overview-col-stage-visits", 8, false),
        ("overview-col-overdue", 9, true),
        ("overview-col-escalations", 9, false),
        ("overview-col-agreements", 9, false),
        ("overview-col-last-bundle", 15, true),
    ];
    let last_bundle = columns.len() - 1;
    let kept: Vec<usize> = (0..columns.len())
        .filter(|i| !narrow || columns[*i].2)
        .filter(|i| coordinator || *i != last_bundle)
        .collect();
    let mut widths = vec![Constraint::Fill(1)];
    widths.extend(kept.iter().map(|i| Constraint::Length(columns[*i].1)));
    let mut header = vec![Cell::from(lang.text("overview-col-coach"))];
    header.extend(kept.iter().map(|i| Cell::from(lang.text(columns[*i].0))));
    let rows: Vec<Row> = coaches
        .iter()
        .map(|c| {
            let behind = coordinator && c.is_behind(app.today);
            let last = match c.last_bundle {
                Some(d) => format_date(d),
                None => "–".to_string(),
            };
            let cells = [
                c.caseload.to_string(),
                c.active.to_string(),
                c.contacts.to_string(),
                Value::Minutes(c.minutes)
                    .shown(Mode::Exact)
                    .unwrap_or_default(),
                c.stage_visits.to_string(),
                c.overdue.to_string(),
                c.escalations.to_string(),
                c.agreements_past_due.to_string(),
                if behind { format!("⚠ {last}") } else { last },
            ];
            let mut row = vec![Cell::from(c.name.clone())];
            row.extend(kept.iter().map(|i| Cell::from(cells[*i].clone())));
            let row = Row::new(row);
            if behind {
                row.style(theme.warning)
            } else {
                row
            }
        })
        .collect();
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.dim))
        .row_highlight_style(theme.selected)
        .highlight_symbol("› ")
        .block(block);
    let mut state = TableState::default().with_selected(Some(tab.selected));
    frame.render_stateful_widget(table, area, &mut state);
}

fn draw_pipeline(frame: &mut Frame, lang: Lang, theme: &Theme, figures: &Overview, area: Rect) {
    let bars: Vec<Bar> = figures
        .pipeline
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(status, n)| {
            let label = format!("{} {}", status.symbol(), lang.text(status.label_id()));
            Bar::with_label(label, *n).text_value(n.to_string())
        })
        .collect();
    let block = chart_block(lang, theme, "overview-pipeline");
    if bars.is_empty() {
        frame.render_widget(block, area);
        return;
    }
    let chart = BarChart::horizontal(bars)
        .bar_width(1)
        .bar_gap(0)
        .bar_style(theme.title)
        .value_style(theme.selected)
        .block(block);
    frame.render_widget(chart, area);
}

fn draw_weeks(frame: &mut Frame, lang: Lang, theme: &Theme, figures: &Overview, area: Rect) {
    let weeks = figures.weeks.len().max(1) as u16;
    // As wide as the area lets every week be, with a column between them.
    let bar_width = (area.width.saturating_sub(2) / weeks)
        .saturating_sub(1)
        .max(1);
    let bars: Vec<Bar> = figures
        .weeks
        .iter()
        .map(|(monday, n)| {
            let bar = Bar::new(*n).text_value(n.to_string());
            if bar_width >= 2 {
                bar.label(format!("{:02}", monday.iso_week().week()))
            } else {
                bar
            }
        })
        .collect();
    let chart = BarChart::vertical(bars)
        .bar_width(bar_width)
        .bar_gap(1)
        .bar_style(theme.title)
        .value_style(theme.selected)
        .label_style(theme.dim)
        .block(chart_block(lang, theme, "overview-weeks"));
    frame.render_widget(chart, area);
}

fn draw_placements(frame: &mut Frame, lang: Lang, theme: &Theme, figures: &Overview, area: Rect) {
    let block = chart_block(lang, theme, "overview-placements");
    let lines: Vec<Line> = if figures.placements.is_empty() {
        vec![Line::styled(lang.text("overview-no-placements"), theme.dim)]
    } else {
        figures
            .placements
            .iter()
            .map(|(kind, n)| {
                let label =
                    kind.map_or_else(|| lang.text("report-unknown"), |k| lang.text(k.label_id()));
                Line::from(vec![
                    Span::styled(format!("{n:>5} "), theme.title),
                    Span::raw(label),
                ])
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn chart_block<'a>(lang: Lang, theme: &Theme, title_id: &str) -> Block<'a> {
    Block::bordered()
        .title(Span::styled(
            format!(" {} ", lang.text(title_id)),
            theme.title,
        ))
        .border_style(theme.border)
}
