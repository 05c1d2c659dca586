//! A coachee's profile in the user's language — facts, goals, placements, open agreements and
//! recent contacts — built once from their `Detail` and rendered by both `stagecoach show` and
//! the profile pane of the screen, so that both always say the same thing.

use chrono::NaiveDate;

use super::detail::Detail;
use super::followup::AgreementRef;
use crate::domain::dates::format_date;
use crate::domain::{Coachee, EscalationState, Session};
use crate::i18n::Lang;
use crate::message::Msg;
use crate::store::ContactSummary;

/// How many recent contacts a profile lists (the screen's session pane shows them all).
pub const RECENT_CONTACTS: usize = 5;

/// A coachee's profile, in sections, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// "CODE · Full Name".
    pub title: String,
    pub facts: Vec<Fact>,
    /// "[■■□] text (area)".
    pub goals: Vec<String>,
    /// "type · employer · state · start · supervisor".
    pub placements: Vec<String>,
    /// Agreements not yet done, from every session.
    pub agreements: Vec<OpenAgreement>,
    /// What was escalated to the coordinator, newest first, with the answer if there is one.
    pub escalations: Vec<EscalationNote>,
    /// The most recent contacts, newest first, at most `RECENT_CONTACTS`.
    pub contacts: Vec<Contact>,
    /// How many contacts there are in all.
    pub contact_count: usize,
}

/// An agreement still to be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenAgreement {
    /// Which one, to tick it off.
    pub id: AgreementRef,
    /// "text (owner, due)".
    pub text: String,
    /// Its due date has passed.
    pub overdue: bool,
}

/// One escalation in a profile: what the coach raised and what the coordinator answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EscalationNote {
    /// "13-11-2026 first line of the account".
    pub raised: String,
    /// "open", or "answered by Mila on 14-11-2026".
    pub state: String,
    /// The coordinator's reply, if they wrote one.
    pub reply: String,
    pub open: bool,
}

impl EscalationNote {
    fn of(session: &Session, lang: Lang) -> Option<Self> {
        let state = session.escalation()?;
        let (state_text, reply) = match &session.acknowledgement {
            Some(ack) => (
                lang.render(
                    &Msg::new("escalation-acknowledged-by")
                        .arg("name", &ack.by.name)
                        .arg("date", format_date(ack.on)),
                ),
                ack.reply.clone(),
            ),
            None => (lang.text(state.label_id()), String::new()),
        };
        Some(Self {
            raised: format!("{} {}", format_date(session.date), session.headline()),
            state: state_text,
            reply,
            open: state == EscalationState::Open,
        })
    }
}

/// One contact in a profile's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub date: String,
    pub kind: String,
    pub minutes: u16,
    /// The first line of the summary.
    pub headline: String,
}

impl Profile {
    pub fn of(detail: &Detail, today: NaiveDate, lang: Lang) -> Profile {
        let c = &detail.coachee;
        let goals = detail
            .goals
            .iter()
            .map(|g| {
                let progress = g.progress.min(3) as usize;
                let area = g
                    .area
                    .map(|a| format!(" ({})", lang.text(a.label_id())))
                    .unwrap_or_default();
                format!(
                    "[{}{}] {}{area}",
                    "■".repeat(progress),
                    "□".repeat(3 - progress),
                    g.text
                )
            })
            .collect();
        let placements = detail
            .placements
            .iter()
            .map(|p| {
                let employer = detail
                    .employers
                    .get(&p.employer)
                    .map_or("", |e| e.name.as_str());
                let supervisor = if p.supervisor.is_empty() {
                    String::new()
                } else {
                    format!(" · {}", p.supervisor)
                };
                format!(
                    "{} · {employer} · {} · {}{supervisor}",
                    p.placement_type
                        .map(|t| lang.text(t.label_id()))
                        .unwrap_or_default(),
                    lang.text(p.state().label_id()),
                    date(p.start),
                )
            })
            .collect();
        let agreements = detail
            .sessions
            .iter()
            .flat_map(|s| {
                s.agreements_with_state()
                    .filter(|(_, _, done)| done.is_none())
                    .map(move |(index, a, _)| {
                        (
                            AgreementRef {
                                session: s.id,
                                index,
                            },
                            a,
                        )
                    })
            })
            .map(|(id, a)| OpenAgreement {
                id,
                text: format!(
                    "{} ({}, {})",
                    a.text,
                    lang.text(a.owner.label_id()),
                    date(a.due)
                ),
                overdue: a.due.is_some_and(|d| d < today),
            })
            .collect();
        let escalations = detail
            .sessions
            .iter()
            .filter_map(|s| EscalationNote::of(s, lang))
            .collect();
        let contacts = detail
            .sessions
            .iter()
            .take(RECENT_CONTACTS)
            .map(|s| Contact {
                date: format_date(s.date),
                kind: lang.text(s.kind().label_id()),
                minutes: s.minutes,
                headline: s.headline().to_string(),
            })
            .collect();
        Profile {
            title: format!("{} · {}", c.code, c.full_name()),
            facts: facts(c, detail.contact.as_ref(), today, lang),
            goals,
            placements,
            agreements,
            escalations,
            contacts,
            contact_count: detail.sessions.len(),
        }
    }
}

/// One line of a profile: a translated label and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub label: String,
    pub value: String,
    /// Something needs attention (an overdue next contact): shown with a symbol, not colour.
    pub warning: bool,
}

pub fn date(date: Option<NaiveDate>) -> String {
    date.map(format_date).unwrap_or_else(|| "–".to_string())
}

