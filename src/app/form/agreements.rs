//! Agreements as a small form of their own inside the session form: who (a choice), what, and
//! by when (a date in words, with its preview), instead of typing `wie|tekst|datum`.
//!
//! The session form's agreements field keeps one line per agreement in the form the command
//! line reads (`Agreement::to_line`), so drafts, reading the session back and the privacy check
//! are as before; this module only turns a line into a small form and back. The field's
//! cursor is the agreement it points at (one past the last: a new one).

use chrono::NaiveDate;

use super::read::Reader;
use super::{Choice, Field, Form, FormKind, Input, Label};
use crate::domain::dates::{DateSense, format_date};
use crate::domain::{Agreement, AgreementOwner, ValidationErrors};
use crate::message::Msg;

impl Form {
    /// Opens the small form of the agreement the focused agreements field points at (past
    /// the last, or when `new`: a new one).
    pub fn open_agreement(&mut self, today: chrono::NaiveDate, new: bool) {
        let field = &mut self.fields[self.focus];
        if field.input != Input::Agreements {
            return;
        }
        if new {
            field.cursor = lines(&field.value).len();
        }
        let line = lines(&field.value).get(field.cursor).copied();
        self.sub = Some(Box::new(agreement_form(line, today)));
    }

    /// Puts the agreement from the small form in its place in the focused agreements field,
    /// and closes the small form.
    pub fn add_agreement(&mut self, agreement: &crate::domain::Agreement) {
        self.sub = None;
        let field = &mut self.fields[self.focus];
        if field.input != Input::Agreements {
            return;
        }
        let new = field.cursor >= lines(&field.value).len();
        field.value = with_agreement(&field.value, field.cursor, agreement);
        if new {
            // Past the last again, so Enter starts the next one.
            field.cursor = lines(&field.value).len();
        }
        self.mark_changed();
    }

    /// Up or Down among the agreements of the focused field, the "new one" place past the last
    /// included: false at either end, so the focus moves on.
    pub fn agreement_up_down(&mut self, down: bool) -> bool {
        let field = &mut self.fields[self.focus];
        if field.input != Input::Agreements {
            return false;
        }
        let last = lines(&field.value).len();
        match (down, field.cursor) {
            (true, at) if at < last => field.cursor = at + 1,
            (false, at) if at > 0 => field.cursor = at.min(last) - 1,
            _ => return false,
        }
        true
    }

    /// Removes the agreement the focused agreements field points at; true when there was one.
    pub fn remove_agreement(&mut self) -> bool {
        let field = &mut self.fields[self.focus];
        if field.input != Input::Agreements || field.cursor >= lines(&field.value).len() {
            return false;
        }
        let line = lines(&field.value)[field.cursor].to_string();
        self.removed_agreement = Some((field.cursor, line));
        field.value = without(&field.value, field.cursor);
        field.cursor = field
            .cursor
            .min(lines(&field.value).len().saturating_sub(1));
        self.mark_changed();
        true
    }

    /// Puts the agreement Backspace took out last back where it was; true when there was one.
    pub fn restore_agreement(&mut self) -> bool {
        let field = &mut self.fields[self.focus];
        if field.input != Input::Agreements {
            return false;
        }
        let Some((at, line)) = self.removed_agreement.take() else {
            return false;
        };
        let mut kept: Vec<&str> = lines(&field.value);
        let at = at.min(kept.len());
        kept.insert(at, &line);
        field.value = kept.join("\n");
        field.cursor = at;
        self.mark_changed();
        true
    }
}

/// The agreements of a field's value, one per line; a line that does not read (typed by hand
/// in an older version) is kept as it is, to be shown and corrected.
pub fn lines(value: &str) -> Vec<&str> {
    value.lines().filter(|l| !l.trim().is_empty()).collect()
}

