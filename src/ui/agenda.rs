//! The agenda tab: sections of coachees that need something, each row with the date it is
//! about and how far that is from today.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::Theme;
use crate::app::App;
use crate::app::tabs::agenda::{Section, Subject};
use crate::domain::Role;
use crate::domain::dates::format_date;
use crate::message::Msg;
use crate::text::clip;

/// One line of the agenda, by reference: text is only built for the lines on screen.
enum Entry {
    /// A section's heading with how many rows it has ("200+" when not all were counted).
    Heading(Section, String),
    Nothing,
    /// How many more the section has than it lists (None: more, not counted).
    More(Section, Option<usize>),
    Row(usize),
    /// The second line of a row about an escalation or an agreement: what it says.
    About(usize),
    Blank,
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let lang = app.lang;
    // The rows are sorted by section, so each section is one contiguous run.
    let mut entries = Vec::with_capacity(app.agenda.len() + 12);
    let mut start = 0;
    for section in Section::ALL {
        let count = app.agenda[start..]
            .iter()
            .take_while(|r| r.section == section)
            .count();
        let left_out = &app.agenda_left_out;
        let not_listed = left_out.not_listed[section.index()];
        entries.push(Entry::Heading(section, left_out.count(section, count)));
        if count == 0 {
            entries.push(Entry::Nothing);
        }
        for i in start..start + count {
            entries.push(Entry::Row(i));
            if app.agenda[i].subject != Subject::Contact {
                entries.push(Entry::About(i));
            }
        }
        if left_out.uncounted(section) {
            entries.push(Entry::More(section, None));
        } else if not_listed > 0 {
            entries.push(Entry::More(section, Some(not_listed)));
        }
        entries.push(Entry::Blank);
        start += count;
    }
    let selected_line = entries
        .iter()
        .position(|e| matches!(e, Entry::Row(i) if *i == app.agenda_selected))
        .unwrap_or(0);
    let height = area.height.saturating_sub(2) as usize;
    // The selected row, its second line and one more stay in view.
    let offset = (selected_line + 3).saturating_sub(height);
    let lines: Vec<Line> = entries
        .iter()
        .skip(offset)
        .take(height)
        .map(|entry| match entry {
            Entry::Heading(section, count) => Line::styled(
                lang.render(&Msg::new(section.label_id()).arg("count", count)),
                theme.title,
            ),
            Entry::Nothing => Line::styled(format!("  {}", lang.text("agenda-none")), theme.dim),
            Entry::More(section, count) => {
                let text = match (section, count) {
                    (_, None) => lang.text("agenda-more-agreements"),
                    (Section::Escalated, Some(n)) => {
                        lang.render(&Msg::new("agenda-more-escalations").arg("count", n))
                    }
                    (_, Some(n)) => lang.render(&Msg::new("agenda-more-contacts").arg("count", n)),
                };
                Line::styled(format!("  {text}"), theme.dim)
            }
            Entry::Blank => Line::default(),
            Entry::Row(i) => row_line(app, theme, *i),
            Entry::About(i) => about_line(app, theme, *i, area.width.saturating_sub(2) as usize),
        })
        .collect();
    let total = app.agenda_left_out.total(app.agenda.len());
    let title = lang.render(&Msg::new("agenda-title").arg("count", total));
    let block = Block::bordered()
        .title(Span::styled(format!(" {title} "), theme.title))
        .border_style(theme.focused_border);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn row_line<'a>(app: &App, theme: &Theme, index: usize) -> Line<'a> {
    let lang = app.lang;
    let row = &app.agenda[index];
    let when = match row.date {
        Some(date) => {
            let days = (app.today - date).num_days();
            let relative = match days {
                0 => lang.text("agenda-today"),
                d if d > 0
                    && matches!(row.section, Section::Overdue | Section::AgreementsPastDue) =>
                {
                    lang.render(&Msg::new("agenda-days-late").arg("days", d))
                }
                d if d > 0 => lang.render(&Msg::new("agenda-days-ago").arg("days", d)),
                d => lang.render(&Msg::new("agenda-in-days").arg("days", -d)),
            };
            format!("{}  {relative}", format_date(date))
        }
        None => lang.text("agenda-never"),
    };
    let chosen = index == app.agenda_selected;
    let marker = if chosen { "›" } else { " " };
    let text = format!(
        "{marker} {}  {} {when}",
        row.code,
        crate::text::pad(&row.name, 28)
    );
    if chosen {
        Line::styled(text, theme.selected)
    } else {
        Line::raw(text)
    }
}

/// What an escalation or an agreement says, under its row.
fn about_line<'a>(app: &App, theme: &Theme, index: usize, width: usize) -> Line<'a> {
    let lang = app.lang;
    let about = match &app.agenda[index].subject {
        Subject::Contact => String::new(),
        // A coach's escalations are all their own; the coordinator needs to know whose.
        Subject::Escalation {
            coach, headline, ..
        } if app.owner.role == Role::Coordinator => {
            let by = lang.render(&Msg::new("agenda-escalation-by").arg("coach", coach));
            format!("{by}: {headline}")
        }
        Subject::Escalation { headline, .. } => headline.clone(),
        Subject::Agreement { text, owner, .. } => {
            format!("{text} ({})", lang.text(owner.label_id()))
        }
    };
    const INDENT: &str = "        ↳ ";
    let room = width.saturating_sub(crate::text::width(INDENT));
    Line::styled(format!("{INDENT}{}", clip(&about, room)), theme.dim)
}
