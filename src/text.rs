//! Text helpers shared by the command line and the screen: clipping, and making text safe to
//! hand to a terminal.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::domain::clean::is_hidden_control;

/// The columns `text` takes in a terminal: two for a CJK character or most emoji, none for a
/// combining mark. What every alignment and cursor position must count, not characters.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// The columns one character takes (none for a control or combining character).
pub fn char_width(c: char) -> usize {
    UnicodeWidthChar::width(c).unwrap_or(0)
}

/// `text` clipped to `columns` and padded with spaces to exactly that many columns: what
/// `format!("{:<n}")` does for characters, for a column that may hold wide characters.
pub fn pad(text: &str, columns: usize) -> String {
    let clipped = clip(text, columns);
    let fill = columns.saturating_sub(width(&clipped));
    format!("{clipped}{}", " ".repeat(fill))
}

/// Cuts text to `max` columns with an ellipsis, for one-line columns and labels.
pub fn clip(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let room = max.saturating_sub(1);
    let mut used = 0;
    let mut clipped = String::new();
    for c in text.chars() {
        used += char_width(c);
        if used > room {
            break;
        }
        clipped.push(c);
    }
    clipped.push('…');
    clipped
}

/// `text` broken into lines of at most `columns` columns: at its own line breaks, between
/// words where it can, and inside a word only when the word alone is wider. How a multi-line
/// field shows a summary when it is not being edited.
pub fn wrap(text: &str, columns: usize) -> Vec<String> {
    let columns = columns.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in paragraph.split(' ') {
            let w = width(word);
            let gap = usize::from(!line.is_empty());
            if used + gap + w <= columns {
                if gap == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                used += gap + w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            for c in word.chars() {
                let cw = char_width(c);
                if used + cw > columns && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += cw;
            }
        }
        lines.push(line);
    }
    lines
}

/// Text as a terminal may receive it: newlines and tabs stay, every other character that would
/// act on the terminal or turn the text around is shown as a visible stand-in instead (`␛` for
/// ESC, `␇` for BEL, `␍` for CR, `<U+202E>` for a bidi override …).
///
/// Saved text is cleaned already (`domain::clean`); this is the second line of defence, for a
/// database written by an older version and for anything that did not pass a save.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_stand_in) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_stand_in(c) {
            push_stand_in(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn needs_stand_in(c: char) -> bool {
    is_hidden_control(c) && c != '\n' && c != '\t'
}

fn push_stand_in(out: &mut String, c: char) {
    match c {
        // The Unicode control pictures: U+2400 + the code for C0, U+2421 for DEL.
        '\0'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
        '\u{7f}' => out.push('\u{2421}'),
        _ => out.push_str(&format!("<U+{:04X}>", c as u32)),
    }
}

/// Pasted text for a one-line field (a search, the filter): line breaks and tabs become
/// spaces, a trailing line break goes.
pub fn one_line(text: &str) -> String {
    text.trim_end_matches(['\r', '\n'])
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_counts_columns_not_characters() {
        // 张 and 伟 take two columns each, 😀 too.
        assert_eq!(width("Mỹ Linh 😀 Nguyễn-Đặng 张伟"), 27);
        assert_eq!(clip("张伟张伟", 5), "张伟…");
        assert_eq!(clip("张伟张伟", 4), "张…");
        assert!(width(&clip("Mỹ Linh 😀 Nguyễn", 9)) <= 9);
    }

    #[test]
    fn wrap_breaks_between_words_and_inside_one_only_when_it_must() {
        assert_eq!(
            wrap("Bezoek bij de bakkerij\nloopt goed", 10),
            ["Bezoek bij", "de", "bakkerij", "loopt goed"]
        );
        assert_eq!(
            wrap("Xylofoonwerkplaats", 8),
            ["Xylofoon", "werkplaa", "ts"]
        );
        assert_eq!(wrap("张伟张伟", 5), ["张伟", "张伟"]);
        assert_eq!(wrap("", 5), [""]);
    }

    #[test]
    fn clip_adds_an_ellipsis() {
        assert_eq!(clip("stagebezoek", 6), "stage…");
        assert_eq!(clip("kort", 6), "kort");
    }

    #[test]
    fn escape_sequences_reach_the_terminal_as_visible_stand_ins() {
        let shown = terminal_safe("x \x1b]0;PWNED\x07\x1b[2J\x1b[31mred\r\u{9b}\u{202e}\x7f");
        assert_eq!(shown, "x ␛]0;PWNED␇␛[2J␛[31mred␍<U+009B><U+202E>␡");
        assert!(!shown.chars().any(is_hidden_control));
    }

    #[test]
    fn ordinary_text_with_lines_and_tabs_is_passed_as_it_is() {
        let text = "Zoë\tstage bij Albert Heijn\n— morgen weer 👍";
        assert!(matches!(terminal_safe(text), Cow::Borrowed(t) if t == text));
    }
}
