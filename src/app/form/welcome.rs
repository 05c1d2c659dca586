//! The first start: who is using this laptop, in which role, and whether to begin with the
//! demo programme or an empty caseload. Nothing is written until the form is saved.

use chrono::NaiveDate;

use super::read::Reader;
use super::{Choice, Field, Form, FormKind, Input, Label};
use crate::domain::{Role, ValidationErrors};
use crate::message::Msg;

/// The codes of the start choice.
const START_DEMO: &str = "demo";
const START_EMPTY: &str = "empty";

pub fn welcome_form(data_dir: &str) -> Form {
    let start = vec![
        Choice {
            code: START_DEMO.into(),
            label: Label::id("welcome-start-demo"),
        },
        Choice {
            code: START_EMPTY.into(),
            label: Label::id("welcome-start-empty"),
        },
    ];
    let fields = vec![
        Field::new("name", Label::id("welcome-name"), Input::Text)
            .required()
            .help(Msg::new("welcome-help-name")),
        Field::new(
            "role",
            Label::id("field-role"),
            Input::Choice(Choice::all_of::<Role>()),
        )
        .value(Role::Coach.code())
        .required(),
        Field::new("start", Label::id("welcome-start"), Input::Choice(start))
            .value(START_DEMO)
            .required()
            .help(Msg::new("welcome-help-start")),
    ];
    let mut form = Form::new(FormKind::Welcome, fields);
    form.context = Some(Msg::new("welcome-intro").arg("dir", data_dir));
    form
}

/// The name, the role and whether to load the demo programme.
pub fn read_welcome(
    form: &Form,
    today: NaiveDate,
) -> Result<(String, Role, bool), ValidationErrors> {
    let mut r = Reader::new(form, today);
    let name = r.text("name");
    if name.is_empty() {
        r.fail("name", Msg::new("invalid-required"));
    }
    let role = r.choice::<Role>("role").unwrap_or(Role::Coach);
    let demo = form.text("start") == START_DEMO;
    r.finish((name, role, demo), |_| Ok(()))
}
