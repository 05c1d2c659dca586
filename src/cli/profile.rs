//! `show`: a coachee's profile, a session, an employer, as readable text or JSON.

use super::json::{coachee_doc, session_doc};
use super::{CliResult, Context};
use crate::domain::{Coachee, Employer, Session};
use crate::service::detail::load_detail;
use crate::service::profile::Profile;
use crate::store::{CoacheeRow, Store};
use crate::{Error, Msg};

pub fn print(ctx: &Context, store: &Store, coachee: &Coachee, json: bool) -> CliResult {
    let Some(detail) = load_detail(store, coachee.id)? else {
        return Ok(());
    };
    if json {
        let row = CoacheeRow {
            coachee: detail.coachee.clone(),
            contact: detail.contact.clone(),
        };
        let coachee = &detail.coachee;
        let mut doc = coachee_doc(&row, ctx.today);
        doc["phone"] = coachee.phone.clone().into();
        doc["email"] = coachee.email.clone().into();
        doc["guardian"] = serde_json::to_value(&coachee.guardian).unwrap_or_default();
        doc["consent"] = serde_json::to_value(&coachee.consent).unwrap_or_default();
        doc["consent_history"] = serde_json::to_value(&coachee.consent_history).unwrap_or_default();
        doc["status_history"] = serde_json::to_value(&coachee.status_history).unwrap_or_default();
        doc["goals"] = serde_json::to_value(&detail.goals).unwrap_or_default();
        doc["placements"] = serde_json::to_value(&detail.placements).unwrap_or_default();
        doc["coach_note"] = coachee.coach_note.clone().into();
        doc["sessions"] = detail
            .sessions
            .iter()
            .map(session_doc)
            .collect::<Vec<_>>()
            .into();
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
    let profile = Profile::of(&detail, ctx.today, out.lang);
    out.line(&profile.title);
    for f in &profile.facts {
        out.line(&format!("  {:<18} {}", f.label, f.value));
    }
    let section = |title: &str, items: &[String]| {
        if !items.is_empty() {
            out.line(&format!("\n{title}"));
            for item in items {
                out.line(&format!("  {item}"));
            }
        }
    };
    section(&out.text("profile-goals"), &profile.goals);
    section(&out.text("profile-placements"), &profile.placements);
    let agreements: Vec<String> = profile
        .agreements
        .iter()
        .map(|a| {
            if a.overdue {
                format!("⚠ {} {}", a.text, out.text("profile-overdue"))
            } else {
                format!("· {}", a.text)
            }
        })
        .collect();
    section(&out.text("profile-open-agreements"), &agreements);
    let escalations: Vec<String> = profile
        .escalations
        .iter()
        .map(|e| {
            let marker = if e.open { "⚑" } else { "✔" };
            let reply = if e.reply.is_empty() {
                String::new()
            } else {
                format!("\n    ↳ {}", e.reply)
            };
            format!(
                "{marker} {} — {}{reply}",
                crate::text::clip(&e.raised, 60),
                e.state
            )
        })
        .collect();
    section(&out.text("profile-escalations"), &escalations);
    let contacts: Vec<String> = profile
        .contacts
        .iter()
        .map(|c| {
            format!(
                "{}  {:<16} {:>3}′  {}",
                c.date,
                c.kind,
                c.minutes,
                crate::text::clip(&c.headline, 70)
            )
        })
        .collect();
    section(
        &out.render(&Msg::new("profile-sessions").arg("count", profile.contact_count)),
        &contacts,
    );
    for reminder in detail.coachee.reminders(ctx.today) {
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
