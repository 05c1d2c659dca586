//! An inzage as a file the young person can read: Markdown in plain words, or JSON with every
//! field as stored. Each record is written field by field from its schema, in the schema's
//! order, so a field added later is in the inzage without anyone remembering to add it here.
//! What only the coach sees (their own notes) is there too, marked: it is the person's data.

use serde_json::Value;

use crate::domain::dates::format_date;
use crate::domain::fields::{FieldSpec, PrivacyClass};
use chrono::NaiveDate;

use crate::domain::{Coachee, Goal, Placement, Record, Role, Session};
use crate::i18n::Lang;
use crate::message::Msg;

/// What the file about one young person holds.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Inzage {
    pub made_on: NaiveDate,
    /// Who made it, and in which role.
    pub by: String,
    pub role: Role,
    pub programme: Option<String>,
    pub coachee: Coachee,
    pub goals: Vec<Goal>,
    /// With the employer's name, where this device knows the employer.
    pub placements: Vec<(Placement, Option<String>)>,
    /// Oldest first.
    pub sessions: Vec<Session>,
    pub recipients: Vec<Recipient>,
}

/// A peer to whom bundles with this person's data went.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Recipient {
    pub name: String,
    pub role: Role,
    /// The day of the last bundle this device wrote for them.
    pub last_sent: NaiveDate,
}

/// The inzage as JSON: the records exactly as this device holds them.
pub fn json(inzage: &Inzage) -> serde_json::Result<String> {
    serde_json::to_string_pretty(inzage)
}

/// The inzage as Markdown, in `lang`.
pub fn markdown(inzage: &Inzage, lang: Lang) -> String {
    let c = &inzage.coachee;
    let goals: GoalTexts = inzage
        .goals
        .iter()
        .map(|g| (g.id.to_string(), g.text.clone()))
        .collect();
    let mut out = Vec::new();
    out.push(format!("# {}", lang.text("inzage-title")));
    out.push(String::new());
    out.push(
        lang.render(
            &Msg::new("inzage-made")
                .arg("name", c.full_name())
                .arg("code", &c.code)
                .arg("on", format_date(inzage.made_on))
                .arg("by", &inzage.by)
                .arg("role", lang.text(inzage.role.label_id())),
        ),
    );
    if let Some(programme) = &inzage.programme {
        out.push(lang.render(&Msg::new("inzage-programme").arg("programme", programme)));
    }
    out.push(String::new());
    out.push(lang.text("inzage-intro"));

    heading(&mut out, lang.text("inzage-about-you"));
    fields(
        &mut out,
        lang,
        c,
        Coachee::FIELDS,
        Kind::Coachee,
        Shown::All,
        &goals,
    );

    heading(
        &mut out,
        lang.render(&Msg::new("inzage-goals").arg("count", inzage.goals.len())),
    );
    none_if_empty(&mut out, lang, inzage.goals.is_empty());
    for (n, goal) in inzage.goals.iter().enumerate() {
        subheading(&mut out, format!("{} {}", lang.text("field-goal"), n + 1));
        fields(
            &mut out,
            lang,
            goal,
            Goal::FIELDS,
            Kind::Goal,
            Shown::Filled,
            &goals,
        );
    }

    heading(
        &mut out,
        lang.render(&Msg::new("inzage-placements").arg("count", inzage.placements.len())),
    );
    none_if_empty(&mut out, lang, inzage.placements.is_empty());
    for (placement, employer) in &inzage.placements {
        let kind = placement
            .placement_type
            .map_or_else(|| lang.text("field-placement"), |t| lang.text(t.label_id()));
        let at = employer.clone().unwrap_or_default();
        subheading(&mut out, format!("{kind} · {at}"));
        fields(
            &mut out,
            lang,
            placement,
            Placement::FIELDS,
            Kind::Placement,
            Shown::Filled,
            &goals,
        );
    }

    heading(
        &mut out,
        lang.render(&Msg::new("inzage-sessions").arg("count", inzage.sessions.len())),
    );
    none_if_empty(&mut out, lang, inzage.sessions.is_empty());
    for session in &inzage.sessions {
        let kind = lang.text(session.kind().label_id());
        subheading(&mut out, format!("{} · {kind}", format_date(session.date)));
        fields(
            &mut out,
            lang,
            session,
            Session::FIELDS,
            Kind::Session,
            Shown::Filled,
            &goals,
        );
    }

    heading(&mut out, lang.text("inzage-recipients"));
    if inzage.recipients.is_empty() {
        out.push(lang.text("inzage-no-recipients"));
    }
    for r in &inzage.recipients {
        out.push(
            lang.render(
                &Msg::new("inzage-recipient")
                    .arg("name", &r.name)
                    .arg("role", lang.text(r.role.label_id()))
                    .arg("date", format_date(r.last_sent)),
            ),
        );
    }
    out.push(String::new());
    out.push(lang.text("inzage-rights"));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// Whether a record's empty fields are listed too (the profile: every field), or left out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shown {
    All,
    Filled,
}

