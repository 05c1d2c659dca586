//! `update`: how each action changes the state. No drawing, no terminal, no database writes;
//! reads are requested as effects.

use super::cursor::{moved, movement};
use super::form::coachee::{coachee_form, status_form};
use super::form::exchange::inzage_form;
use super::form::keys::{form_action, form_key};
use super::form::records::goal_form;
use super::form::session::{edit_session, new_session};
use super::palette::{Palette, palette_key};
use super::tabs::employers::employers_action;
use super::tabs::{agenda, overview};
use super::{Action, App, Effect, FormRequest, HelpPage, Key, KeyChord, Layer, Pane, Popup, Tab};
use crate::i18n::Lang;
use crate::message::Msg;

/// Routes a key to the layer that has the keyboard (`App::keyboard_owner`): a question takes
/// its answer, the palette, a form and the filter field take typing, everything else goes
/// through the keymap to `update`.
pub fn handle_key(app: &mut App, chord: KeyChord) -> Vec<Effect> {
    if chord == KeyChord::ctrl('c') {
        app.quit = true;
        return Vec::new();
    }
    // Only an explicit yes deletes or imports; every other key is a no.
    let yes = matches!(chord.key, Key::Char('y' | 'j' | 'Y' | 'J')) && !chord.ctrl && !chord.alt;
    match app.keyboard_owner() {
        Layer::ConfirmDelete(id) => {
            app.popups.pop();
            if yes {
                app.popups.clear();
                return vec![Effect::DeleteSession(id)];
            }
            app.message = Some(Msg::new("delete-cancelled"));
            Vec::new()
        }
        Layer::ConfirmForget(id) => {
            app.popups.pop();
            // Erasing cannot be undone, and j is also "down": only a capital J or Y erases, so
            // d followed by a habitual j never does. A capital A erases leaving a trace.
            let plain = !chord.ctrl && !chord.alt;
            match chord.key {
                Key::Char('J' | 'Y') if plain => {
                    return vec![Effect::Forget {
                        coachee: id,
                        anonymise: false,
                    }];
                }
                Key::Char('A') if plain => {
                    return vec![Effect::Forget {
                        coachee: id,
                        anonymise: true,
                    }];
                }
                _ => {}
            }
            app.message = Some(Msg::new("forget-cancelled"));
            Vec::new()
        }
        Layer::ImportPreview => super::tabs::exchange::preview_answer(app, yes),
        Layer::ConfirmDiscard => {
            app.popups.pop();
            match app.form.as_ref().filter(|_| yes) {
                Some(form) => {
                    let key = form.kind.draft_key();
                    app.form = None;
                    app.message = Some(Msg::new("form-draft-discarded"));
                    vec![Effect::DiscardDraft(key)]
                }
                None => {
                    app.message = Some(Msg::new("form-draft-not-discarded"));
                    Vec::new()
                }
            }
        }
        Layer::Palette => match palette_key(app, chord) {
            Some(chosen) => update(app, chosen),
            None => Vec::new(),
        },
        Layer::Form => {
            app.message = None;
            form_key(app, chord)
        }
        Layer::Filter => filter_key(app, chord),
        Layer::Help | Layer::Session(_) | Layer::Tab(_) => match app.keymap.action_for(chord) {
            Some(action) => update(app, action),
            None => Vec::new(),
        },
    }
}

