//! Drawing a form: a label column and a value column, the focused field marked and given the
//! cursor, each field's error right under it, and the privacy warning at the bottom.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::Theme;
use crate::app::App;
use crate::app::form::{Field, FieldPart, Form, Input, agreements};
use crate::app::mouse::MouseTarget;
use crate::i18n::Lang;
use crate::text::clip;

const LABEL_WIDTH: usize = 24;
/// A multi-line field shows at least this many lines, so it looks like room to write.
const MIN_TEXT_LINES: usize = 3;
const MAX_TEXT_LINES: usize = 8;

pub fn draw(frame: &mut Frame, app: &App, form: &Form, theme: &Theme, area: Rect) {
    let lang = app.lang;
    let mut title = lang.text(form.kind.title_id());
    if let Some(row) = form
        .kind
        .coachee()
        .and_then(|id| app.detail.as_ref().filter(|d| d.coachee.id == id))
    {
        title = format!("{title} · {} {}", row.coachee.code, row.coachee.full_name());
    }
    let block = Block::bordered()
        .title(Span::styled(format!(" {title} "), theme.title))
        .border_style(theme.focused_border);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let (context, body, privacy, context_text) = areas(app, form, area);
    if let Some(text) = context_text {
        frame.render_widget(
            Paragraph::new(text)
                .style(theme.dim)
                .wrap(Wrap { trim: false }),
            context,
        );
    }

    let laid = lay_out(app, form, theme, body);
    let (offset, editor_at) = (laid.offset, laid.editor_at);
    let height = body.height as usize;
    frame.render_widget(Paragraph::new(laid.lines).scroll((offset as u16, 0)), body);
    // The focused text is drawn by its editor, over the room its field left for it.
    if let (Some(place), Some(editor)) = (editor_at, form.editor_view())
        && place.row >= offset
        && place.row - offset < height
    {
        let top = body.y + (place.row - offset) as u16;
        let x = body.x + (LABEL_WIDTH + 3 + place.column) as u16;
        let area = Rect {
            x,
            y: top,
            width: (place.width as u16).min(body.right().saturating_sub(x)),
            height: (place.rows as u16).min(body.bottom().saturating_sub(top)),
        };
        let style = if form.selected {
            theme.selected
        } else {
            value_style(true, theme)
        };
        editor.render(area, frame.buffer_mut(), style);
        let (row, column) = editor.screen_position();
        frame.set_cursor_position(Position::new(area.x + column, area.y + row));
    }
    super::privacy_warning::draw(frame, app, form, theme, privacy);

    // An agreement being added or changed: its small form over this one (and its cursor).
    if let Some(sub) = &form.sub {
        draw(frame, app, sub, theme, sub_area(sub, area));
    }
    if let Some(picker) = &form.picker {
        super::popup::picker::draw_picker(frame, lang, form.focused(), picker, theme, area);
    }
}

/// Where the small form of an agreement goes over its form.
fn sub_area(sub: &Form, area: Rect) -> Rect {
    let height = (sub.fields.len() as u16 + 6).min(area.height);
    super::popup::centred(area, area.width.saturating_sub(8).min(76), height)
}

/// What is under the pointer in a form drawn in `area`: a field, one of its options, or a row
/// of its picker. None over its title, its margins, or while an agreement's form is open.
pub fn target_at(app: &App, form: &Form, area: Rect, at: Position) -> Option<MouseTarget> {
    if let Some(picker) = &form.picker {
        return super::popup::picker::row_at(picker, area, at).map(MouseTarget::PickerRow);
    }
    if form.sub.is_some() || !area.contains(at) {
        return None;
    }
    let (_, body, privacy, _) = areas(app, form, area);
    if privacy.contains(at) {
        return Some(MouseTarget::Warning);
    }
    if !body.contains(at) {
        return None;
    }
    // Only the places matter here; the lines are laid out with any theme.
    let laid = lay_out(app, form, &Theme::monochrome(), body);
    let line = laid.offset + usize::from(at.y - body.y);
    let field = laid.fields.iter().position(|rows| rows.contains(&line))?;
    let column = usize::from(at.x - body.x).checked_sub(LABEL_WIDTH + 3);
    let part = laid.options.iter().find(|(f, place)| {
        *f == field
            && place.row == line
            && column.is_some_and(|c| (place.from..place.to).contains(&c))
    });
    Some(match part {
        Some((_, place)) => MouseTarget::FormOption {
            field,
            part: place.part,
        },
        None => MouseTarget::FormField(field),
    })
}