/// Which record a value belongs to: a goal's status is not a trajectory's.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Coachee,
    Goal,
    Placement,
    Session,
}

fn none_if_empty(out: &mut Vec<String>, lang: Lang, empty: bool) {
    if empty {
        out.push(lang.text("inzage-none"));
    }
}

fn heading(out: &mut Vec<String>, text: String) {
    out.push(String::new());
    out.push(format!("## {text}"));
    out.push(String::new());
}

fn subheading(out: &mut Vec<String>, text: String) {
    if out.last().is_some_and(|l| !l.is_empty()) {
        out.push(String::new());
    }
    out.push(format!("### {text}"));
    out.push(String::new());
}

/// The young person's goals by id, so that progress on a goal names the goal.
type GoalTexts = std::collections::HashMap<String, String>;

/// Puts each goal's text in place of its id, wherever a value names one (`goal`).
fn name_goals(value: &mut Value, goals: &GoalTexts) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    Value::String(id) if key == "goal" => {
                        if let Some(text) = goals.get(id.as_str()) {
                            *id = text.clone();
                        }
                    }
                    _ => name_goals(v, goals),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| name_goals(v, goals)),
        _ => {}
    }
}

/// One line per field of `record`, in schema order, labelled in `lang`.
fn fields<R: serde::Serialize>(
    out: &mut Vec<String>,
    lang: Lang,
    record: &R,
    specs: &[FieldSpec],
    kind: Kind,
    shown: Shown,
    goals: &GoalTexts,
) {
    let Ok(mut value) = serde_json::to_value(record) else {
        return;
    };
    name_goals(&mut value, goals);
    let Value::Object(values) = value else {
        return;
    };
    for spec in specs {
        // The link to the young person is this whole file.
        if spec.name == "coachee" {
            continue;
        }
        let value = values
            .get(spec.name)
            .map_or_else(String::new, |v| text(lang, kind, spec.name, v));
        if value.is_empty() && shown == Shown::Filled {
            continue;
        }
        let shown_value = if value.is_empty() {
            "–".to_string()
        } else {
            value
        };
        let label = label(lang, spec.name);
        let line = match spec.class {
            PrivacyClass::CoachOnly => lang.render(
                &Msg::new("inzage-coach-only")
                    .arg("label", label)
                    .arg("value", shown_value),
            ),
            _ => format!("- **{label}:** {shown_value}"),
        };
        out.push(line);
    }
}

/// A field's label: its form label where it has one (or one of its own here, for the parts
/// of a value such as a status change's "from" and "to"), else its name in words.
fn label(lang: Lang, name: &str) -> String {
    [format!("inzage-key-{name}"), format!("field-{name}")]
        .into_iter()
        .find(|id| lang.has(id))
        .map_or_else(|| name.replace('_', " "), |id| lang.text(&id))
}

/// The label of a vocabulary code in the field `key` of a `kind` record, if it is one.
fn code_label(lang: Lang, kind: Kind, key: &str, code: &str) -> Option<String> {
    let prefix = match (kind, key) {
        (Kind::Goal, "status") => "goal-status",
        (Kind::Placement, "status") => "placement-status",
        (_, "status" | "from" | "to") => "status",
        (_, "education_level") => "level",
        (_, "learning_path") => "path",
        (_, "referrer") => "referrer",
        (_, "attention_flags") => "flag",
        (_, "given_by") => "consent-by",
        (_, "area") => "goal-area",
        (_, "session_type") => "session-type",
        (_, "participants") => "participant",
        (_, "signals") => "signal",
        (_, "owner") => "owner",
        (_, "sector") => "sector",
        (_, "placement_type") => "placement-type",
        (_, "outcome") => "outcome",
        (_, "role") => "role",
        _ => return None,
    };
    let id = format!("{prefix}-{code}");
    lang.has(&id).then(|| lang.text(&id))
}

/// A stored value in words: dates as the app writes them, yes and no, lists joined, and of a
/// reference to a person (a coach, an author) only the name.
fn text(lang: Lang, kind: Kind, key: &str, value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Bool(true) => lang.text("inzage-yes"),
        Value::Bool(false) => lang.text("inzage-no"),
        Value::Number(n) => n.to_string(),
        Value::String(s) => match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(date) => format_date(date),
            Err(_) => code_label(lang, kind, key, s).unwrap_or_else(|| s.replace('\n', " / ")),
        },
        Value::Array(items) => items
            .iter()
            .map(|item| text(lang, kind, key, item))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("; "),
        Value::Object(map) => {
            if let (Some(Value::String(name)), true) = (map.get("name"), map.contains_key("device"))
            {
                return name.clone();
            }
            map.iter()
                .map(|(key, v)| (key, text(lang, kind, key, v)))
                .filter(|(_, t)| !t.is_empty())
                .map(|(key, t)| format!("{}: {t}", label(lang, key).to_lowercase()))
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}
