//! Free text as it is saved: characters that steer a terminal or disguise text are taken out.
//!
//! A summary can travel from a coach's laptop to the coordinator and be printed in their
//! terminal, where an escape sequence in it would retitle, clear or recolour the screen, and a
//! bidi override would make text read differently from what it holds. So every text field is
//! cleaned when a record is saved and when another device's writes arrive: control characters
//! (C0, DEL, C1) and the bidi embeddings, overrides and isolates are removed. Multi-line fields
//! keep newlines and tabs (a pasted `\r\n` becomes `\n`); single-line fields (names, places,
//! phone numbers …) get a space instead. Cleaning rather than refusing is deliberate: a coach
//! who pastes text from a document should not be stopped by characters they cannot see.

/// Whether a character would act on a terminal or on the text's direction instead of being
/// shown: every control character (newline and tab too) and the bidi formatting characters.
pub fn is_hidden_control(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// The bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `text` may hold a hidden control: a quick test over bytes that lets almost all text
/// skip the exact one. In UTF-8 each hidden control starts with one of these bytes: the C0
/// controls and DEL are themselves, C1 starts with C2, the bidi controls with E2.
fn may_hold_hidden_control(text: &str) -> bool {
    // No early exit, so that the compiler can test many bytes at once.
    text.bytes().fold(false, |found, b| {
        found | (b < 0x20) | (b == 0x7f) | (b == 0xc2) | (b == 0xe2)
    })
}

/// Controls that end a line in some program or other.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}')
}

/// Cleans a text that may span lines: keeps `\n` and `\t`, turns the other line breaks into
/// `\n` (`\r\n` into one), drops every other hidden control. Returns whether anything changed.
pub fn clean_multiline(text: &mut String) -> bool {
    if !may_hold_hidden_control(text)
        || !text
            .chars()
            .any(|c| is_hidden_control(c) && c != '\n' && c != '\t')
    {
        return false;
    }
    *text = rebuild(text, |c| match c {
        '\n' | '\t' => Some(c),
        c if is_line_break(c) => Some('\n'),
        _ => None,
    });
    true
}

/// Cleans a one-line text: line breaks and tabs become a space (`\r\n` one space), every other
/// hidden control is dropped. Returns whether anything changed.
pub fn clean_line(text: &mut String) -> bool {
    if !may_hold_hidden_control(text) || !text.chars().any(is_hidden_control) {
        return false;
    }
    *text = rebuild(text, |c| (is_line_break(c) || c == '\t').then_some(' '));
    true
}

