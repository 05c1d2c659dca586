//! A long choice's picker over its form: the search typed so far, how many options match, and
//! the matching options with the one pointed at highlighted.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::app::form::{Field, Input, picker::Picker};
use crate::i18n::Lang;
use crate::message::Msg;
use crate::text::{clip, width};
use crate::ui::Theme;

/// Where the picker goes in `area`, how many options it shows, and the first one shown.
fn place(picker: &Picker, area: Rect) -> (Rect, usize, usize) {
    // Room for the search, the count and the list (at least one row, for "nothing found"); at
    // most 14 options shown.
    let height = (picker.matches.len().clamp(1, 14) as u16 + 4).min(area.height);
    let popup = super::centred(area, area.width.saturating_sub(8).min(70), height);
    let visible = height.saturating_sub(4) as usize;
    let offset = (picker.selected + 1).saturating_sub(visible);
    (popup, visible, offset)
}

/// The match drawn at `at`, if the pointer is on one of the picker's option rows.
pub fn row_at(picker: &Picker, area: Rect, at: Position) -> Option<usize> {
    let (popup, visible, offset) = place(picker, area);
    // Under the top border, the search and the count.
    let first = popup.y + 3;
    if !popup.contains(at) || at.y < first {
        return None;
    }
    let row = offset + usize::from(at.y - first);
    (row < offset + visible && row < picker.matches.len()).then_some(row)
}

/// The picker for `field`, centred in `area`, with the cursor at the end of the search.
pub fn draw_picker(
    frame: &mut Frame,
    lang: Lang,
    field: &Field,
    picker: &Picker,
    theme: &Theme,
    area: Rect,
) {
    let Input::Choice(options) = &field.input else {
        return;
    };
    let (popup, visible, offset) = place(picker, area);
    let inner_width = popup.width.saturating_sub(2) as usize;
    let mut lines = vec![
        Line::from(vec![
            Span::styled(" › ", theme.key),
            Span::raw(picker.query.clone()),
        ]),
        Line::styled(
            format!(
                "   {}",
                lang.render(
                    &Msg::new("picker-count")
                        .arg("shown", picker.matches.len())
                        .arg("total", options.len())
                )
            ),
            theme.dim,
        ),
    ];
    if picker.matches.is_empty() {
        lines.push(Line::styled(
            format!("   {}", lang.text("picker-empty")),
            theme.dim,
        ));
    }
    for (row, &option) in picker.matches.iter().enumerate().skip(offset).take(visible) {
        let style = if row == picker.selected {
            theme.selected
        } else {
            ratatui::style::Style::new()
        };
        // Marked in text too, for a terminal without colours: › pointed at, ✔ chosen now.
        let pointed = if row == picker.selected { '›' } else { ' ' };
        let chosen = if options[option].code == field.value {
            '✔'
        } else {
            ' '
        };
        let mark = format!("{pointed}{chosen} ");
        let label = clip(
            &options[option].label.render(lang),
            inner_width.saturating_sub(4),
        );
        lines.push(Line::from(vec![
            Span::styled(mark, theme.key),
            Span::styled(label, style),
        ]));
    }
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", field.label.render(lang)),
            theme.title,
        ))
        .border_style(theme.focused_border);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
    let cursor_x = popup.x + 1 + 3 + width(&picker.query) as u16;
    frame.set_cursor_position(Position::new(
        cursor_x.min(popup.right().saturating_sub(2)),
        popup.y + 1,
    ));
}