/// The form's inner parts: its context line(s) under the title, the fields, the privacy
/// warning at the bottom, and the context's text.
fn areas(app: &App, form: &Form, area: Rect) -> (Rect, Rect, Rect, Option<String>) {
    let lang = app.lang;
    let inner = Block::bordered().inner(area);
    // The warning takes what it needs, up to half the form; the rest scrolls (PageDown).
    let privacy_height =
        (super::privacy_warning::line_count(app, form, inner.width) as u16).min(inner.height / 2);
    let context_text = form
        .context
        .as_ref()
        .map(|msg| format!(" {}", lang.render(msg)));
    let context_height = context_text.as_ref().map_or(0, |text| {
        (crate::text::width(text) as u16)
            .div_ceil(inner.width.max(1))
            .max(1)
            + 1
    });
    let [context, body, privacy] = Layout::vertical([
        Constraint::Length(context_height),
        Constraint::Fill(1),
        Constraint::Length(privacy_height),
    ])
    .areas(inner);
    (context, body, privacy, context_text)
}

/// The fields laid out in `body`: their lines, scrolled to keep the focus in view, with where
/// each field and each clickable option is.
struct Laid<'a> {
    lines: Vec<Line<'a>>,
    offset: usize,
    editor_at: Option<EditorPlace>,
    /// The lines of each field.
    fields: Vec<std::ops::Range<usize>>,
    /// The options that can be clicked, per field, on the form's lines.
    options: Vec<(usize, OptionPlace)>,
}

fn lay_out<'a>(app: &App, form: &'a Form, theme: &Theme, body: Rect) -> Laid<'a> {
    let lang = app.lang;
    let value_width = (body.width as usize)
        .saturating_sub(LABEL_WIDTH + 3)
        .max(10);
    let mut lines: Vec<Line> = Vec::new();
    let mut focus_line = 0;
    let mut editor_at: Option<EditorPlace> = None;
    let mut focus_end = 0;
    let mut fields = Vec::new();
    let mut options = Vec::new();
    for (index, field) in form.fields.iter().enumerate() {
        let focused = index == form.focus;
        let first = lines.len();
        if focused {
            focus_line = first;
        }
        let rendered = field_lines(field, focused, app.today, lang, theme, value_width);
        if focused && let Some(place) = rendered.editor {
            editor_at = Some(EditorPlace {
                row: first + place.row,
                ..place
            });
        }
        options.extend(rendered.options.into_iter().map(|place| {
            let row = first + place.row;
            (index, OptionPlace { row, ..place })
        }));
        lines.extend(rendered.lines);
        fields.push(first..lines.len());
        if focused {
            focus_end = lines.len();
        }
    }
    // Keep the focused field (and a little of what follows) in view.
    let height = body.height as usize;
    // The whole focused field (its rows of agreements, its help) when it fits.
    let last_of_focus = editor_at.map_or(focus_end, |p| (p.row + p.rows).max(focus_end));
    let offset = last_of_focus.saturating_sub(height).min(focus_line);
    Laid {
        lines,
        offset,
        editor_at,
        fields,
        options,
    }
}

/// How far the privacy warning of the form drawn in `area` can scroll: the loop keeps the
/// form's scroll within it, so that scrolling back up starts from what is shown.
pub fn warning_scroll_limit(app: &App, form: &Form, area: Rect) -> usize {
    let (_, _, privacy, _) = areas(app, form, area);
    super::privacy_warning::scroll_limit(app, form, privacy)
}

