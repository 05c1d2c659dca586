//! The coordinator's answer to an escalation: one reply, which travels back to the coach.

use super::{Field, Form, FormKind, Input, Label};
use crate::domain::EntityId;
use crate::message::Msg;

/// The form that answers the escalation raised in `session`, with what the coach wrote above
/// it so the coordinator answers what they read.
pub fn acknowledge_form(session: EntityId, coachee: EntityId, coach: &str, headline: &str) -> Form {
    let fields = vec![
        Field::new("reply", Label::id("field-reply"), Input::Multiline)
            .help(Msg::new("form-help-reply")),
    ];
    let mut form = Form::new(FormKind::Acknowledge { session, coachee }, fields);
    form.context = Some(
        Msg::new("form-context-acknowledge")
            .arg("coach", coach)
            .arg("headline", headline),
    );
    form
}
