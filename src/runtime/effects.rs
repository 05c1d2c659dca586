//! The screen's effects, carried out against the database through `service`: `update` asks,
//! this runs, and one path (`after_save`) refreshes what a save changed.

use super::exchange;
use crate::app::form::records::{employer_form, placement_form};
use crate::app::tabs::employers::Employers;
use crate::app::{App, Caseload, Effect, FormRequest, Submission};
use crate::domain::dates::format_date;
use crate::domain::{Coachee, Employer, EntityId, Goal, Placement};
use crate::message::Msg;
use crate::service::detail::load_detail;
use crate::service::{actions, employers};
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
            }
            Effect::RestoreDraft => restore_draft(app, store)?,
            Effect::LoadEmployers => load_employers(app, store)?,
            Effect::LoadEmployer(id) => {
                let placements = employers::placements_at(store, id)?;
                if let Some(view) = app.employers.as_mut() {
                    view.placements = placements;
                    view.placement_selected = 0;
                }
            }
            Effect::SaveDraft => {
                if let Some(form) = app.form.as_ref()
                    && let Err(e) =
                        store.save_draft(&form.kind.draft_key(), &form.to_draft(chrono::Utc::now()))
                {
                    app.message = Some(e.message());
                }
            }
            Effect::DiscardDraft(key) => {
                if let Err(e) = store.discard_draft(&key) {
                    app.message = Some(e.message());
                }
            }
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

/// Every employer for the employers tab, keeping the place in the list when coming back to it.
fn load_employers(app: &mut App, store: &Store) -> Result<(), StoreError> {
    let mut view = Employers::new(employers::employer_rows(store)?);
    if let Some(old) = app.employers.as_ref() {
        view.selected = old.selected.min(view.rows.len().saturating_sub(1));
    }
    if let Some(e) = view.selected_employer() {
        view.placements = employers::placements_at(store, e.id)?;
    }
    app.employers = Some(view);
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

fn submit(app: &mut App, store: &mut Store, submission: Submission) -> Result<(), StoreError> {
    let today = app.today;
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
        // The first start creates the database; the terminal loop does that, not a store.
        Submission::Welcome { .. } => return Ok(()),
        sync @ (Submission::Export(_) | Submission::Import { .. } | Submission::Assign { .. }) => {
            return exchange::submit(app, store, sync);
        }
    };
    match result {
        Ok(changed) => {
            close_form(app, store)?;
            after_save(app, store, changed)?;
            app.message = Some(Msg::new("form-saved"));
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

/// What a write changed, so that `after_save` refreshes just that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    /// One coachee's record, or a record of theirs (a session, goal, placement).
    Coachee(EntityId),
    /// An employer: the employers tab shows it at once.
    Employers,
    /// Many rows at once (an import, a settled conflict): the list is read again.
    Everything,
}

/// The one way the screen catches up with a write, whoever made it: what changed, then the
/// status line's counts of unsent changes and open conflicts.
pub fn after_save(app: &mut App, store: &Store, changed: Changed) -> Result<(), StoreError> {
    match changed {
        Changed::Coachee(coachee) => refresh_coachee(app, store, coachee)?,
        Changed::Employers if app.employers.is_some() => load_employers(app, store)?,
        Changed::Employers => {}
        Changed::Everything => reload_caseload(app, store)?,
    }
    exchange::refresh_counts(app, store);
    Ok(())
}

/// Closes the form whose work is done, and forgets its draft.
pub fn close_form(app: &mut App, store: &Store) -> Result<(), StoreError> {
    if let Some(form) = app.form.take() {
        store.discard_draft(&form.kind.draft_key())?;
    }
    Ok(())
}

/// The coachee's row, their details, and whom the filter finds by employer.
fn refresh_coachee(app: &mut App, store: &Store, coachee: EntityId) -> Result<(), StoreError> {
    let keep = app.session_selected;
    app.detail = load_detail(store, coachee)?;
    // A saved placement may have changed whom the filter finds by employer.
    let employer = app.detail.as_ref().and_then(|d| {
        let current = d.placements.iter().find(|p| p.is_current())?;
        Some(d.employers.get(&current.employer)?.name.clone())
    });
    app.caseload.set_employer(coachee, employer);
    if let Some(row) = store.coachee_row(coachee)? {
        app.caseload.upsert(row);
    }
    let sessions = app.detail.as_ref().map_or(0, |d| d.sessions.len());
    app.session_selected = keep.min(sessions.saturating_sub(1));
    Ok(())
}

/// After an import or a settled conflict many rows may have changed: read the list again.
fn reload_caseload(app: &mut App, store: &Store) -> Result<(), StoreError> {
    let selected = app.caseload.selected_row().map(|r| r.coachee.id);
    let mut caseload = Caseload::with_employers(store.coachees()?, store.current_employer_names()?);
    caseload.sort = app.caseload.sort;
    caseload.show_closed = app.caseload.show_closed;
    caseload.refresh();
    if let Some(id) = selected {
        caseload.select_id(id);
    }
    app.caseload = caseload;
    app.detail = None;
    let effects = app.load_selected();
    for effect in effects {
        if let Effect::LoadDetail(id) = effect {
            app.detail = load_detail(store, id)?;
        }
    }
    Ok(())
}