/// The small form for the agreement on `line` (None: a new one, the young person's).
pub fn agreement_form(line: Option<&str>, today: NaiveDate) -> Form {
    let existing = line.and_then(|l| Agreement::parse(l, today).ok());
    let owner = existing
        .as_ref()
        .map_or(AgreementOwner::Coachee, |a| a.owner);
    let fields = vec![
        Field::named("owner", Input::Choice(Choice::all_of::<AgreementOwner>()))
            .value(owner.code())
            .required(),
        Field::new("text", Label::id("field-agreement-text"), Input::Text)
            .value(existing.as_ref().map_or(
                // A line that does not read is put in the text to be mended.
                line.unwrap_or_default().to_string(),
                |a| a.text.clone(),
            ))
            .required(),
        Field::named("due", Input::Date(DateSense::Future))
            .value(
                existing
                    .as_ref()
                    .and_then(|a| a.due)
                    .map(format_date)
                    .unwrap_or_default(),
            )
            .help(Msg::new("form-help-agreement-due")),
    ];
    let mut form = Form::new(FormKind::Agreement, fields);
    // The text is what is written or mended; the owner is most often the young person.
    form.focus_on(1);
    form
}

/// The agreement the small form describes, or what is wrong with it, per field.
pub fn read(form: &Form, today: NaiveDate) -> Result<Agreement, ValidationErrors> {
    let mut r = Reader::new(form, today);
    let owner = r.choice::<AgreementOwner>("owner");
    // A bar would split the line it is kept as: it becomes a slash.
    let text = r.text("text").replace('|', "/");
    if text.is_empty() {
        r.fail("text", Msg::new("invalid-agreement-text"));
    }
    let due = r.date("due", DateSense::Future);
    r.finish(
        Agreement {
            text,
            owner: owner.unwrap_or(AgreementOwner::Coachee),
            due,
            done: false,
        },
        |_| Ok(()),
    )
}

/// Puts `agreement` in place of the one at `index` of the field's value (or after the last),
/// and returns the new value.
pub fn with_agreement(value: &str, index: usize, agreement: &Agreement) -> String {
    let mut kept: Vec<String> = lines(value).into_iter().map(str::to_string).collect();
    let line = agreement.to_line();
    if index < kept.len() {
        kept[index] = line;
    } else {
        kept.push(line);
    }
    kept.join("\n")
}

/// The field's value without the agreement at `index`.
pub fn without(value: &str, index: usize) -> String {
    let mut kept = lines(value);
    if index < kept.len() {
        kept.remove(index);
    }
    kept.join("\n")
}

/// How an agreement line reads on the screen: "jongere · cv sturen · vr 27-11-2026"; a line
/// that does not read is shown as typed.
pub fn shown(line: &str, today: NaiveDate, owner_label: impl Fn(&str) -> String) -> String {
    match Agreement::parse(line, today) {
        Ok(a) => {
            let mut parts = vec![owner_label(a.owner.label_id()), a.text];
            if let Some(due) = a.due {
                parts.push(format_date(due));
            }
            parts.join(" · ")
        }
        Err(_) => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn a_line_becomes_a_form_and_the_form_a_line_again() {
        let line = "werkgever|Rooster doorgeven|27-11-2026";
        let form = agreement_form(Some(line), today());
        assert_eq!(form.text("owner"), "werkgever");
        assert_eq!(form.text("text"), "Rooster doorgeven");
        assert_eq!(form.text("due"), "27-11-2026");
        let agreement = read(&form, today()).unwrap();
        assert_eq!(
            with_agreement("cv sturen", 5, &agreement),
            format!("cv sturen\n{line}")
        );
        assert_eq!(
            with_agreement("cv sturen\nbellen", 0, &agreement),
            format!("{line}\nbellen")
        );
        assert_eq!(without("cv sturen\nbellen", 0), "bellen");
    }

    #[test]
    fn a_new_agreement_is_the_young_persons_and_needs_a_text() {
        let mut form = agreement_form(None, today());
        assert_eq!(form.text("owner"), "jongere");
        assert_eq!(form.focused().name, "text", "it opens where the typing is");
        let errors = read(&form, today()).unwrap_err();
        assert!(errors.mentions("text"));
        form.field_mut("text").unwrap().value = "cv | brief".into();
        form.field_mut("due").unwrap().value = "volgende week".into();
        let agreement = read(&form, today()).unwrap();
        assert_eq!(agreement.text, "cv / brief");
        assert_eq!(agreement.due, NaiveDate::from_ymd_opt(2026, 11, 30));
        form.field_mut("due").unwrap().value = "32-13".into();
        assert!(read(&form, today()).unwrap_err().mentions("due"));
    }
}