/// Copies `text`, passing each hidden control through `replace` (None drops it); `\r\n`
/// counts as the `\n` alone.
fn rebuild(text: &str, replace: impl Fn(char) -> Option<char>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_hidden_control(c) {
            out.extend(replace(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// A record (or a part of one) whose text fields can be cleaned.
pub trait CleanText {
    /// The names of the fields that hold text (directly or in a part), so that an encoded
    /// field without text need not be decoded to be cleaned.
    const TEXT_FIELDS: &'static [&'static str] = &[];

    /// Cleans every text field in place; returns whether anything changed.
    fn clean_text(&mut self) -> bool;
}

impl<T: CleanText> CleanText for Option<T> {
    fn clean_text(&mut self) -> bool {
        self.as_mut().is_some_and(CleanText::clean_text)
    }
}

impl<T: CleanText> CleanText for Vec<T> {
    fn clean_text(&mut self) -> bool {
        self.iter_mut()
            .fold(false, |changed, item| item.clean_text() | changed)
    }
}

/// Implements [`CleanText`] from one list of the text fields, each `line` (one-line text),
/// `lines` (multi-line text) or `part` (a value with text fields of its own), so that the
/// fields cleaned and [`CleanText::TEXT_FIELDS`] cannot differ.
macro_rules! text_fields {
    ($ty:ty { $($field:ident: $how:ident),+ $(,)? }) => {
        impl CleanText for $ty {
            const TEXT_FIELDS: &'static [&'static str] = &[$(stringify!($field)),+];

            fn clean_text(&mut self) -> bool {
                let mut changed = false;
                // Every field, also after one that changed.
                $( changed |= text_fields!(@$how self.$field); )+
                changed
            }
        }
    };
    (@line $text:expr) => { clean_line(&mut $text) };
    (@lines $text:expr) => { clean_multiline(&mut $text) };
    (@part $part:expr) => { CleanText::clean_text(&mut $part) };
}

// Each record's text fields are listed in `record_text.rs`, with the records.
pub(crate) use text_fields;

#[cfg(test)]
mod tests {
    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    use super::*;
    use crate::domain::coachee::{CoachRef, Coachee, Guardian};
    use crate::domain::codes::AgreementOwner;
    use crate::domain::employer::{Contact, Employer};
    use crate::domain::fields::{FieldTag, Record};
    use crate::domain::goal::Goal;
    use crate::domain::ids::EntityKind;
    use crate::domain::placement::Placement;
    use crate::domain::record_text::clean_encoded;
    use crate::domain::session::{Agreement, Session};
    use crate::domain::status::StatusChange;
    use crate::domain::{Consent, KvkNumber};

    /// The probe's summary: retitles the terminal, rings, clears the screen, turns text red.
    const ATTACK: &str = "x \x1b]0;PWNED\x07\x1b[2J\x1b[31mred";
    /// Every kind of hidden character, a pasted Windows line break and a tab.
    const DIRTY: &str = "a\x1b[2J\x07\u{9b}1m\u{202e}\u{2066}\x7f\x00\r\nb\tc";

    fn multiline(text: &str) -> String {
        let mut text = text.to_string();
        clean_multiline(&mut text);
        text
    }

    fn line(text: &str) -> String {
        let mut text = text.to_string();
        clean_line(&mut text);
        text
    }

    #[test]
    fn escape_sequences_lose_the_characters_that_make_them_act() {
        assert_eq!(multiline(ATTACK), "x ]0;PWNED[2J[31mred");
        assert_eq!(line(ATTACK), "x ]0;PWNED[2J[31mred");
    }

    #[test]
    fn multi_line_text_keeps_its_lines_and_tabs() {
        assert_eq!(multiline(DIRTY), "a[2J1m\nb\tc");
        assert_eq!(
            multiline("één\rtwee\u{0c}drie\u{85}vier"),
            "één\ntwee\ndrie\nvier"
        );
    }

    #[test]
    fn one_line_text_gets_spaces_for_breaks_and_tabs() {
        assert_eq!(line(DIRTY), "a[2J1m b c");
        assert_eq!(line("Jan\nJansen"), "Jan Jansen");
    }

    #[test]
    fn bidi_overrides_that_disguise_text_are_removed() {
        // Shown as "invoice-exe.pdf" by a bidi-aware renderer.
        assert_eq!(line("invoice-\u{202e}fdp.exe"), "invoice-fdp.exe");
        assert_eq!(line("\u{2067}Noor\u{2069}"), "Noor");
    }

    #[test]
    fn clean_text_is_left_alone_and_reported_unchanged() {
        let mut text = "Zoë werkt\tzelfstandig 👍\nmorgen weer".to_string();
        let before = text.clone();
        assert!(!clean_multiline(&mut text));
        assert_eq!(text, before);
        let mut name = "Ümit Çelik-de Vries".to_string();
        assert!(!clean_line(&mut name));
        assert!(
            clean_line(&mut text),
            "a one-line field loses the line break and tab"
        );
    }

    /// Sets every empty string in `record`'s JSON form to [`DIRTY`]: every text field, also one
    /// added later and not listed here, since a new record has it empty.
    fn dirtied<R: Serialize + DeserializeOwned>(record: &R) -> R {
        fn fill(value: &mut Value) {
            match value {
                Value::String(s) if s.is_empty() => *s = DIRTY.to_string(),
                Value::Array(items) => items.iter_mut().for_each(fill),
                Value::Object(fields) => fields.values_mut().for_each(fill),
                _ => {}
            }
        }
        let mut value = serde_json::to_value(record).unwrap();
        fill(&mut value);
        serde_json::from_value(value).unwrap()
    }

    /// Every string in a JSON value, with its path (`guardian.name`, `agreements.0.text`).
    fn strings(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
        match value {
            Value::String(s) => out.push((path.to_string(), s.clone())),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    strings(item, &format!("{path}.{i}"), out);
                }
            }
            Value::Object(fields) => {
                for (name, field) in fields {
                    let inner = if path.is_empty() {
                        name.clone()
                    } else {
                        format!("{path}.{name}")
                    };
                    strings(field, &inner, out);
                }
            }
            _ => {}
        }
    }

    /// Dirties every text field of `record`, cleans it, and checks every field: no hidden
    /// character anywhere, and line breaks or tabs only in the `multiline` fields. Each
    /// dirtied field, encoded as an op carries it, is cleaned by [`clean_encoded`] too.
    fn cleans_every_field<R: Record + CleanText + Serialize + DeserializeOwned>(
        record: R,
        multiline: &[&str],
    ) {
        let clean_fields = record.encode_fields();
        let mut record = dirtied(&record);
        for ((tag, dirty), (_, clean)) in record.encode_fields().into_iter().zip(clean_fields) {
            if dirty != clean {
                let cleaned = clean_encoded(R::KIND, tag, &dirty);
                assert!(
                    cleaned.is_some(),
                    "field {tag} of {:?} is left as it came",
                    R::KIND
                );
            }
        }
        let mut dirty = Vec::new();
        strings(&serde_json::to_value(&record).unwrap(), "", &mut dirty);
        dirty.retain(|(_, text)| text == DIRTY);
        assert!(record.clean_text());
        let mut found = Vec::new();
        strings(&serde_json::to_value(&record).unwrap(), "", &mut found);
        let cleaned = found
            .iter()
            .filter(|(_, s)| s.starts_with("a[2J1m"))
            .count();
        assert_eq!(
            cleaned,
            dirty.len(),
            "every dirtied field was cleaned: {found:?}"
        );
        for (path, text) in &found {
            let allowed = |c: char| multiline.contains(&path.as_str()) && matches!(c, '\n' | '\t');
            assert!(
                !text.chars().any(|c| is_hidden_control(c) && !allowed(c)),
                "{path} still holds {text:?}"
            );
        }
        assert!(!record.clean_text(), "cleaning twice changes nothing");
    }

    #[test]
    fn every_text_field_of_every_record_is_cleaned() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        cleans_every_field(
            Coachee {
                guardian: Some(Guardian::default()),
                coach: Some(CoachRef::default()),
                status_history: vec![StatusChange::default()],
                consent: Some(Consent {
                    given_by: crate::domain::ConsentGiver::Coachee,
                    date,
                    register: true,
                    share_with_school: false,
                    share_with_employer: false,
                    withdrawn: None,
                }),
                ..Default::default()
            },
            &["coach_note"],
        );
        cleans_every_field(Goal::default(), &["text"]);
        cleans_every_field(
            Session {
                agreements: vec![Agreement {
                    text: String::new(),
                    owner: AgreementOwner::Coachee,
                    due: None,
                    done: false,
                }],
                author: Some(CoachRef::default()),
                ..Default::default()
            },
            &["summary", "coach_note"],
        );
        cleans_every_field(
            Employer {
                kvk: Some(KvkNumber::default()),
                contacts: vec![Contact::default()],
                ..Default::default()
            },
            &["notes"],
        );
        cleans_every_field(Placement::default(), &[]);
    }

    #[test]
    fn an_encoded_field_is_cleaned_and_a_clean_or_unknown_one_is_left_alone() {
        let session = Session {
            summary: ATTACK.to_string(),
            minutes: 27,
            ..Default::default()
        };
        let fields = session.encode_fields();
        let encoded = |tag: FieldTag| fields.iter().find(|(t, _)| *t == tag).unwrap().1.clone();
        let cleaned = clean_encoded(EntityKind::Session, 8, &encoded(8)).expect("changed");
        let mut back = Session::default();
        back.decode_field(8, &cleaned).unwrap();
        assert_eq!(back.summary, "x ]0;PWNED[2J[31mred");
        assert_eq!(clean_encoded(EntityKind::Session, 8, &cleaned), None);
        assert_eq!(
            clean_encoded(EntityKind::Session, 4, &encoded(4)),
            None,
            "minutes"
        );
        assert_eq!(
            clean_encoded(EntityKind::Session, 999, &encoded(8)),
            None,
            "unknown tag"
        );
        assert_eq!(
            clean_encoded(EntityKind::Session, 8, &[0xff]),
            None,
            "undecodable"
        );
    }
}