/// The facts of a profile, in reading order; empty values are left out.
fn facts(
    coachee: &Coachee,
    contact: Option<&ContactSummary>,
    today: NaiveDate,
    lang: Lang,
) -> Vec<Fact> {
    let mut facts = Vec::new();
    let mut add = |label: &str, value: String, warning: bool| {
        if !value.trim().is_empty() {
            facts.push(Fact {
                label: lang.text(label),
                value,
                warning,
            });
        }
    };
    let age = match coachee.age(today) {
        Some(age) if coachee.is_minor(today) => {
            lang.render(&Msg::new("profile-age-minor").arg("age", age))
        }
        Some(age) => lang.render(&Msg::new("profile-age").arg("age", age)),
        None => String::new(),
    };
    if coachee.birth_date.is_some() {
        add(
            "field-birth_date",
            format!("{} {age}", date(coachee.birth_date)),
            false,
        );
    }
    add(
        "field-status",
        format!(
            "{} {} ({})",
            coachee.status.symbol(),
            lang.text(coachee.status.label_id()),
            date(coachee.status_since())
        ),
        false,
    );
    add(
        "field-coach",
        coachee
            .coach
            .as_ref()
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        false,
    );
    add("field-phone", coachee.phone.clone(), false);
    add("field-email", coachee.email.clone(), false);
    if let Some(g) = &coachee.guardian {
        add(
            "field-guardian",
            // An empty relation or phone leaves no "()" or trailing space behind.
            [
                g.name.trim().to_string(),
                Some(g.relation.trim())
                    .filter(|r| !r.is_empty())
                    .map(|r| format!("({r})"))
                    .unwrap_or_default(),
                g.phone.trim().to_string(),
            ]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
            false,
        );
    }
    add("field-neighbourhood", coachee.neighbourhood.clone(), false);
    add("field-school", coachee.school.clone(), false);
    let course = [
        coachee.course.clone(),
        coachee
            .education_level
            .map(|l| lang.text(l.label_id()))
            .unwrap_or_default(),
        coachee
            .learning_path
            .map(|p| lang.text(p.label_id()))
            .unwrap_or_default(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    add("field-course", course, false);
    add(
        "field-referrer",
        coachee
            .referrer
            .map(|r| lang.text(r.label_id()))
            .unwrap_or_default(),
        false,
    );
    let consent = match &coachee.consent {
        Some(c) if c.is_active() => lang.render(
            &Msg::new("profile-consent")
                .arg("by", lang.text(c.given_by.label_id()))
                .arg("date", date(Some(c.date))),
        ),
        _ => lang.text("profile-no-consent"),
    };
    add(
        "field-consent",
        consent,
        coachee.consent.as_ref().is_none_or(|c| !c.is_active()),
    );
    let flags: Vec<String> = coachee
        .attention_flags
        .iter()
        .map(|f| lang.text(f.label_id()))
        .collect();
    add("field-attention_flags", flags.join(", "), false);
    add("field-coach_note", coachee.coach_note.clone(), false);
    if let Some(contact) = contact {
        add("field-last_contact", date(contact.last_contact), false);
        let overdue = contact.next_contact.is_some_and(|d| d < today);
        let marker = if overdue { " ⚠" } else { "" };
        add(
            "field-next_contact",
            format!("{}{marker}", date(contact.next_contact)),
            overdue,
        );
    }
    facts
}

/// The facts of one session besides its summary, in reading order; empty values are left out.
pub fn session_facts(session: &Session, lang: Lang) -> Vec<Fact> {
    let mut facts = Vec::new();
    let mut add = |label: &str, value: String| {
        if !value.trim().is_empty() {
            facts.push(Fact {
                label: lang.text(label),
                value,
                warning: false,
            });
        }
    };
    let labels = |ids: Vec<&str>| {
        ids.into_iter()
            .map(|id| lang.text(id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    add(
        "field-start_time",
        session
            .start_time
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default(),
    );
    add("field-minutes", session.minutes.to_string());
    add("field-location", session.location.clone());
    add(
        "field-participants",
        labels(session.participants.iter().map(|p| p.label_id()).collect()),
    );
    add(
        "field-wellbeing",
        session
            .wellbeing
            .map(|w| format!("{w}/5"))
            .unwrap_or_default(),
    );
    add(
        "field-employer_satisfaction",
        session
            .employer_satisfaction
            .map(|w| format!("{w}/5"))
            .unwrap_or_default(),
    );
    add(
        "field-signals",
        labels(session.signals.iter().map(|s| s.label_id()).collect()),
    );
    if let Some(note) = EscalationNote::of(session, lang) {
        let marker = if note.open { "⚑" } else { "✔" };
        add("field-escalate", format!("{marker} {}", note.state));
        add("field-reply", note.reply);
    }
    for (_, a, done) in session.agreements_with_state() {
        let kept = done
            .map(|on| {
                format!(
                    " — {}",
                    lang.render(&Msg::new("agreement-kept-on").arg("date", format_date(on)))
                )
            })
            .unwrap_or_default();
        add(
            "field-agreement",
            format!(
                "{} {} ({}, {}){kept}",
                if done.is_some() { "✔" } else { "·" },
                a.text,
                lang.text(a.owner.label_id()),
                date(a.due)
            ),
        );
    }
    add(
        "field-next_contact",
        session.next_contact.map(format_date).unwrap_or_default(),
    );
    add("field-coach_note", session.coach_note.clone());
    facts
}
