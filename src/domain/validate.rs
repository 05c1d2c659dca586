//! Validation results: which field is wrong, what is wrong with it, and what is allowed.

use crate::message::Msg;

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's stable name (as in the record's tag table); its label is `field-<name>`.
    pub field: &'static str,
    pub problem: Msg,
}

/// All problems found in one record, in field order, so a form can show them all at once.
#[derive(Debug, Clone, PartialEq, Eq, Default, thiserror::Error)]
#[error("{} field(s) invalid: {}", .0.len(), .0.iter().map(|e| e.field).collect::<Vec<_>>().join(", "))]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    pub fn push(&mut self, field: &'static str, problem: Msg) {
        self.0.push(FieldError { field, problem });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_result(self) -> Result<(), ValidationErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }

    pub fn mentions(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.field == field)
    }
}

/// Checks an optional 1–5 score (wellbeing, employer satisfaction).
pub fn check_score(errors: &mut ValidationErrors, field: &'static str, value: Option<u8>) {
    if let Some(v) = value
        && !(1..=5).contains(&v)
    {
        errors.push(field, Msg::new("invalid-score").arg("value", v));
    }
}

/// Checks that a required text is not blank.
pub fn check_required(errors: &mut ValidationErrors, field: &'static str, value: &str) {
    if value.trim().is_empty() {
        errors.push(field, Msg::new("invalid-required"));
    }
}

/// A light check on a phone number: digits with the usual separators, 10 to 15 digits.
pub fn check_phone(errors: &mut ValidationErrors, field: &'static str, value: &str) {
    if value.trim().is_empty() {
        return;
    }
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '+' | '(' | ')'));
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if !allowed || !(10..=15).contains(&digits) {
        errors.push(field, Msg::new("invalid-phone").arg("value", value.trim()));
    }
}

/// A light check on an e-mail address: something@something.something.
pub fn check_email(errors: &mut ValidationErrors, field: &'static str, value: &str) {
    let value = value.trim();
    if value.is_empty() {
        return;
    }
    let valid = value.split_once('@').is_some_and(|(user, domain)| {
        !user.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
    }) && !value.contains(char::is_whitespace);
    if !valid {
        errors.push(field, Msg::new("invalid-email").arg("value", value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_outside_one_to_five_are_reported_with_the_value() {
        let mut errors = ValidationErrors::default();
        check_score(&mut errors, "wellbeing", Some(7));
        check_score(&mut errors, "employer_satisfaction", Some(5));
        check_score(&mut errors, "other", None);
        assert_eq!(errors.0.len(), 1);
        assert_eq!(errors.0[0].field, "wellbeing");
        assert_eq!(errors.0[0].problem.args, vec![("value", "7".to_string())]);
    }

    #[test]
    fn phone_and_email_checks_accept_common_forms() {
        let mut errors = ValidationErrors::default();
        check_phone(&mut errors, "phone", "06-12345678");
        check_phone(&mut errors, "phone", "+31 6 1234 5678");
        check_email(&mut errors, "email", "sanne@example.nl");
        assert!(errors.is_empty(), "{errors:?}");
        check_phone(&mut errors, "phone", "0612");
        check_email(&mut errors, "email", "sanne@nl");
        assert!(errors.mentions("phone") && errors.mentions("email"));
    }
}
