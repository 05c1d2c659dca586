//! The help window: every action with its keys, generated from the live keymap; and on its
//! second page every sign the screen uses, with where this system keeps the files.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::app::{Action, App, HelpPage, Popup};
use crate::domain::Status;
use crate::domain::codes::Vocabulary;
use crate::ui::Theme;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let page = match app.popups.last() {
        Some(Popup::Help(page)) => *page,
        _ => HelpPage::Keys,
    };
    let lang = app.lang;
    let (title, other) = match page {
        HelpPage::Keys => ("help-title", "help-signs-title"),
        HelpPage::Signs => ("help-signs-title", "help-title"),
    };
    let block = Block::bordered()
        .title(Span::styled(format!(" {} ", lang.text(title)), theme.title))
        // On the border, so that every key still fits on an 80×24 screen.
        .title_bottom(Span::styled(
            format!(
                " Tab  {} · Ctrl-C  {} ",
                lang.text(other),
                lang.text("help-ctrl-c")
            ),
            theme.dim,
        ))
        .border_style(theme.focused_border);
    let width = area.width.saturating_sub(2).min(110);
    let (lines, rows) = match page {
        HelpPage::Keys => keys(app, theme, width),
        HelpPage::Signs => signs(app, theme, width),
    };
    let popup = super::centred(area, width, (rows + 2).min(area.height));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}

/// Every action but help itself (open already) with its keys, in two columns so that every
/// key fits on an 80×24 screen without scrolling.
fn keys<'a>(app: &App, theme: &Theme, width: u16) -> (Vec<Line<'a>>, u16) {
    let lang = app.lang;
    let listed: Vec<Action> = Action::ALL
        .into_iter()
        .filter(|a| *a != Action::Help)
        .collect();
    let rows = listed.len().div_ceil(2);
    let column = (width.saturating_sub(2) / 2) as usize;
    let key_width = 12;
    let label_width = column.saturating_sub(key_width + 2);
    let entry = |action: Action| -> Vec<Span> {
        let keys: Vec<String> = app
            .keymap
            .keys_for(action)
            .iter()
            .map(ToString::to_string)
            .collect();
        let label = crate::text::clip(&lang.text(&action.label_id()), label_width);
        vec![
            Span::styled(format!(" {:<key_width$}", keys.join(" ")), theme.key),
            Span::raw(format!("{label:<label_width$} ")),
        ]
    };
    let (left, right) = listed.split_at(rows);
    let lines = (0..rows)
        .map(|i| {
            let mut spans = entry(left[i]);
            if let Some(action) = right.get(i) {
                spans.extend(entry(*action));
            }
            Line::from(spans)
        })
        .collect();
    (lines, rows as u16)
}

/// The signs that stand for something, each with what it means; the statuses come from the
/// domain, so a new status cannot go unexplained.
const SIGNS: [(&str, &str); 8] = [
    ("›", "help-sign-here"),
    ("!", "help-sign-overdue"),
    ("•", "help-sign-signals"),
    ("⚑", "help-sign-escalated"),
    ("✎", "help-sign-draft"),
    ("§", "help-sign-consent"),
    ("⚠", "help-sign-warning"),
    ("✔", "help-sign-done"),
];

fn signs<'a>(app: &App, theme: &Theme, width: u16) -> (Vec<Line<'a>>, u16) {
    let lang = app.lang;
    let mut lines = vec![Line::styled(
        format!(" {}", lang.text("help-signs-status")),
        theme.title,
    )];
    let statuses: Vec<String> = Status::all()
        .iter()
        .map(|s| format!("{} {}", s.symbol(), lang.text(s.label_id())))
        .collect();
    // Five to a row: two rows at 80 columns, never broken inside a status.
    for row in statuses.chunks(5) {
        lines.push(Line::raw(format!("  {}", row.join("   "))));
    }
    lines.push(Line::default());
    for (sign, meaning) in SIGNS {
        lines.push(Line::from(vec![
            Span::styled(format!("  {sign}  "), theme.key),
            Span::raw(lang.text(meaning)),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(" {}", lang.text("help-files")),
        theme.title,
    ));
    let unknown = || lang.text("help-file-none");
    let files = [
        (
            "help-file-config",
            app.config_file.clone().unwrap_or_else(unknown),
        ),
        ("help-file-data", app.owner.data_dir.clone()),
        (
            "help-file-logs",
            std::path::Path::new(&app.owner.data_dir)
                .join("logs")
                .display()
                .to_string(),
        ),
    ];
    for (label, path) in files {
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<14}", lang.text(label)), theme.dim),
            Span::raw(path),
        ]));
    }
    // A long path wraps: count the rows it takes inside the borders.
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows = lines
        .iter()
        .map(|line| line.width().div_ceil(inner).max(1))
        .sum::<usize>();
    (lines, rows as u16)
}
