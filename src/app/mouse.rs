//! Clicks and the wheel. The screen says what is under the pointer (`ui::mouse::target_at`,
//! which lays the screen out as drawing does); this turns that into the same state changes
//! the keys make, so a click can do nothing a key could not.

pub use super::form::FieldPart;
use super::form::picker::PickerKey;
use super::{Action, App, Effect, Layer, Pane, Tab, update};

/// What is under the pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseTarget {
    Tab(Tab),
    /// A pane of the caseload tab, away from its rows.
    Pane(Pane),
    /// A row of the caseload list: its place in the list as shown.
    CaseloadRow(usize),
    /// A row of the contacts pane: its place among the selected coachee's contacts.
    SessionRow(usize),
    /// A field of the open form, anywhere on its rows.
    FormField(usize),
    /// A part of a form field that does something when clicked: an option, a score, or a
    /// choice's arrows.
    FormOption {
        field: usize,
        part: FieldPart,
    },
    /// A row of the open picker: its place among the matches.
    PickerRow(usize),
    /// The privacy warning under a form.
    Warning,
}

/// A click on `target`, or the wheel turned over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mouse {
    Click(MouseTarget),
    Wheel {
        over: Option<MouseTarget>,
        down: bool,
    },
}

/// Lines the wheel moves a list or the profile per notch.
const WHEEL_STEP: usize = 3;

pub fn handle_mouse(app: &mut App, mouse: Mouse) -> Vec<Effect> {
    match mouse {
        Mouse::Click(target) => click(app, target),
        Mouse::Wheel { over, down } => wheel(app, over, down),
    }
}

fn click(app: &mut App, target: MouseTarget) -> Vec<Effect> {
    match (app.keyboard_owner(), target) {
        (Layer::Form, MouseTarget::PickerRow(row)) => pick(app, row),
        (Layer::Form, MouseTarget::FormField(field)) => focus_field(app, field),
        (Layer::Form, MouseTarget::FormOption { field, part }) => choose(app, field, part),
        (Layer::Tab(_), MouseTarget::Tab(tab)) => update(app, tab_action(tab)),
        (Layer::Tab(_), MouseTarget::Pane(pane)) if app.tab == Tab::Caseload => {
            app.focus = pane;
            Vec::new()
        }
        (Layer::Tab(_), MouseTarget::CaseloadRow(row)) if row < app.caseload.len() => {
            app.focus = Pane::List;
            app.caseload.selected = row;
            app.load_selected()
        }
        (Layer::Tab(_), MouseTarget::SessionRow(row)) => {
            // A click on the contact already chosen opens it, as Enter does.
            let again = app.focus == Pane::Sessions && app.session_selected == row;
            app.focus = Pane::Sessions;
            app.session_selected = row;
            if again {
                return update(app, Action::Open);
            }
            Vec::new()
        }
        // A click never answers a question or closes a window: those take a key.
        _ => Vec::new(),
    }
}

fn wheel(app: &mut App, over: Option<MouseTarget>, down: bool) -> Vec<Effect> {
    let action = if down { Action::Down } else { Action::Up };
    match app.keyboard_owner() {
        Layer::Form => {
            let Some(form) = app.form.as_mut() else {
                return Vec::new();
            };
            if over == Some(MouseTarget::Warning) {
                form.scroll_warning(down);
            } else if form.picker.is_some() {
                let key = if down { PickerKey::Down } else { PickerKey::Up };
                for _ in 0..WHEEL_STEP {
                    form.picker_key(key, app.lang);
                }
            } else if form.sub.is_none() {
                // The wheel walks the fields, and the form scrolls to keep the focus in view.
                form.move_focus(down);
            }
            Vec::new()
        }
        Layer::Tab(_) if app.tab == Tab::Caseload => {
            let pane = match over {
                Some(MouseTarget::CaseloadRow(_)) | Some(MouseTarget::Pane(Pane::List)) => {
                    Pane::List
                }
                Some(MouseTarget::SessionRow(_)) | Some(MouseTarget::Pane(Pane::Sessions)) => {
                    Pane::Sessions
                }
                Some(MouseTarget::Pane(Pane::Profile)) => Pane::Profile,
                _ => return Vec::new(),
            };
            app.focus = pane;
            if pane == Pane::Profile {
                // The profile scrolls; its arrows would choose an agreement instead.
                app.profile_scroll = if down {
                    app.profile_scroll
                        .saturating_add(WHEEL_STEP as u16)
                        .min(200)
                } else {
                    app.profile_scroll.saturating_sub(WHEEL_STEP as u16)
                };
                return Vec::new();
            }
            let mut effects = Vec::new();
            for _ in 0..WHEEL_STEP {
                effects = update(app, action);
            }
            effects
        }
        // Other tabs and the windows over the screen scroll as their arrows do.
        Layer::Tab(_) | Layer::Help | Layer::Session(_) => {
            let mut effects = Vec::new();
            for _ in 0..WHEEL_STEP {
                effects.extend(update(app, action));
            }
            effects
        }
        _ => Vec::new(),
    }
}

fn tab_action(tab: Tab) -> Action {
    match tab {
        Tab::Caseload => Action::TabCaseload,
        Tab::Agenda => Action::TabAgenda,
        Tab::Employers => Action::TabEmployers,
        Tab::Overview => Action::TabOverview,
        Tab::Sync => Action::TabSync,
    }
}

fn focus_field(app: &mut App, field: usize) -> Vec<Effect> {
    if let Some(form) = app.form.as_mut()
        && form.sub.is_none()
        && form.picker.is_none()
        && field < form.fields.len()
    {
        form.focus_on(field);
    }
    Vec::new()
}

/// A click on an option: a choice takes it, a tick box or one of several flips, a score is
/// set to it. The field gets the focus as well.
fn choose(app: &mut App, field: usize, part: FieldPart) -> Vec<Effect> {
    focus_field(app, field);
    let lang = app.lang;
    let Some(form) = app.form.as_mut() else {
        return Vec::new();
    };
    if form.focus != field || form.sub.is_some() || form.picker.is_some() {
        return Vec::new();
    }
    let before = form.fields[field].value.clone();
    form.click(part, lang);
    if form.fields[field].value == before {
        return Vec::new();
    }
    let name = form.fields[field].name.clone();
    form.after_edit(&name, &before);
    vec![Effect::SaveDraft]
}

fn pick(app: &mut App, row: usize) -> Vec<Effect> {
    let lang = app.lang;
    let Some(form) = app.form.as_mut() else {
        return Vec::new();
    };
    let Some(picker) = form.picker.as_mut() else {
        return Vec::new();
    };
    if row >= picker.matches.len() {
        return Vec::new();
    }
    picker.selected = row;
    if form.picker_key(PickerKey::Choose, lang) {
        vec![Effect::SaveDraft]
    } else {
        Vec::new()
    }
}
