//! The employers tab: every employer with its number of current placements, and for the
//! selected one its details and the young people placed there. Loaded (by `service::employers`)
//! when the tab opens and per selection, never per frame.

use crate::app::cursor::{moved, movement};
use crate::app::layer::Hint;
use crate::app::{Action, App, Effect, FormRequest, Pane, Tab};
use crate::domain::Employer;
use crate::service::employers::{EmployerRow, PlacementRow};

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
    /// The tab for these rows, the cursor on the first.
    pub fn new(rows: Vec<EmployerRow>) -> Self {
        Self {
            rows,
            ..Default::default()
        }
    }

    pub fn selected_employer(&self) -> Option<&Employer> {
        self.rows.get(self.selected).map(|r| &r.employer)
    }
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
                .map(|e| vec![Effect::OpenForm(FormRequest::Employer(Some(e.id)))])
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

/// The employers tab's hints.
pub fn hints() -> Vec<Hint> {
    [
        Action::Down,
        Action::NextPane,
        Action::Open,
        Action::Edit,
        Action::NewEmployer,
    ]
    .map(Hint::Action)
    .to_vec()
}
