//! The forms of the sync tab and of assignment: where to write bundles, which bundle to
//! import, and which coach a coachee goes to; and where a young person's inzage goes.

use chrono::NaiveDate;

use super::kinds::ExportChoice;
use super::read::Reader;
use super::{Choice, Field, Form, FormKind, Input, Label};
use crate::domain::{CoachRef, Coachee, ValidationErrors};
use crate::message::Msg;

/// Bundles for some of the usual recipients (all of them ticked), written into a folder.
/// `recipients` are (device id, name) pairs.
pub fn export_form(folder: &str, recipients: &[(String, String)]) -> Form {
    let choices = recipients
        .iter()
        .map(|(device, name)| Choice {
            code: device.clone(),
            label: Label::Plain(name.clone()),
        })
        .collect();
    let all: Vec<&str> = recipients
        .iter()
        .map(|(device, _)| device.as_str())
        .collect();
    let fields = vec![
        Field::new(
            "recipients",
            Label::id("sync-field-recipients"),
            Input::Multi(choices),
        )
        .value(all.join(","))
        .required(),
        Field::new("folder", Label::id("sync-field-folder"), Input::Path)
            .value(folder)
            .required()
            .help(Msg::new("sync-help-folder")),
        Field::new("full", Label::id("sync-field-full"), Input::Toggle)
            .help(Msg::new("sync-help-full")),
    ];
    Form::new(FormKind::Export, fields)
}

pub fn read_export(form: &Form, today: NaiveDate) -> Result<ExportChoice, ValidationErrors> {
    let mut r = Reader::new(form, today);
    let recipients: Vec<String> = form
        .field("recipients")
        .map(|f| f.chosen().into_iter().map(str::to_string).collect())
        .unwrap_or_default();
    if recipients.is_empty() {
        r.fail("recipients", Msg::new("sync-choose-recipient"));
    }
    let folder = r.text("folder");
    if folder.is_empty() {
        r.fail("folder", Msg::new("invalid-required"));
    }
    let full = r.toggle("full");
    r.finish(
        ExportChoice {
            recipients,
            folder,
            full,
        },
        |_| Ok(()),
    )
}

/// A bundle file to import, previewed before anything changes.
pub fn import_form(start: &str) -> Form {
    let fields = vec![
        Field::new("file", Label::id("sync-field-file"), Input::Path)
            .value(start)
            .required()
            .help(Msg::new("sync-help-file")),
        Field::new("trust", Label::id("sync-field-trust"), Input::Toggle)
            .help(Msg::new("sync-help-trust")),
    ];
    Form::new(FormKind::Import, fields)
}

pub fn read_import(form: &Form, today: NaiveDate) -> Result<(String, bool), ValidationErrors> {
    let mut r = Reader::new(form, today);
    let file = r.text("file");
    if file.is_empty() {
        r.fail("file", Msg::new("invalid-required"));
    }
    let trust = r.toggle("trust");
    r.finish((file, trust), |_| Ok(()))
}

/// Gives a coachee to one of the trusted coaches.
pub fn assign_form(coachee: &Coachee, coaches: &[CoachRef]) -> Form {
    let choices = coaches
        .iter()
        .map(|c| Choice {
            code: c.device.to_string(),
            label: Label::Plain(c.name.clone()),
        })
        .collect();
    let current = coachee
        .coach
        .as_ref()
        .map(|c| c.device.to_string())
        .unwrap_or_default();
    let fields = vec![
        Field::new("coach", Label::id("field-coach"), Input::Choice(choices))
            .value(current)
            .required()
            .help(Msg::new("assign-help")),
    ];
    Form::new(
        FormKind::Assign {
            coachee: Box::new(coachee.clone()),
            coaches: coaches.to_vec(),
        },
        fields,
    )
}

pub fn read_assign(
    form: &Form,
    coaches: &[CoachRef],
    today: NaiveDate,
) -> Result<CoachRef, ValidationErrors> {
    let mut r = Reader::new(form, today);
    let chosen = r.text("coach");
    let coach = coaches.iter().find(|c| c.device.to_string() == chosen);
    if coach.is_none() {
        r.fail("coach", Msg::new("invalid-required"));
    }
    let coach = coach.cloned().unwrap_or_else(|| CoachRef {
        device: Default::default(),
        name: String::new(),
    });
    r.finish(coach, |_| Ok(()))
}

/// Where to write the inzage of `coachee` (code `code`), and in which form.
pub fn inzage_form(coachee: crate::domain::EntityId, code: &str) -> Form {
    let formats = vec![
        Choice {
            code: "md".into(),
            label: Label::id("inzage-format-md"),
        },
        Choice {
            code: "json".into(),
            label: Label::id("inzage-format-json"),
        },
    ];
    let fields = vec![
        Field::new("file", Label::id("inzage-field-file"), Input::Path)
            .value(format!("inzage-{code}.md"))
            .required()
            .help(Msg::new("inzage-help-file")),
        Field::new(
            "format",
            Label::id("inzage-field-format"),
            Input::Choice(formats),
        )
        .value("md")
        .required(),
    ];
    Form::new(FormKind::Inzage(coachee), fields)
}

/// The file and whether it is JSON (else Markdown).
pub fn read_inzage(form: &Form, today: NaiveDate) -> Result<(String, bool), ValidationErrors> {
    let mut r = Reader::new(form, today);
    let file = r.text("file");
    if file.is_empty() {
        r.fail("file", Msg::new("invalid-required"));
    }
    let json = form.text("format") == "json";
    r.finish((file, json), |_| Ok(()))
}
