//! The employers tab: every employer with its number of current placements, and for the
//! selected one its details and the young people placed there. Loaded when the tab opens and
//! per selection, never per frame.

use super::update::{moved, movement};
use super::{Action, App, Effect, Pane, Tab};
use crate::domain::{Coachee, Employer, EntityId, Placement};
use crate::store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub struct EmployerRow {
    pub employer: Employer,
    pub current_placements: usize,
}

/// A placement at the selected employer, with who is placed.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementRow {
    pub placement: Placement,
    pub coachee: Option<Coachee>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Employers {
    /// Sorted by name.
    pub rows: Vec<EmployerRow>,
    pub selected: usize,
    pub placements: Vec<PlacementRow>,
    pub placement_selected: usize,
    /// Whether the placements list (rather than the employer list) has the keyboard.
    pub in_placements: bool,
}

impl Employers {
    pub fn selected_employer(&self) -> Option<&Employer> {
        self.rows.get(self.selected).map(|r| &r.employer)
    }
}

/// Reads every employer and counts their current placements (one pass over placements).
pub fn load(store: &Store) -> Result<Employers, StoreError> {
    let mut current: std::collections::HashMap<EntityId, usize> = Default::default();
    for placement in store.placements()? {
        if placement.is_current() {
            *current.entry(placement.employer).or_default() += 1;
        }
    }
    let mut rows: Vec<EmployerRow> = store
        .employers()?
        .into_iter()
        .map(|employer| EmployerRow {
            current_placements: current.get(&employer.id).copied().unwrap_or(0),
            employer,
        })
        .collect();
    rows.sort_by_cached_key(|r| r.employer.name.to_lowercase());
    Ok(Employers {
        rows,
        ..Default::default()
    })
}

/// The placements at one employer, current ones first, with the coachees' names.
pub fn load_placements(store: &Store, employer: EntityId) -> Result<Vec<PlacementRow>, StoreError> {
    let mut placements = store.placements_at(employer)?;
    placements.sort_by_key(|p| (!p.is_current(), std::cmp::Reverse(p.start)));
    placements
        .into_iter()
        .map(|placement| {
            Ok(PlacementRow {
                coachee: store.get::<Coachee>(placement.coachee)?,
                placement,
            })
        })
        .collect()
}

/// Actions on the employers tab.
pub fn employers_action(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(view) = app.employers.as_mut() else {
        return Vec::new();
    };
    let delta = match action {
        action if let Some(delta) = movement(action) => delta,
        Action::NextPane | Action::PrevPane => {
            view.in_placements = !view.in_placements && !view.placements.is_empty();
            return Vec::new();
        }
        Action::Edit => {
            return view
                .selected_employer()
                .map(|e| vec![Effect::OpenForm(super::FormRequest::Employer(Some(e.id)))])
                .unwrap_or_default();
        }
        Action::Open if view.in_placements => {
            let Some(coachee) = view
                .placements
                .get(view.placement_selected)
                .map(|p| p.placement.coachee)
            else {
                return Vec::new();
            };
            app.tab = Tab::Caseload;
            app.focus = Pane::List;
            app.caseload.select_id(coachee);
            return app.load_selected();
        }
        Action::Open => {
            view.in_placements = !view.placements.is_empty();
            return Vec::new();
        }
        _ => return Vec::new(),
    };
    if view.in_placements {
        view.placement_selected = moved(view.placement_selected, delta, view.placements.len());
        Vec::new()
    } else {
        let before = view.selected;
        view.selected = moved(view.selected, delta, view.rows.len());
        match view.selected_employer() {
            Some(e) if view.selected != before => vec![Effect::LoadEmployer(e.id)],
            _ => Vec::new(),
        }
    }
}
