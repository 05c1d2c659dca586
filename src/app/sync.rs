//! The sync tab: this device's card, the peers it trusts with what went each way, the open
//! conflicts side by side, and an import's preview that waits for a yes. The reading and
//! writing for it happen in [`run`], which the effect loop calls.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::form::exchange::{assign_form, export_form, import_form};
use super::{Action, App, Caseload, Effect, Popup, Submission};
use crate::domain::{CoachRef, Coachee, DeviceId, EntityId, Role};
use crate::message::Msg;
use crate::store::import::ImportPlan;
use crate::store::{Store, StoreError};
use crate::sync::conflicts::{self, Keep, OpenConflict};
use crate::sync::export::{self, Recipient};
use crate::sync::import::{self, ImportOptions};
use crate::sync::{self, SyncError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerRow {
    pub device: DeviceId,
    pub name: String,
    pub role: Role,
    pub fingerprint: String,
    pub last_in: Option<NaiveDate>,
    pub last_out: Option<NaiveDate>,
    /// This device's changes that are in no bundle for the peer yet.
    pub unsent: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SyncView {
    pub fingerprint: String,
    pub peers: Vec<PeerRow>,
    pub conflicts: Vec<OpenConflict>,
    pub selected: usize,
    /// Where bundles were last written: the export and import forms start there.
    pub folder: String,
}

impl SyncView {
    pub fn selected_conflict(&self) -> Option<&OpenConflict> {
        self.conflicts.get(self.selected)
    }
}

/// What an import would do, shown before anything changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPreview {
    pub file: PathBuf,
    pub trust: bool,
    pub sender: String,
    pub role: Role,
    pub fingerprint: String,
    pub newly_trusted: bool,
    pub plan: ImportPlan,
}

/// Keys on the sync tab.
pub fn sync_action(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(view) = app.sync.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::Up => view.selected = view.selected.saturating_sub(1),
        Action::Down => {
            view.selected = (view.selected + 1).min(view.conflicts.len().saturating_sub(1))
        }
        Action::KeepMine | Action::KeepTheirs => {
            if let Some(conflict) = view.selected_conflict() {
                return vec![Effect::Resolve {
                    id: conflict.id.clone(),
                    mine: action == Action::KeepMine,
                }];
            }
        }
        Action::Export => {
            let recipients: Vec<(String, String)> = view
                .peers
                .iter()
                .filter(|p| p.role != app.owner.role)
                .map(|p| (p.device.to_string(), p.name.clone()))
                .collect();
            if recipients.is_empty() {
                app.message = Some(Msg::new("export-no-recipients"));
            } else {
                app.form = Some(export_form(&view.folder, &recipients));
            }
        }
        Action::Import => app.form = Some(import_form(&with_separator(&view.folder))),
        _ => {}
    }
    Vec::new()
}

/// The y/n of the import preview: only an explicit yes imports.
pub fn preview_answer(app: &mut App, yes: bool) -> Vec<Effect> {
    let Some(Popup::ImportPreview(preview)) = app.popups.pop() else {
        return Vec::new();
    };
    if yes {
        vec![Effect::ApplyImport(preview)]
    } else {
        app.message = Some(Msg::new("import-cancelled"));
        Vec::new()
    }
}

/// Reads what the tab shows, and the counts on the status line.
pub fn load(app: &mut App, store: &Store) -> Result<(), StoreError> {
    let view = match read_view(store) {
        Ok(mut view) => {
            if let Some(old) = app.sync.as_ref() {
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
    app.sync = Some(view);
    refresh_counts(app, store);
    Ok(())
}

fn read_view(store: &Store) -> Result<SyncView, SyncError> {
    let (card, _) = sync::own_card(store)?;
    let peers = sync::peers(store)?
        .into_iter()
        .map(|peer| {
            let exchange = store.peer_exchange(peer.card.device)?;
            Ok(PeerRow {
                device: peer.card.device,
                fingerprint: peer.card.fingerprint(),
                unsent: store.unsent_to(peer.card.device)?,
                name: peer.card.name,
                role: peer.role,
                last_in: exchange.last_in,
                last_out: exchange.last_out,
            })
        })
        .collect::<Result<_, StoreError>>()?;
    Ok(SyncView {
        fingerprint: card.fingerprint(),
        peers,
        conflicts: conflicts::open_conflicts(store)?,
        selected: 0,
        folder: default_folder(),
    })
}

/// The status line's counts: changes in no bundle yet, open conflicts.
pub fn refresh_counts(app: &mut App, store: &Store) {
    if let Ok(unsent) = sync::unsent_changes(store) {
        app.owner.unsent_changes = unsent;
    }
    app.owner.conflicts = conflicts::count(store);
}

/// The folder bundles go to by default: the user's home, where they will look for them.
fn default_folder() -> String {
    directories::UserDirs::new()
        .map(|dirs| dirs.home_dir().display().to_string())
        .unwrap_or_else(|| ".".to_string())
}

fn with_separator(folder: &str) -> String {
    if folder.ends_with('/') {
        folder.to_string()
    } else {
        format!("{folder}/")
    }
}

/// Carries out a sync effect or submission. Problems go to the status line; the form or
/// preview they came from stays, so nothing has to be typed again.
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
                    reload_caseload(app, store)?;
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
                    app.message = Some(imported_message(&outcome.plan, &outcome.sender.card.name));
                    reload_caseload(app, store)?;
                }
                Err(e) => app.message = Some(e.message()),
            }
            load(app, store)?;
        }
        Effect::CompletePath => complete_focused(app),
        _ => {}
    }
    Ok(())
}

