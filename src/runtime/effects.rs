//! The screen's effects, carried out against the database through `service`: `update` asks,
//! this runs, and one path (`after_save`) refreshes what a save changed.

use super::exchange;
use super::refresh::{self, Changed, after_save, close_form};
use crate::app::form::records::{employer_form, placement_form};
use crate::app::{App, Effect, FormRequest, Popup, Submission};
use crate::domain::dates::format_date;
use crate::domain::{Coachee, Employer, Goal, Placement};
use crate::message::Msg;
use crate::service::detail::load_detail;
use crate::service::{actions, employers, erasure, followup};
use crate::store::{Store, StoreError};

/// Carries out effects against the database. A failed read is returned (the screen cannot go on
/// without its data); a failed write is shown on the status line and the form stays open, so
/// nothing typed is lost.
pub fn run_effects(
    app: &mut App,
    store: &mut Store,
    effects: Vec<Effect>,
) -> Result<(), StoreError> {
    for effect in effects {
        match effect {
            Effect::LoadDetail(id) => {
                app.detail = load_detail(store, id)?;
                app.profile_scroll = 0;
                app.session_selected = 0;
                app.agreement_selected = 0;
            }
            Effect::RestoreDraft => restore_draft(app, store)?,
            Effect::LoadEmployers => refresh::load_employers(app, store)?,
            Effect::LoadEmployer(id) => {
                let placements = employers::placements_at(store, id)?;
                if let Some(view) = app.employers.as_mut() {
                    view.placements = placements;
                    view.placement_selected = 0;
                }
            }
            Effect::SaveDraft => {
                if let Some(form) = app.form.as_ref() {
                    let key = form.kind.draft_key();
                    match store.save_draft(&key, &form.to_draft(chrono::Utc::now())) {
                        Ok(()) => {
                            let coachee = form.kind.coachee();
                            app.drafts.insert(key, coachee);
                        }
                        Err(e) => app.message = Some(e.message()),
                    }
                }
            }
            Effect::DiscardDraft(key) => match store.discard_draft(&key) {
                Ok(()) => {
                    app.drafts.remove(&key);
                }
                Err(e) => app.message = Some(e.message()),
            },
            Effect::Submit(submission) => submit(app, store, *submission)?,
            Effect::OpenForm(request) => {
                app.form = Some(match request {
                    FormRequest::Placement(coachee) => {
                        placement_form(coachee, store.placements_of(coachee)?, store.employers()?)
                    }
                    FormRequest::Employer(None) => employer_form(None),
                    FormRequest::Employer(Some(id)) => match store.get::<Employer>(id)? {
                        Some(e) => employer_form(Some(&e)),
                        None => continue,
                    },
                    FormRequest::Assign(coachee) => {
                        exchange::open_assign(app, store, coachee)?;
                        continue;
                    }
                });
                restore_draft(app, store)?;
            }
            Effect::DeleteSession(id) => match actions::delete_session(store, id) {
                Ok(session) => {
                    after_save(app, store, Changed::Coachee(session.coachee))?;
                    app.message = Some(Msg::new("session-deleted"));
                }
                Err(e) => app.message = Some(e.message()),
            },
            Effect::PlanForget(id) => match erasure::plan(store, id) {
                Ok(plan) => app.popups.push(Popup::ConfirmForget(Box::new(plan))),
                Err(e) => app.message = Some(e.message()),
            },
            Effect::Forget {
                coachee: id,
                anonymise,
            } => match if anonymise {
                erasure::erase_leaving_trace(store, id)
            } else {
                erasure::erase(store, id)
            } {
                Ok(code) => {
                    app.drafts.retain(|_, coachee| *coachee != Some(id));
                    after_save(app, store, Changed::Everything)?;
                    // The terminal loop rewrites the files next and says how that went.
                    let done = if anonymise {
                        "forget-done-anonymised"
                    } else {
                        "forget-done"
                    };
                    app.message = Some(Msg::new(done).arg("code", code.as_str()));
                }
                Err(e) => app.message = Some(e.message()),
            },
            Effect::LoadAgenda => refresh::load_agenda(app, store)?,
            Effect::LoadOverview => refresh::load_overview(app, store)?,
            Effect::SelectSession(id) => {
                if let Some(at) = app
                    .detail
                    .as_ref()
                    .and_then(|d| d.sessions.iter().position(|s| s.id == id))
                {
                    app.session_selected = at;
                }
            }
            Effect::SetAgreement { id, done } => {
                let on = done.then_some(app.today);
                match followup::set_agreement(store, id, on) {
                    Ok(session) => {
                        after_save(app, store, Changed::Coachee(session.coachee))?;
                        let text = &session.agreements[id.index].text;
                        app.message = Some(if done {
                            Msg::new("agreement-marked-done")
                                .arg("text", text)
                                .arg("date", format_date(app.today))
                        } else {
                            Msg::new("agreement-reopened").arg("text", text)
                        });
                    }
                    Err(e) => app.message = Some(e.message()),
                }
            }
            // Needs the terminal; the loop in `runtime` carries it out before calling us.
            Effect::OpenEditor => {}
            effect @ (Effect::LoadSync
            | Effect::Resolve { .. }
            | Effect::ApplyImport(_)
            | Effect::CompletePath) => exchange::run(app, store, effect)?,
        }
    }
    Ok(())
}

