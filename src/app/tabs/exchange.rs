//! The exchange tab ("Uitwisselen"): this device's card, the peers it trusts with what went
//! each way, the open conflicts side by side, and an import's preview that waits for a yes.
//! What it reads and writes is done by `runtime::exchange` through `service::exchange`.

use crate::app::form::exchange::{export_form, import_form};
use crate::app::layer::Hint;
use crate::app::{Action, App, Effect, Popup};
use crate::message::Msg;
use crate::service::exchange::{OpenConflict, Overview, PeerRow};

#[derive(Debug, Clone, PartialEq)]
pub struct ExchangeTab {
    pub fingerprint: String,
    pub peers: Vec<PeerRow>,
    pub conflicts: Vec<OpenConflict>,
    pub selected: usize,
    /// Where bundles were last written: the export and import forms start there.
    pub folder: String,
}

impl ExchangeTab {
    /// The tab for a fresh overview, the cursor on the first conflict.
    pub fn new(overview: Overview, folder: String) -> Self {
        Self {
            fingerprint: overview.fingerprint,
            peers: overview.peers,
            conflicts: overview.conflicts,
            selected: 0,
            folder,
        }
    }

    pub fn selected_conflict(&self) -> Option<&OpenConflict> {
        self.conflicts.get(self.selected)
    }
}

/// Keys on the exchange tab.
pub fn exchange_action(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(view) = app.exchange.as_mut() else {
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

fn with_separator(folder: &str) -> String {
    if folder.ends_with('/') {
        folder.to_string()
    } else {
        format!("{folder}/")
    }
}

/// The exchange tab's hints: bundles out and in, and settling conflicts when there are any.
pub fn hints(app: &App) -> Vec<Hint> {
    let mut actions = vec![Action::Export, Action::Import];
    if app.owner.conflicts > 0 {
        actions.extend([Action::Down, Action::KeepMine, Action::KeepTheirs]);
    }
    actions.into_iter().map(Hint::Action).collect()
}
