//! The exchange tab's effects: reading its overview, writing bundles, previewing and applying
//! an import, settling a conflict, assigning a coachee. Problems go to the status line; the
//! form or preview they came from stays, so nothing has to be typed again.

use super::refresh::{Changed, after_save, close_form, refresh_counts};
use crate::app::form::exchange::assign_form;
use crate::app::tabs::exchange::ExchangeTab;
use crate::app::{App, Effect, Popup, Submission};
use crate::domain::{Coachee, EntityId, Role};
use crate::message::Msg;
use crate::service::actions;
use crate::service::exchange::{self, ImportPreview, Keep};
use crate::store::{Store, StoreError};
use crate::sync::conflicts;
use crate::sync::import::{self, ImportOptions};
use crate::sync::{self, SyncError};

/// Reads what the tab shows, and the counts on the status line.
pub fn load(app: &mut App, store: &Store) -> Result<(), StoreError> {
    let view = match exchange::overview(store) {
        Ok(overview) => {
            let mut view = ExchangeTab::new(overview, default_folder());
            if let Some(old) = app.exchange.as_ref() {
                view.selected = old.selected.min(view.conflicts.len().saturating_sub(1));
                view.folder = old.folder.clone();
            }
            view
        }
        Err(SyncError::Store(e)) => return Err(e),
        Err(other) => {
            app.message = Some(other.message());
            return Ok(());
        }
    };
    app.owner.conflicts = view.conflicts.len();
    app.exchange = Some(view);
    refresh_counts(app, store);
    Ok(())
}

/// The folder bundles go to by default: the user's home, where they will look for them.
fn default_folder() -> String {
    directories::UserDirs::new()
        .map(|dirs| dirs.home_dir().display().to_string())
        .unwrap_or_else(|| ".".to_string())
}

/// Carries out an exchange effect.
pub fn run(app: &mut App, store: &mut Store, effect: Effect) -> Result<(), StoreError> {
    match effect {
        Effect::LoadSync => load(app, store)?,
        Effect::Resolve { id, mine } => {
            let keep = if mine { Keep::Mine } else { Keep::Theirs };
            match conflicts::resolve(store, &id, keep) {
                Ok(conflict) => {
                    app.message = Some(
                        Msg::new("conflict-resolved-short")
                            .arg("code", conflict.coachee_code.unwrap_or_else(|| "–".into())),
                    );
                    after_save(app, store, Changed::Everything)?;
                }
                Err(e) => app.message = Some(e.message()),
            }
            load(app, store)?;
        }
        Effect::ApplyImport(preview) => {
            let options = ImportOptions {
                trust_new: preview.trust,
                ..ImportOptions::default()
            };
            match with_keys(store, |store, keys| {
                import::import_file(store, keys, &preview.file, options, app.today)
            }) {
                Ok(outcome) => {
                    app.message = Some(exchange::imported_message(
                        &outcome.plan,
                        &outcome.sender.card.name,
                    ));
                    after_save(app, store, Changed::Everything)?;
                }
                Err(e) => app.message = Some(e.message()),
            }
            load(app, store)?;
        }
        Effect::CompletePath => super::paths::complete_focused(app),
        _ => {}
    }
    Ok(())
}

/// Export, import preview and assignment, from their forms.
pub fn submit(app: &mut App, store: &mut Store, submission: Submission) -> Result<(), StoreError> {
    match submission {
        Submission::Export(choice) => {
            let folder = super::paths::typed_path(&choice.folder);
            match exchange::export_to(store, &folder, &choice.recipients, choice.full, app.today) {
                Ok(count) => {
                    close_form(app, store)?;
                    app.message = Some(
                        Msg::new("sync-exported")
                            .arg("count", count)
                            .arg("folder", &choice.folder),
                    );
                    if let Some(view) = app.exchange.as_mut() {
                        view.folder = choice.folder;
                    }
                    load(app, store)?;
                }
                Err(e) => app.message = Some(e.message()),
            }
        }
        Submission::Import { file, trust } => {
            let options = ImportOptions {
                trust_new: trust,
                dry_run: true,
                passphrase: None,
            };
            let path = super::paths::typed_path(&file);
            match with_keys(store, |store, keys| {
                import::import_file(store, keys, &path, options, app.today)
            }) {
                // The screen's form has the trust box: an unknown sender is said, not previewed.
                Ok(outcome) if outcome.untrusted => {
                    let untrusted = SyncError::Untrusted {
                        name: outcome.sender.card.name.clone(),
                        fingerprint: outcome.sender.card.fingerprint(),
                    };
                    app.message = Some(untrusted.message());
                }
                Ok(outcome) => {
                    close_form(app, store)?;
                    app.popups
                        .push(Popup::ImportPreview(Box::new(ImportPreview {
                            file: path,
                            trust,
                            sender: outcome.sender.card.name.clone(),
                            role: outcome.sender.role,
                            fingerprint: outcome.sender.card.fingerprint(),
                            newly_trusted: outcome.newly_trusted,
                            plan: outcome.plan,
                        })));
                }
                Err(e) => app.message = Some(e.message()),
            }
        }
        Submission::Assign { coachee, coach } => {
            match actions::assign(store, &coachee, coach.clone()) {
                Ok(updated) => {
                    close_form(app, store)?;
                    after_save(app, store, Changed::Coachee(updated.id))?;
                    app.message = Some(
                        Msg::new("assign-done")
                            .arg("code", updated.code.as_str())
                            .arg("coach", &coach.name),
                    );
                }
                Err(e) => app.message = Some(e.message()),
            }
        }
        _ => {}
    }
    Ok(())
}

/// The assignment form for a coachee, with every trusted coach to choose from.
pub fn open_assign(app: &mut App, store: &Store, coachee: EntityId) -> Result<(), StoreError> {
    if store.identity().role != Role::Coordinator {
        app.message = Some(Msg::new("coordinator-only"));
        return Ok(());
    }
    let Some(coachee) = store.get::<Coachee>(coachee)? else {
        return Ok(());
    };
    let coaches = match exchange::coaches(store) {
        Ok(coaches) => coaches,
        Err(e) => {
            app.message = Some(e.message());
            return Ok(());
        }
    };
    if coaches.is_empty() {
        app.message = Some(Msg::new("assign-no-coaches"));
        return Ok(());
    }
    app.form = Some(assign_form(&coachee, &coaches));
    Ok(())
}

fn with_keys<T>(
    store: &mut Store,
    work: impl FnOnce(&mut Store, &sync::DeviceKeys) -> Result<T, SyncError>,
) -> Result<T, SyncError> {
    let (_, keys) = sync::own_card(store)?;
    work(store, &keys)
}