fn restore_draft(app: &mut App, store: &Store) -> Result<(), StoreError> {
    if let Some(form) = app.form.as_mut()
        && let Some(draft) = store.draft(&form.kind.draft_key())?
    {
        form.restore(&draft);
        let saved = draft.saved_at.with_timezone(&chrono::Local);
        app.message = Some(
            Msg::new("form-draft-restored")
                .arg("date", format_date(saved.date_naive()))
                .arg("time", saved.format("%H:%M").to_string()),
        );
    }
    Ok(())
}

/// Writes a young person's inzage where the form said; a file that cannot be written keeps
/// the form open with the reason.
fn write_inzage(
    app: &mut App,
    store: &mut Store,
    coachee: crate::domain::EntityId,
    path: &str,
    json: bool,
) -> Result<(), StoreError> {
    let path = super::paths::typed_path(path);
    match crate::service::inzage::write(store, coachee, app.today, app.lang, json, &path) {
        Ok(code) => {
            close_form(app, store)?;
            app.message = Some(
                Msg::new("inzage-written")
                    .arg("code", code)
                    .arg("path", path.display()),
            );
        }
        Err(crate::Error::Store(e)) => return Err(e),
        Err(e) => app.message = Some(e.message()),
    }
    Ok(())
}

fn submit(app: &mut App, store: &mut Store, submission: Submission) -> Result<(), StoreError> {
    let today = app.today;
    // Consent to be registered withdrawn in this save: the data may not be kept, so the
    // erasure is offered straight after.
    let mut offer_erasure = None;
    // What was saved, and whose row and details to refresh (an employer belongs to no one).
    let result: Result<Changed, crate::Error> = match submission {
        Submission::NewSession { coachee, session } => match store.get::<Coachee>(coachee)? {
            Some(c) => {
                actions::log_session(store, &c, session, today).map(|_| Changed::Coachee(coachee))
            }
            None => return Ok(()),
        },
        Submission::EditSession(session) => actions::update_session(store, session, today)
            .map(|s| Changed::Coachee(s.record.coachee)),
        Submission::NewCoachee(c) => {
            actions::add_coachee(store, c, today).map(|s| Changed::Coachee(s.record.id))
        }
        Submission::EditCoachee(c) => {
            let withdrawn = |c: &Coachee| c.consent.as_ref().is_some_and(|k| k.withdrawn.is_some());
            if withdrawn(&c)
                && !store
                    .get::<Coachee>(c.id)?
                    .is_some_and(|old| withdrawn(&old))
            {
                offer_erasure = Some(c.id);
            }
            actions::update_coachee(store, c, today).map(|s| Changed::Coachee(s.record.id))
        }
        Submission::Status {
            coachee,
            to,
            date,
            reason,
        } => actions::change_status(store, &coachee, to, &reason, date, today)
            .map(|c| Changed::Coachee(c.id)),
        Submission::NewGoal { coachee, goal } => match store.get::<Coachee>(coachee)? {
            Some(c) => actions::add_goal(store, &c, goal).map(|_| Changed::Coachee(coachee)),
            None => return Ok(()),
        },
        Submission::EditGoal(goal) => {
            actions::update_record(store, goal, Goal::validate).map(|g| Changed::Coachee(g.coachee))
        }
        Submission::NewPlacement { coachee, placement } => match store.get::<Coachee>(coachee)? {
            Some(c) => {
                actions::add_placement(store, &c, placement).map(|_| Changed::Coachee(coachee))
            }
            None => return Ok(()),
        },
        Submission::EditPlacement(placement) => {
            actions::update_record(store, placement, Placement::validate)
                .map(|p| Changed::Coachee(p.coachee))
        }
        Submission::NewEmployer(employer) => {
            actions::add_employer(store, employer).map(|_| Changed::Employers)
        }
        Submission::EditEmployer(employer) => {
            actions::update_record(store, employer, Employer::validate).map(|_| Changed::Employers)
        }
        Submission::Acknowledge { session, reply } => {
            followup::acknowledge(store, session, &reply, today)
                .map(|s| Changed::Coachee(s.coachee))
        }
        // The first start creates the database; the terminal loop does that, not a store.
        // An agreement goes into its session form, which `app` does (see `form/keys.rs`).
        Submission::Welcome { .. } | Submission::Agreement(_) => return Ok(()),
        Submission::Inzage {
            coachee,
            path,
            json,
        } => return write_inzage(app, store, coachee, &path, json),
        sync @ (Submission::Export(_) | Submission::Import { .. } | Submission::Assign { .. }) => {
            return exchange::submit(app, store, sync);
        }
    };
    match result {
        Ok(changed) => {
            close_form(app, store)?;
            after_save(app, store, changed)?;
            app.message = Some(Msg::new("form-saved"));
            if let Some(coachee) = offer_erasure {
                app.message = Some(Msg::new("consent-withdrawn-offer"));
                run_effects(app, store, vec![Effect::PlanForget(coachee)])?;
            }
        }
        Err(crate::Error::Invalid(errors)) => {
            if let Some(form) = app.form.as_mut() {
                form.show_errors(&errors);
            }
            app.message = Some(Msg::new("form-has-errors").arg("count", errors.0.len()));
        }
        Err(e) => app.message = Some(e.message()),
    }
    Ok(())
}
