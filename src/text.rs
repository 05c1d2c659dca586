//! Text helpers shared by the command line and the screen: clipping, and making text safe to
//! hand to a terminal.

use std::borrow::Cow;

use crate::domain::clean::is_hidden_control;

/// Cuts text to `max` characters with an ellipsis, for one-line columns and labels.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut clipped: String = text.chars().take(max.saturating_sub(1)).collect();
        clipped.push('…');
        clipped
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