/// Export, import preview and assignment, from their forms.
pub fn submit(app: &mut App, store: &mut Store, submission: Submission) -> Result<(), StoreError> {
    match submission {
        Submission::Export(choice) => {
            let folder = PathBuf::from(&choice.folder);
            match export_to(store, &folder, &choice.recipients, choice.full, app.today) {
                Ok(count) => {
                    close_form(app, store)?;
                    app.message = Some(
                        Msg::new("sync-exported")
                            .arg("count", count)
                            .arg("folder", &choice.folder),
                    );
                    if let Some(view) = app.sync.as_mut() {
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
            let path = PathBuf::from(&file);
            match with_keys(store, |store, keys| {
                import::import_file(store, keys, &path, options, app.today)
            }) {
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
            match crate::service::actions::assign(store, &coachee, coach.clone()) {
                Ok(updated) => {
                    close_form(app, store)?;
                    if let Some(row) = store.coachee_row(updated.id)? {
                        app.caseload.upsert(row);
                    }
                    app.detail = super::data::load_detail(store, updated.id)?;
                    app.message = Some(
                        Msg::new("assign-done")
                            .arg("code", updated.code.as_str())
                            .arg("coach", &coach.name),
                    );
                    refresh_counts(app, store);
                }
                Err(e) => app.message = Some(e.message()),
            }
        }
        _ => {}
    }
    Ok(())
}

/// Closes the form whose work is done, and forgets its draft.
fn close_form(app: &mut App, store: &Store) -> Result<(), StoreError> {
    if let Some(form) = app.form.take() {
        store.discard_draft(&form.kind.draft_key())?;
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
    let coaches: Vec<CoachRef> = match sync::peers(store) {
        Ok(peers) => peers
            .into_iter()
            .filter(|p| p.role == Role::Coach)
            .map(|p| CoachRef {
                device: p.card.device,
                name: p.card.name,
            })
            .collect(),
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

/// One bundle for each chosen peer (by device id) into `folder`; returns how many.
fn export_to(
    store: &Store,
    folder: &Path,
    chosen: &[String],
    full: bool,
    today: NaiveDate,
) -> Result<usize, SyncError> {
    if !folder.is_dir() {
        return Err(SyncError::io(
            "write",
            folder,
            std::io::Error::from(std::io::ErrorKind::NotADirectory),
        ));
    }
    let (_, keys) = sync::own_card(store)?;
    let recipients: Vec<_> = sync::peers(store)?
        .into_iter()
        .filter(|p| chosen.contains(&p.card.device.to_string()))
        .collect();
    for peer in &recipients {
        export::export(store, &keys, Recipient::Peer(peer), full, folder, today)?;
    }
    Ok(recipients.len())
}

fn imported_message(plan: &ImportPlan, sender: &str) -> Msg {
    if plan.already_imported.is_some() {
        return Msg::new("sync-import-already").arg("name", sender);
    }
    Msg::new("sync-imported-short")
        .arg("name", sender)
        .arg("created", plan.created_count())
        .arg("updated", plan.updated_count())
        .arg(
            "conflicts",
            plan.conflicts_after.saturating_sub(plan.conflicts_before),
        )
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
            app.detail = super::data::load_detail(store, id)?;
        }
    }
    Ok(())
}

/// Tab in a path field: complete from the disk, or go to the next field when there is nothing
/// to add.
fn complete_focused(app: &mut App) {
    let Some(form) = app.form.as_mut() else {
        return;
    };
    let current = form.focused().value.clone();
    match complete_path(&current) {
        Some(longer) if longer != current => {
            form.replace_focused(longer);
        }
        _ => form.move_focus(true),
    }
}

/// The longest completion of a typed path that every matching entry shares; a single folder
/// gets its separator, so the next Tab looks inside it.
pub fn complete_path(typed: &str) -> Option<String> {
    let (folder, prefix) = match typed.rfind('/') {
        Some(i) => (&typed[..=i], &typed[i + 1..]),
        None => ("", typed),
    };
    let listing = if folder.is_empty() {
        Path::new(".")
    } else {
        Path::new(folder)
    };
    let mut matches: Vec<(String, bool)> = std::fs::read_dir(listing)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let hidden = name.starts_with('.') && !prefix.starts_with('.');
            (name.starts_with(prefix) && !hidden).then(|| (name, entry.path().is_dir()))
        })
        .collect();
    matches.sort();
    let (first, is_dir) = matches.first()?.clone();
    if matches.len() == 1 {
        let end = if is_dir { "/" } else { "" };
        return Some(format!("{folder}{first}{end}"));
    }
    let shared = matches.iter().fold(first.clone(), |common, (name, _)| {
        common
            .chars()
            .zip(name.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a)
            .collect()
    });
    Some(format!("{folder}{shared}"))
}
