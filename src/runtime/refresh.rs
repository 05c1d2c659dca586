//! How the screen catches up with a write, whoever made it: a save from a form, a deleted
//! session, an assignment, an import, a settled conflict. One path, `after_save`, so that every
//! write refreshes the same way.

use crate::app::tabs::agenda;
use crate::app::tabs::employers::Employers;
use crate::app::{App, Caseload, Effect, Tab};
use crate::domain::EntityId;
use crate::service::detail::load_detail;
use crate::service::{self, employers, exchange};
use crate::store::{Store, StoreError};

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
    if app.tab == Tab::Agenda {
        load_agenda(app, store)?;
    }
    if app.tab == Tab::Overview {
        load_overview(app, store)?;
    }
    refresh_counts(app, store);
    Ok(())
}

/// Reads the agenda's escalations and agreements and builds its rows. A failure to read them
/// leaves the contacts' rows and says so, rather than closing the screen.
pub fn load_agenda(app: &mut App, store: &Store) -> Result<(), StoreError> {
    let active: std::collections::HashSet<crate::domain::EntityId> = app
        .caseload
        .all_rows()
        .iter()
        .filter(|r| r.coachee.status.is_active())
        .map(|r| r.coachee.id)
        .collect();
    let listed = |coachee| active.contains(&coachee);
    match service::followup::for_agenda(store, app.today, listed, agenda::MOST_PER_SECTION) {
        Ok(followups) => agenda::show(app, &followups),
        Err(crate::Error::Store(e)) => return Err(e),
        Err(e) => {
            agenda::show(app, &Default::default());
            app.message = Some(e.message());
        }
    }
    Ok(())
}

/// Reads the overview tab's figures for the period it shows, counting young people from the
/// caseload rows already in memory.
pub fn load_overview(app: &mut App, store: &Store) -> Result<(), StoreError> {
    let Some(tab) = app.overview.as_mut() else {
        return Ok(());
    };
    let rows = app.caseload.all_rows();
    let figures = crate::report::overview::overview(store, rows, tab.span.period(), app.today)?;
    tab.show(figures);
    Ok(())
}

/// Closes the form whose work is done, and forgets its draft.
pub fn close_form(app: &mut App, store: &Store) -> Result<(), StoreError> {
    if let Some(form) = app.form.take() {
        let key = form.kind.draft_key();
        store.discard_draft(&key)?;
        app.drafts.remove(&key);
    }
    Ok(())
}

/// The coachee's row, their details, and whom the filter finds by employer.
fn refresh_coachee(app: &mut App, store: &Store, coachee: EntityId) -> Result<(), StoreError> {
    let keep = app.session_selected;
    app.detail = load_detail(store, coachee)?;
    // A saved placement may have changed whom the filter finds by employer, and the counts.
    let employers = app
        .detail
        .as_ref()
        .map(service::detail::current_employers)
        .unwrap_or_default();
    app.caseload.set_current_employers(coachee, employers);
    if let Some(row) = store.coachee_row(coachee)? {
        app.caseload.upsert(row);
    }
    let sessions = app.detail.as_ref().map_or(0, |d| d.sessions.len());
    app.session_selected = keep.min(sessions.saturating_sub(1));
    // A ticked-off agreement leaves the list: the cursor stays on the one that took its place.
    let open = app.open_agreements().len();
    app.agreement_selected = app.agreement_selected.min(open.saturating_sub(1));
    Ok(())
}

/// After an import or a settled conflict many rows may have changed: read the list again.
fn reload_caseload(app: &mut App, store: &Store) -> Result<(), StoreError> {
    let selected = app.caseload.selected_row().map(|r| r.coachee.id);
    let mut caseload = Caseload::with_employers(store.coachees()?, store.current_employers()?);
    caseload.sort = app.caseload.sort;
    caseload.show_closed = app.caseload.show_closed;
    caseload.refresh();
    let still_there = |id| caseload.all_rows().iter().any(|r| r.coachee.id == id);
    match selected {
        Some(id) if still_there(id) => {
            caseload.select_id(id);
        }
        // Gone (erased, moved away): the row that took its place is selected, and the list
        // stays as the user had it.
        _ => caseload.selected = app.caseload.selected.min(caseload.len().saturating_sub(1)),
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

/// The status line's counts: changes in no bundle yet, open conflicts.
pub fn refresh_counts(app: &mut App, store: &Store) {
    let (unsent, conflicts) = exchange::counts(store);
    if let Some(unsent) = unsent {
        app.owner.unsent_changes = unsent;
    }
    app.owner.conflicts = conflicts;
}

/// Every employer for the employers tab, keeping the place in the list when coming back to it.
pub fn load_employers(app: &mut App, store: &Store) -> Result<(), StoreError> {
    let current = app.caseload.current_placements_by_employer();
    let mut view = Employers::new(employers::employer_rows(store, &current)?);
    if let Some(old) = app.employers.as_ref() {
        view.selected = old.selected.min(view.rows.len().saturating_sub(1));
    }
    if let Some(e) = view.selected_employer() {
        view.placements = employers::placements_at(store, e.id)?;
    }
    app.employers = Some(view);
    Ok(())
}