struct Rendered<'a> {
    lines: Vec<Line<'a>>,
    /// Where the focused text field's editor goes, within `lines`.
    editor: Option<EditorPlace>,
    /// Where its options are, within `lines`, for a click.
    options: Vec<OptionPlace>,
}

/// An option of a field on the screen: on `row`, from column `from` up to `to` of the value.
#[derive(Debug, Clone, Copy)]
struct OptionPlace {
    row: usize,
    from: usize,
    to: usize,
    part: FieldPart,
}

/// The room a focused text field leaves for its editor: from `row` (of the form's lines),
/// `column` columns into the value, `width` wide and `rows` high.
#[derive(Debug, Clone, Copy)]
struct EditorPlace {
    row: usize,
    column: usize,
    width: usize,
    rows: usize,
}

fn field_lines<'a>(
    field: &'a Field,
    focused: bool,
    today: chrono::NaiveDate,
    lang: Lang,
    theme: &Theme,
    width: usize,
) -> Rendered<'a> {
    let marker = if focused { "›" } else { " " };
    let mut label = field.label.render(lang);
    if field.required {
        label.push_str(" *");
    }
    let label_text: String = clip(&label, LABEL_WIDTH);
    let label_style = if focused { theme.title } else { theme.dim };
    let head = |value: Vec<Span<'a>>| {
        let mut spans = vec![
            Span::styled(marker.to_string(), theme.key),
            // Padded by screen width: a goal's own text may hold wide characters.
            Span::styled(
                format!(" {} ", crate::text::pad(&label_text, LABEL_WIDTH)),
                label_style,
            ),
        ];
        spans.extend(value);
        Line::from(spans)
    };
    let indent = || " ".repeat(LABEL_WIDTH + 3);
    let mut lines = Vec::new();
    let mut editor = None;
    let mut places = Vec::new();
    let at = |row: usize, from: usize, to: usize, part: FieldPart| OptionPlace {
        row,
        from,
        to,
        part,
    };
    match &field.input {
        Input::Multiline => {
            // Wrapped at words, one column left for the bar that marks the field; while it is
            // focused its editor draws the text (and wraps it the same way) over blank rows,
            // with one row to spare to type into.
            let text_width = width.saturating_sub(1).max(1);
            let mut text_lines = crate::text::wrap(&field.value, text_width);
            let wanted = text_lines.len() + usize::from(focused);
            let shown = wanted.clamp(MIN_TEXT_LINES, MAX_TEXT_LINES);
            if focused {
                text_lines.clear();
                editor = Some(EditorPlace {
                    row: 0,
                    column: 1,
                    width: text_width,
                    rows: shown,
                });
            }
            text_lines.resize(text_lines.len().max(shown), String::new());
            for (i, text) in text_lines.into_iter().take(shown).enumerate() {
                let value = Span::styled(format!("│{text}"), value_style(focused, theme));
                lines.push(if i == 0 {
                    head(vec![value])
                } else {
                    Line::from(vec![Span::raw(indent()), value])
                });
            }
        }
        Input::Agreements => {
            let kept = agreements::lines(&field.value);
            let count = kept.len();
            let mut rows: Vec<(String, bool)> = kept
                .iter()
                .enumerate()
                .map(|(i, line)| {
                    let text = agreements::shown(line, today, |id| lang.text(id));
                    (format!("• {text}"), focused && i == field.cursor)
                })
                .collect();
            if focused {
                let add = format!("+ {}", lang.text("form-agreement-add"));
                rows.push((add, field.cursor >= count));
            } else if rows.is_empty() {
                rows.push((lang.text("form-none"), false));
            }
            for (i, (text, pointed)) in rows.into_iter().enumerate() {
                places.push(at(i, 0, width, FieldPart::Option(i)));
                let style = if pointed {
                    theme.selected
                } else {
                    value_style(focused, theme)
                };
                let value = Span::styled(clip(&text, width), style);
                lines.push(if i == 0 {
                    head(vec![value])
                } else {
                    Line::from(vec![Span::raw(indent()), value])
                });
            }
        }
        Input::Choice(options) => {
            let chosen = options
                .iter()
                .find(|o| o.code == field.value)
                .map_or_else(|| lang.text("form-none"), |o| o.label.render(lang));
            let text = if focused {
                let end = crate::text::width(&chosen) + 4;
                places.push(at(0, 0, 2, FieldPart::Previous));
                places.push(at(0, end - 2, end, FieldPart::Next));
                format!("‹ {chosen} ›")
            } else {
                chosen
            };
            lines.push(head(vec![Span::styled(text, value_style(focused, theme))]));
        }
        Input::Multi(options) => {
            let chosen = field.chosen();
            let mut spans = Vec::new();
            for (i, option) in options.iter().enumerate() {
                let mark = if chosen.contains(&option.code.as_str()) {
                    "☒"
                } else {
                    "☐"
                };
                let style = if focused && i == field.cursor {
                    theme.selected
                } else {
                    value_style(focused, theme)
                };
                spans.push((
                    Span::styled(format!("{mark} {}", option.label.render(lang)), style),
                    Some(i),
                ));
                spans.push((Span::raw("  "), None));
            }
            let (wrapped, option_places) = wrap_spans(spans, width, head, indent());
            lines.extend(wrapped);
            places.extend(option_places);
        }
        Input::Toggle => {
            let (mark, word) = if field.value.is_empty() {
                ("☐", "form-no")
            } else {
                ("☒", "form-yes")
            };
            let text = format!("{mark} {}", lang.text(word));
            places.push(at(0, 0, crate::text::width(&text), FieldPart::Option(0)));
            lines.push(head(vec![Span::styled(text, value_style(focused, theme))]));
        }
        Input::Scale { min, max } => {
            let value: Option<u8> = field.value.parse().ok();
            // One dot per step above zero: progress 0 of 3 shows three empty dots.
            let dots: String = ((*min).max(1)..=*max)
                .map(|v| {
                    if value.is_some_and(|x| v <= x) {
                        "●"
                    } else {
                        "○"
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            // Each dot is a score to click: the first is the lowest above zero.
            for (i, _) in ((*min).max(1)..=*max).enumerate() {
                places.push(at(0, 2 * i, 2 * i + 1, FieldPart::Option(i)));
            }
            let number =
                value.map_or_else(|| lang.text("form-none"), |v| format!("{v} ({min}–{max})"));
            lines.push(head(vec![Span::styled(
                format!("{dots}  {number}"),
                value_style(focused, theme),
            )]));
        }
        Input::Text | Input::Path | Input::Date(_) | Input::Time | Input::Number { .. } => {
            if focused {
                lines.push(head(Vec::new()));
                editor = Some(EditorPlace {
                    row: 0,
                    column: 0,
                    width,
                    rows: 1,
                });
            } else {
                let (shown, _) = window(&field.value, field.cursor, width);
                lines.push(head(vec![Span::styled(shown, value_style(false, theme))]));
            }
        }
    }
    // The date a date field understood, while it is being typed: "over 2 weken" → di 15-12-2026.
    if focused
        && let Input::Date(sense) = field.input
        && !field.value.trim().is_empty()
        && let Ok(date) = crate::domain::dates::parse_date(&field.value, today, sense)
    {
        lines.push(Line::from(vec![
            Span::raw(indent()),
            Span::styled(
                lang.render(
                    &crate::message::Msg::new("date-preview")
                        .arg("weekday", lang.text(weekday_id(date)))
                        .arg("date", crate::domain::dates::format_date(date)),
                ),
                theme.dim,
            ),
        ]));
    }
    // A problem, or the focused field's help, wrapped under the value so it reads whole at 80
    // columns too.
    let note = match (&field.error, &field.help) {
        (Some(problem), _) => Some((format!("! {}", lang.render(problem)), theme.warning)),
        (None, Some(help)) if focused => Some((lang.render(help), theme.dim)),
        _ => None,
    };
    if let Some((text, style)) = note {
        for row in crate::text::wrap(&text, width) {
            lines.push(Line::from(vec![
                Span::raw(indent()),
                Span::styled(row, style),
            ]));
        }
    }
    if !focused {
        // The first click on a field focuses it; its options act from the second on, so a
        // stray click cannot tick "naar coördinator" on its way elsewhere.
        places.clear();
    }
    Rendered {
        lines,
        editor,
        options: places,
    }
}

/// The message id of a date's weekday, short ("vr", "Fri").
fn weekday_id(date: chrono::NaiveDate) -> &'static str {
    use chrono::Datelike;
    match date.weekday() {
        chrono::Weekday::Mon => "weekday-mon",
        chrono::Weekday::Tue => "weekday-tue",
        chrono::Weekday::Wed => "weekday-wed",
        chrono::Weekday::Thu => "weekday-thu",
        chrono::Weekday::Fri => "weekday-fri",
        chrono::Weekday::Sat => "weekday-sat",
        chrono::Weekday::Sun => "weekday-sun",
    }
}

fn value_style(focused: bool, theme: &Theme) -> ratatui::style::Style {
    if focused {
        theme.title
    } else {
        ratatui::style::Style::new()
    }
}

/// The part of a one-line value that fits `width` columns with the cursor (a character
/// position) in view, and the cursor's column in it. Wide characters count double, so the
/// cursor stays on its character after emoji or Chinese.
fn window(value: &str, cursor: usize, width: usize) -> (String, usize) {
    let chars: Vec<char> = value.chars().collect();
    let cursor = cursor.min(chars.len());
    // The cell under the cursor: its character, or one column past the end.
    let under = chars
        .get(cursor)
        .map_or(1, |c| crate::text::char_width(*c).max(1));
    let mut start = cursor;
    let mut used = under;
    while start > 0 {
        let w = crate::text::char_width(chars[start - 1]);
        if used + w > width {
            break;
        }
        used += w;
        start -= 1;
    }
    let column = chars[start..cursor]
        .iter()
        .map(|c| crate::text::char_width(*c))
        .sum();
    let mut shown = String::new();
    let mut taken = 0;
    for c in &chars[start..] {
        taken += crate::text::char_width(*c);
        if taken > width {
            break;
        }
        shown.push(*c);
    }
    (shown, column)
}

/// Lays option spans out over as many lines as the width needs, and says where each option
/// (the spans that carry its index) ended up.
fn wrap_spans<'a>(
    spans: Vec<(Span<'a>, Option<usize>)>,
    width: usize,
    head: impl Fn(Vec<Span<'a>>) -> Line<'a>,
    indent: String,
) -> (Vec<Line<'a>>, Vec<OptionPlace>) {
    let mut rows: Vec<Vec<Span<'a>>> = vec![Vec::new()];
    let mut places = Vec::new();
    let mut used = 0;
    for (span, option) in spans {
        let w = span.width();
        if used + w > width && used > 0 {
            rows.push(Vec::new());
            used = 0;
        }
        if let Some(option) = option {
            places.push(OptionPlace {
                row: rows.len() - 1,
                from: used,
                to: used + w,
                part: FieldPart::Option(option),
            });
        }
        used += w;
        rows.last_mut().expect("rows starts with one").push(span);
    }
    let lines = rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            if i == 0 {
                head(row)
            } else {
                let mut spans = vec![Span::raw(indent.clone())];
                spans.extend(row);
                Line::from(spans)
            }
        })
        .collect();
    (lines, places)
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn the_cursor_stays_on_its_character_after_wide_ones() {
        // 张 and 😀 take two columns each: the cursor after them is at column 5, not 3.
        assert_eq!(window("张😀a", 3, 20), ("张😀a".to_string(), 5));
        assert_eq!(window("张😀a", 2, 20).1, 4);
        // Scrolled: the cursor's character and what fits before it are shown.
        let (shown, column) = window("abcdef张伟", 7, 5);
        assert_eq!(shown, "f张伟");
        assert_eq!(column, 3);
        assert!(crate::text::width(&shown) <= 5);
        // At the end, one column is left for the cursor.
        let (shown, column) = window("abcdef", 6, 4);
        assert_eq!((shown.as_str(), column), ("def", 3));
    }
}
