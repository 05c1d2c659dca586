//! `show`: a coachee's profile, a session, an employer, as readable text or JSON.

use super::inspect::{coachee_doc, session_doc};
use super::{CliResult, Context};
use crate::domain::{Coachee, Employer, Session};
use crate::store::{CoacheeRow, Store};
use crate::{Error, Msg};

/// How many recent sessions a profile lists.
const RECENT_SESSIONS: usize = 5;

pub fn print(ctx: &Context, store: &Store, coachee: &Coachee, json: bool) -> CliResult {
    let row = CoacheeRow {
        coachee: coachee.clone(),
        contact: store.contact_summary(coachee.id)?,
    };
    let sessions = store.sessions_of(coachee.id)?;
    let goals = store.goals_of(coachee.id)?;
    let placements = store.placements_of(coachee.id)?;
    if json {
        let mut doc = coachee_doc(&row, ctx.today);
        doc["phone"] = coachee.phone.clone().into();
        doc["email"] = coachee.email.clone().into();
        doc["guardian"] = serde_json::to_value(&coachee.guardian).unwrap_or_default();
        doc["consent"] = serde_json::to_value(&coachee.consent).unwrap_or_default();
        doc["status_history"] = serde_json::to_value(&coachee.status_history).unwrap_or_default();
        doc["goals"] = serde_json::to_value(&goals).unwrap_or_default();
        doc["placements"] = serde_json::to_value(&placements).unwrap_or_default();
        doc["coach_note"] = coachee.coach_note.clone().into();
        doc["sessions"] = sessions.iter().map(session_doc).collect::<Vec<_>>().into();
        return ctx.out.json(&doc).map_err(|e| {
            Error::Store(crate::store::StoreError::io(
                "write the output",
                "stdout",
                e,
            ))
            .into()
        });
    }

    let out = &ctx.out;
    let lines: Vec<String> =
        crate::service::profile::facts(coachee, row.contact.as_ref(), ctx.today, out.lang)
            .into_iter()
            .map(|f| format!("  {:<18} {}", f.label, f.value))
            .collect();
    out.line(&format!("{} · {}", coachee.code, coachee.full_name()));
    for l in &lines {
        out.line(l);
    }
    if !goals.is_empty() {
        out.line(&format!("\n{}", out.text("profile-goals")));
        for g in &goals {
            let area = g.area.map(|a| out.label(a.label_id())).unwrap_or_default();
            out.line(&format!(
                "  [{}{}] {} ({area})",
                "■".repeat(g.progress as usize),
                "□".repeat(3 - g.progress.min(3) as usize),
                g.text
            ));
        }
    }
    if !placements.is_empty() {
        out.line(&format!("\n{}", out.text("profile-placements")));
        for p in &placements {
            let employer = store
                .get::<Employer>(p.employer)?
                .map(|e| e.name)
                .unwrap_or_default();
            out.line(&format!(
                "  {} · {} · {} · {} {}",
                p.placement_type
                    .map(|t| out.label(t.label_id()))
                    .unwrap_or_default(),
                employer,
                out.label(p.state().label_id()),
                out.date(p.start),
                p.supervisor
            ));
        }
    }
    let open: Vec<_> = sessions.iter().flat_map(|s| s.open_agreements()).collect();
    if !open.is_empty() {
        out.line(&format!("\n{}", out.text("profile-open-agreements")));
        for a in open {
            let overdue = a.due.is_some_and(|d| d < ctx.today);
            out.line(&format!(
                "  {} {} ({}, {}){}",
                if overdue { "⚠" } else { "·" },
                a.text,
                out.label(a.owner.label_id()),
                out.date(a.due),
                if overdue {
                    format!(" {}", out.text("profile-overdue"))
                } else {
                    String::new()
                }
            ));
        }
    }
    if !sessions.is_empty() {
        out.line(&format!(
            "\n{}",
            out.render(&Msg::new("profile-sessions").arg("count", sessions.len()))
        ));
        for s in sessions.iter().take(RECENT_SESSIONS) {
            out.line(&format!(
                "  {}  {:<16} {:>3}′  {}",
                out.date(Some(s.date)),
                out.label(s.kind().label_id()),
                s.minutes,
                crate::text::clip(s.headline(), 70)
            ));
        }
    }
    for reminder in coachee.reminders(ctx.today) {
        out.warn(&reminder);
    }
    Ok(())
}

pub fn print_session(ctx: &Context, store: &Store, s: &Session) {
    let out = &ctx.out;
    let coachee = store.get::<Coachee>(s.coachee).ok().flatten();
    out.line(&format!(
        "{} · {} · {}",
        out.date(Some(s.date)),
        out.label(s.kind().label_id()),
        coachee
            .map(|c| format!("{} {}", c.code, c.full_name()))
            .unwrap_or_default()
    ));
    for fact in crate::service::profile::session_facts(s, out.lang) {
        out.line(&format!("  {:<18} {}", fact.label, fact.value));
    }
    out.line(&format!("\n{}", s.summary));
}

pub fn print_employer(ctx: &Context, store: &Store, e: &Employer) -> CliResult {
    let out = &ctx.out;
    out.line(&e.name);
    if let Some(kvk) = &e.kvk {
        out.line(&format!("  {:<18} {kvk}", out.text("field-kvk")));
    }
    if let Some(sector) = e.sector {
        out.line(&format!(
            "  {:<18} {}",
            out.text("field-sector"),
            out.label(sector.label_id())
        ));
    }
    out.line(&format!(
        "  {:<18} {}",
        out.text("field-sbb_recognised"),
        out.text(if e.sbb_recognised { "yes" } else { "no" })
    ));
    if !e.neighbourhood.is_empty() {
        out.line(&format!(
            "  {:<18} {}",
            out.text("field-neighbourhood"),
            e.neighbourhood
        ));
    }
    for c in &e.contacts {
        out.line(&format!(
            "  {:<18} {} ({}) {} {}",
            out.text("field-contacts"),
            c.name,
            c.role,
            c.phone,
            c.email
        ));
    }
    let placements = store.placements_at(e.id)?;
    out.line(&format!(
        "\n{}",
        out.render(&Msg::new("profile-placements-here").arg("count", placements.len()))
    ));
    for p in placements {
        let who = store
            .get::<Coachee>(p.coachee)?
            .map(|c| format!("{} {}", c.code, c.full_name()));
        out.line(&format!(
            "  {} · {} · {}",
            who.unwrap_or_default(),
            p.placement_type
                .map(|t| out.label(t.label_id()))
                .unwrap_or_default(),
            out.label(p.state().label_id())
        ));
    }
    Ok(())
}