/// Pasted text (a bracketed paste from the terminal) goes whole into the field that takes
/// typing: the form's focused field, the filter or the palette. Anywhere else it is ignored:
/// pasted letters must never be taken for commands.
pub fn handle_paste(app: &mut App, text: &str) -> Vec<Effect> {
    match app.keyboard_owner() {
        Layer::Form => {
            app.message = None;
            super::form::keys::form_paste(app, text)
        }
        Layer::Filter => {
            app.caseload.filter.push_str(&crate::text::one_line(text));
            app.caseload.refresh();
            app.load_selected()
        }
        Layer::Palette => {
            super::palette::palette_paste(app, text);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn filter_key(app: &mut App, chord: KeyChord) -> Vec<Effect> {
    match chord.key {
        Key::Enter => app.caseload.filtering = false,
        Key::Esc => {
            // Esc leaves the filter field and clears it: back to the whole caseload.
            app.caseload.filtering = false;
            app.caseload.filter.clear();
            app.caseload.refresh();
        }
        Key::Backspace => {
            app.caseload.filter.pop();
            app.caseload.refresh();
        }
        Key::Char(c) if !chord.ctrl && !chord.alt => {
            app.caseload.filter.push(c);
            app.caseload.refresh();
        }
        Key::Up | Key::Down => {
            let action = if chord.key == Key::Up {
                Action::Up
            } else {
                Action::Down
            };
            return update(app, action);
        }
        _ => {}
    }
    app.load_selected()
}

/// What an action does, in the layer that has the keyboard (an action chosen in the palette
/// acts on the layer under it).
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    app.message = None;
    let layer = match app.keyboard_owner() {
        Layer::Palette => app.base_layer(),
        layer => layer,
    };
    match layer {
        Layer::Help => {
            // Help closes on its own key, Esc or q, and Tab turns the page; everything else
            // is ignored while it is open.
            match action {
                Action::Help | Action::Back | Action::Quit => {
                    app.popups.pop();
                }
                Action::NextPane | Action::PrevPane => {
                    if let Some(Popup::Help(page)) = app.popups.last_mut() {
                        *page = match page {
                            HelpPage::Keys => HelpPage::Signs,
                            HelpPage::Signs => HelpPage::Keys,
                        };
                    }
                }
                _ => {}
            }
            return Vec::new();
        }
        Layer::Session(id) => return session_popup(app, id, action),
        Layer::ConfirmDelete(_)
        | Layer::ConfirmForget(_)
        | Layer::ImportPreview
        | Layer::ConfirmDiscard => {
            return Vec::new();
        }
        Layer::Form => return form_action(app, action),
        Layer::Palette | Layer::Filter | Layer::Tab(_) => {}
    }
    match action {
        Action::Quit => app.quit = true,
        Action::Help => app.popups.push(Popup::Help(HelpPage::Keys)),
        Action::Palette => app.palette = Some(Palette::new(app.lang)),
        Action::SwitchLanguage => {
            app.lang = match app.lang {
                Lang::Nl => Lang::En,
                Lang::En => Lang::Nl,
            };
            app.message = Some(Msg::new("language-switched"));
        }
        Action::SwitchTheme => {
            app.theme = app.theme.next();
            app.message = Some(Msg::new(app.theme.message_id()));
        }
        Action::TabCaseload => app.tab = Tab::Caseload,
        Action::TabAgenda => {
            app.tab = Tab::Agenda;
            return vec![Effect::LoadAgenda];
        }
        Action::TabEmployers => {
            app.tab = Tab::Employers;
            return vec![Effect::LoadEmployers];
        }
        Action::TabOverview => return overview::open(app),
        Action::TabSync => {
            app.tab = Tab::Sync;
            return vec![Effect::LoadSync];
        }
        Action::Inzage => {
            match app.caseload.selected_row() {
                Some(row) if app.tab == Tab::Caseload => {
                    let c = &row.coachee;
                    app.form = Some(inzage_form(c.id, c.code.as_str()));
                }
                _ => app.message = Some(Msg::new("inzage-choose-coachee")),
            }
            return Vec::new();
        }
        _ if app.tab == Tab::Sync => return super::tabs::exchange::exchange_action(app, action),
        Action::Assign => {
            if let Some(row) = app.caseload.selected_row() {
                return vec![Effect::OpenForm(FormRequest::Assign(row.coachee.id))];
            }
        }
        // Conflicts, export and import live on the sync tab.
        Action::KeepMine | Action::KeepTheirs | Action::Export | Action::Import => {}
        _ if app.tab == Tab::Agenda => return agenda::agenda_action(app, action),
        _ if app.tab == Tab::Overview => return overview::overview_action(app, action),
        // Periods are stepped through in the overview.
        Action::PreviousPeriod | Action::NextPeriod | Action::WholeYear => {}
        // Escalations are answered from the agenda.
        Action::Acknowledge => {}
        Action::TickOff => {
            if app.focus == Pane::Profile
                && let Some(id) = app.selected_agreement()
            {
                return vec![Effect::SetAgreement { id, done: true }];
            }
        }
        Action::NewEmployer => return vec![Effect::OpenForm(FormRequest::Employer(None))],
        _ if app.tab == Tab::Employers => return employers_action(app, action),
        _ if app.tab != Tab::Caseload => {}
        Action::NextPane => app.focus = next_pane(app.focus, true),
        Action::PrevPane => app.focus = next_pane(app.focus, false),
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => move_by(app, action),
        Action::Filter => {
            app.focus = Pane::List;
            app.caseload.filtering = true;
        }
        Action::Sort => {
            app.caseload.sort = app.caseload.sort.next();
            app.caseload.refresh();
            app.message = Some(
                Msg::new("sorted-by").arg("order", app.lang.text(app.caseload.sort.label_id())),
            );
        }
        Action::ToggleClosed => {
            app.caseload.show_closed = !app.caseload.show_closed;
            app.caseload.refresh();
            let id = if app.caseload.show_closed {
                "closed-shown"
            } else {
                "closed-hidden"
            };
            app.message = Some(Msg::new(id));
        }
        Action::Open => match app.focus {
            Pane::Sessions => {
                if let Some(session) = app.selected_session() {
                    app.popups.push(Popup::Session(session.id));
                }
            }
            Pane::List | Pane::Profile => app.focus = Pane::Sessions,
        },
        Action::NewSession => return open_new_session(app),
        Action::NewCoachee => {
            app.form = Some(coachee_form(None));
            return vec![Effect::RestoreDraft];
        }
        Action::ChangeStatus | Action::Goals | Action::Placements
            if let Some(moved) = app.moved_away() =>
        {
            app.message = Some(moved);
        }
        Action::ChangeStatus => {
            if let Some(detail) = app.detail.as_ref() {
                app.form = Some(status_form(&detail.coachee, app.today, app.lang));
                return vec![Effect::RestoreDraft];
            }
        }
        Action::Goals => {
            if let Some(detail) = app.detail.as_ref() {
                app.form = Some(goal_form(detail.coachee.id, detail.goals.clone()));
                return vec![Effect::RestoreDraft];
            }
        }
        Action::Placements => {
            if let Some(detail) = app.detail.as_ref() {
                return vec![Effect::OpenForm(FormRequest::Placement(detail.coachee.id))];
            }
        }
        Action::Edit => return edit_selected(app),
        // On a contact it deletes that contact; on a young person in the list it erases them
        // with everything of theirs, after a question that says what goes.
        Action::Delete => {
            if app.focus == Pane::Sessions
                && let Some(session) = app.selected_session()
            {
                app.popups.push(Popup::ConfirmDelete(session.id));
            } else if app.focus == Pane::List
                && let Some(row) = app.caseload.selected_row()
            {
                return vec![Effect::PlanForget(row.coachee.id)];
            }
        }
        // Form actions mean nothing outside a form.
        Action::Save | Action::DiscardDraft | Action::OpenEditor => {}
        Action::Back => {
            if !app.caseload.filter.is_empty() {
                app.caseload.filter.clear();
                app.caseload.refresh();
            } else if app.caseload.coach().is_some() {
                app.caseload.set_coach(None);
                app.message = Some(Msg::new("caseload-all-coaches"));
            } else {
                app.focus = Pane::List;
            }
        }
    }
    app.load_selected()
}

/// Opens the session form for the selected coachee, pre-filled, and asks for their draft.
fn open_new_session(app: &mut App) -> Vec<Effect> {
    if let Some(moved) = app.moved_away() {
        app.message = Some(moved);
        return Vec::new();
    }
    let Some(detail) = app.detail.as_ref() else {
        return Vec::new();
    };
    if !detail.coachee.status.accepts_sessions() {
        app.message = Some(Msg::new("screen-coachee-closed").arg("code", &detail.coachee.code));
        return Vec::new();
    }
    app.form = Some(new_session(detail, app.today));
    vec![Effect::RestoreDraft]
}

/// `e`: the selected session in the session log, otherwise the coachee.
fn edit_selected(app: &mut App) -> Vec<Effect> {
    if let Some(moved) = app.moved_away() {
        app.message = Some(moved);
        return Vec::new();
    }
    let Some(detail) = app.detail.as_ref() else {
        return Vec::new();
    };
    app.form = Some(match app.selected_session() {
        Some(session) if app.focus == Pane::Sessions => edit_session(detail, session),
        _ => coachee_form(Some(&detail.coachee)),
    });
    vec![Effect::RestoreDraft]
}

/// The open session: edit, delete or close.
fn session_popup(app: &mut App, id: crate::domain::EntityId, action: Action) -> Vec<Effect> {
    match action {
        Action::Edit => {
            app.popups.pop();
            app.focus = Pane::Sessions;
            return edit_selected(app);
        }
        Action::Delete => {
            app.popups.pop();
            app.popups.push(Popup::ConfirmDelete(id));
        }
        Action::Acknowledge => {
            let Some((session, coachee)) = app.detail.as_ref().and_then(|d| {
                let session = d.sessions.iter().find(|s| s.id == id)?;
                Some((session, &d.coachee))
            }) else {
                return Vec::new();
            };
            if app.owner.role != crate::domain::Role::Coordinator {
                app.message = Some(Msg::new("ack-coordinator-only"));
            } else if session.escalation_open() {
                let form = super::form::acknowledge::acknowledge_form(
                    id,
                    coachee.id,
                    session.author_name(),
                    session.headline(),
                );
                app.popups.pop();
                app.form = Some(form);
                return vec![Effect::RestoreDraft];
            }
        }
        Action::Back | Action::Open | Action::Quit => {
            app.popups.pop();
        }
        _ => {}
    }
    Vec::new()
}

fn next_pane(pane: Pane, forward: bool) -> Pane {
    match (pane, forward) {
        (Pane::List, true) | (Pane::Sessions, false) => Pane::Profile,
        (Pane::Profile, true) | (Pane::List, false) => Pane::Sessions,
        (Pane::Sessions, true) | (Pane::Profile, false) => Pane::List,
    }
}

/// Moves the cursor of the focused pane by a movement action, clamped to its content.
fn move_by(app: &mut App, action: Action) {
    let Some(delta) = movement(action) else {
        return;
    };
    match app.focus {
        Pane::List => {
            app.caseload.selected = moved(app.caseload.selected, delta, app.caseload.len())
        }
        // With open agreements, the arrows choose one to tick off; paging scrolls.
        Pane::Profile => match app.open_agreements().len() {
            open if open > 0 && !matches!(action, Action::PageUp | Action::PageDown) => {
                app.agreement_selected = moved(app.agreement_selected, delta, open)
            }
            _ => app.profile_scroll = moved(app.profile_scroll as usize, delta, 200) as u16,
        },
        Pane::Sessions => {
            let len = app.detail.as_ref().map_or(0, |d| d.sessions.len());
            app.session_selected = moved(app.session_selected, delta, len);
        }
    }
}
