//! The screen, headless: actions through `update()` against a real demo database, and insta
//! snapshots of whole frames drawn on a `TestBackend`.

mod common;

use common::screen::{act, app, demo_store, screen, typed};
use stagecoach::app::{Action, App, HelpPage, KeyChord, Pane, Popup, SortOrder, handle_key};
use stagecoach::domain::{Role, Status};
use stagecoach::i18n::Lang;

#[test]
fn moving_down_loads_the_next_coachees_details() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let first = app.caseload.selected_row().unwrap().coachee.id;
    assert_eq!(app.detail.as_ref().unwrap().coachee.id, first);
    act(&mut app, &mut f.store, Action::Down);
    let second = app.caseload.selected_row().unwrap().coachee.id;
    assert_ne!(first, second);
    let detail = app.detail.as_ref().unwrap();
    assert_eq!(detail.coachee.id, second);
    assert_eq!(detail.sessions, f.store.sessions_of(second).unwrap());
    act(&mut app, &mut f.store, Action::Bottom);
    assert_eq!(app.caseload.selected, app.caseload.len() - 1);
    act(&mut app, &mut f.store, Action::Down);
    assert_eq!(
        app.caseload.selected,
        app.caseload.len() - 1,
        "the cursor stops at the end"
    );
    act(&mut app, &mut f.store, Action::Top);
    assert_eq!(app.caseload.selected, 0);
}

#[test]
fn a_filter_typed_letter_by_letter_finds_what_the_whole_filter_finds() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    let shown = |app: &App| {
        (0..app.caseload.len())
            .map(|i| app.caseload.row(i).unwrap().coachee.id)
            .collect::<Vec<_>>()
    };
    for query in ["an", "ja de", "sa", "e"] {
        // Typed: each letter searches only what the letters before it matched.
        act(&mut app, &mut f.store, Action::Filter);
        typed(&mut app, &mut f.store, query);
        let narrowed = shown(&app);
        handle_key(&mut app, KeyChord::parse("Esc").unwrap());
        // At once: the whole caseload is searched.
        app.caseload.filter = query.to_string();
        app.caseload.refresh();
        assert_eq!(narrowed, shown(&app), "{query:?}");
        assert!(!narrowed.is_empty(), "{query:?} finds someone in the demo");
        app.caseload.filter.clear();
        app.caseload.refresh();
    }
    // Backspace widens again.
    act(&mut app, &mut f.store, Action::Filter);
    typed(&mut app, &mut f.store, "zzq");
    let none = shown(&app);
    handle_key(&mut app, KeyChord::parse("Backspace").unwrap());
    handle_key(&mut app, KeyChord::parse("Backspace").unwrap());
    handle_key(&mut app, KeyChord::parse("Backspace").unwrap());
    assert!(none.is_empty());
    assert_eq!(
        app.caseload.len(),
        app.caseload.total() - closed_count(&app)
    );
}

fn closed_count(app: &App) -> usize {
    app.caseload
        .all_rows()
        .iter()
        .filter(|r| !r.coachee.status.is_active())
        .count()
}

#[test]
fn the_caseload_hides_closed_files_until_toggled_and_sorts_by_next_contact() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    let closed = |app: &App| {
        (0..app.caseload.len())
            .filter(|i| app.caseload.row(*i).unwrap().coachee.status == Status::Closed)
            .count()
    };
    assert_eq!(closed(&app), 0);
    let dates: Vec<_> = (0..app.caseload.len())
        .filter_map(|i| app.caseload.row(i).unwrap().contact.as_ref()?.next_contact)
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] <= w[1]),
        "soonest next contact first"
    );
    act(&mut app, &mut f.store, Action::ToggleClosed);
    assert!(closed(&app) > 0);
    act(&mut app, &mut f.store, Action::Sort);
    assert_eq!(app.caseload.sort, SortOrder::Name);
    assert!(app.message.is_some(), "the new order is announced");
}

#[test]
fn typing_a_filter_narrows_the_list_and_esc_clears_it() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let total = app.caseload.len();
    let target = app.caseload.row(4).unwrap().coachee.clone();
    act(&mut app, &mut f.store, Action::Filter);
    assert!(app.caseload.filtering);
    typed(&mut app, &mut f.store, &target.last_name.to_lowercase());
    assert!(app.caseload.len() < total);
    assert_eq!(
        app.caseload.selected_row().unwrap().coachee.id,
        target.id,
        "best match first"
    );
    assert_eq!(app.detail.as_ref().unwrap().coachee.id, target.id);
    handle_key(&mut app, KeyChord::parse("Esc").unwrap());
    assert!(!app.caseload.filtering);
    assert_eq!(app.caseload.len(), total);
}

#[test]
fn panes_cycle_and_help_opens_and_closes() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::NextPane);
    assert_eq!(app.focus, Pane::Profile);
    act(&mut app, &mut f.store, Action::NextPane);
    assert_eq!(app.focus, Pane::Sessions);
    act(&mut app, &mut f.store, Action::Down);
    assert_eq!(app.session_selected, 1);
    act(&mut app, &mut f.store, Action::PrevPane);
    assert_eq!(app.focus, Pane::Profile);
    act(&mut app, &mut f.store, Action::Help);
    assert_eq!(app.popups, vec![Popup::Help(HelpPage::Keys)]);
    act(&mut app, &mut f.store, Action::Down);
    assert_eq!(
        app.focus,
        Pane::Profile,
        "keys do not reach the screen under help"
    );
    act(&mut app, &mut f.store, Action::Back);
    assert!(app.popups.is_empty());
    act(&mut app, &mut f.store, Action::Quit);
    assert!(app.quit);
}

#[test]
fn ctrl_c_quits_even_while_typing_a_filter() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Filter);
    handle_key(&mut app, KeyChord::ctrl('c'));
    assert!(app.quit);
}

#[test]
fn snapshot_main_screen_dutch_80x24() {
    let f = demo_store(Role::Coach);
    insta::assert_snapshot!(screen(&app(&f, Lang::Nl), 80, 24));
}

#[test]
fn snapshot_main_screen_dutch_120x40() {
    let f = demo_store(Role::Coach);
    insta::assert_snapshot!(screen(&app(&f, Lang::Nl), 120, 40));
}

#[test]
fn snapshot_main_screen_english_120x40() {
    let f = demo_store(Role::Coordinator);
    insta::assert_snapshot!(screen(&app(&f, Lang::En), 120, 40));
}

#[test]
fn snapshot_help_screen() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Help);
    insta::assert_snapshot!(screen(&app, 100, 30));
}

#[test]
fn tab_turns_the_help_to_the_signs_and_the_files() {
    let mut f = demo_store(Role::Coach);
    for lang in [Lang::Nl, Lang::En] {
        let mut app = app(&f, lang);
        act(&mut app, &mut f.store, Action::Help);
        act(&mut app, &mut f.store, Action::NextPane);
        assert_eq!(app.popups, vec![Popup::Help(HelpPage::Signs)]);
        for (width, height) in [(120, 40), (80, 24)] {
            let drawn = screen(&app, width, height);
            // Every sign the screen uses is explained, and every status by its symbol.
            for sign in [
                "›", "!", "•", "⚑", "✎", "§", "⚠", "✔", "○", "◔", "◑", "●", "✖", "↺", "‖",
            ] {
                assert!(drawn.contains(sign), "{sign} at {width}×{height}:\n{drawn}");
            }
            assert!(
                drawn.contains("~/.config/stagecoach/config.toml"),
                "{drawn}"
            );
            assert!(drawn.contains("~/.local/share/stagecoach/logs"), "{drawn}");
            if lang == Lang::Nl {
                insta::assert_snapshot!(format!("help_signs_{width}x{height}"), drawn);
            }
        }
        act(&mut app, &mut f.store, Action::NextPane);
        assert_eq!(app.popups, vec![Popup::Help(HelpPage::Keys)], "and back");
    }
}

#[test]
fn snapshot_too_small() {
    let f = demo_store(Role::Coach);
    insta::assert_snapshot!(screen(&app(&f, Lang::Nl), 60, 20));
}

#[test]
fn the_agenda_lists_overdue_contacts_and_enter_goes_to_the_coachee() {
    use stagecoach::app::Tab;
    use stagecoach::app::tabs::agenda::Section;
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabAgenda);
    let today = common::screen::today();
    let overdue: Vec<_> = app
        .caseload
        .all_rows()
        .iter()
        .filter(|r| r.coachee.status.is_active())
        .filter(|r| {
            r.contact
                .as_ref()
                .and_then(|c| c.next_contact)
                .is_some_and(|d| d < today)
        })
        .map(|r| r.coachee.id)
        .collect();
    assert!(!overdue.is_empty(), "the demo has overdue contacts");
    let listed: Vec<_> = app
        .agenda
        .iter()
        .filter(|r| r.section == Section::Overdue)
        .map(|r| r.coachee)
        .collect();
    assert_eq!(listed.len(), overdue.len());
    assert!(overdue.iter().all(|id| listed.contains(id)));

    let position = app
        .agenda
        .iter()
        .position(|r| r.section == Section::Overdue)
        .unwrap();
    for _ in 0..position {
        act(&mut app, &mut f.store, Action::Down);
    }
    act(&mut app, &mut f.store, Action::Open);
    assert_eq!(app.tab, Tab::Caseload);
    assert_eq!(app.caseload.selected_row().unwrap().coachee.id, listed[0]);
    assert_eq!(app.detail.as_ref().unwrap().coachee.id, listed[0]);
}

#[test]
fn snapshot_agenda_80x24() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabAgenda);
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn snapshot_agenda_english_120x40() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::En);
    act(&mut app, &mut f.store, Action::TabAgenda);
    insta::assert_snapshot!(screen(&app, 120, 40));
}

#[test]
fn the_employers_tab_lists_employers_and_enter_on_a_placement_goes_to_the_coachee() {
    use stagecoach::app::Tab;
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabEmployers);
    let view = app.employers.as_ref().expect("loaded when the tab opens");
    assert_eq!(view.rows.len(), f.store.employers().unwrap().len());
    let names: Vec<_> = view
        .rows
        .iter()
        .map(|r| r.employer.name.to_lowercase())
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "sorted by name");
    // The counts are kept in memory; they say what the database says.
    for row in &view.rows {
        let current = f
            .store
            .placements_at(row.employer.id)
            .unwrap()
            .iter()
            .filter(|p| p.is_current())
            .count();
        assert_eq!(row.current_placements, current, "{}", row.employer.name);
    }
    assert!(view.rows.iter().any(|r| r.current_placements > 0));

    // Walk down to an employer with someone placed there.
    let with_placements = view
        .rows
        .iter()
        .position(|r| !f.store.placements_at(r.employer.id).unwrap().is_empty())
        .unwrap();
    for _ in 0..with_placements {
        act(&mut app, &mut f.store, Action::Down);
    }
    let view = app.employers.as_ref().unwrap();
    let employer = view.selected_employer().unwrap().id;
    assert_eq!(
        view.placements.len(),
        f.store.placements_at(employer).unwrap().len()
    );
    let coachee = view.placements[0].placement.coachee;

    act(&mut app, &mut f.store, Action::NextPane);
    act(&mut app, &mut f.store, Action::Open);
    assert_eq!(app.tab, Tab::Caseload);
    assert_eq!(app.detail.as_ref().unwrap().coachee.id, coachee);
}

#[test]
fn snapshot_employers_80x24() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabEmployers);
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn the_agenda_lists_agreements_past_their_date() {
    use stagecoach::app::tabs::agenda::{Section, Subject};
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabAgenda);
    let today = common::screen::today();
    let mut expected = Vec::new();
    for row in app.caseload.all_rows() {
        if !row.coachee.status.is_active() {
            continue;
        }
        for s in f.store.sessions_of(row.coachee.id).unwrap() {
            for (index, a, done) in s.agreements_with_state() {
                if done.is_none() && a.due.is_some_and(|d| d < today) {
                    expected.push((s.id, index, a.text.clone()));
                }
            }
        }
    }
    assert!(!expected.is_empty(), "the demo has agreements past due");
    let mut listed: Vec<_> = app
        .agenda
        .iter()
        .filter(|r| r.section == Section::AgreementsPastDue)
        .map(|r| match &r.subject {
            Subject::Agreement { id, text, .. } => (id.session, id.index, text.clone()),
            other => panic!("a past-due row is about an agreement, not {other:?}"),
        })
        .collect();
    expected.sort();
    listed.sort();
    assert_eq!(listed, expected, "one row per agreement, with its text");
}

#[test]
fn the_filter_finds_a_coachee_by_their_current_employer() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let (coachee, employer) = app
        .caseload
        .all_rows()
        .iter()
        .find_map(|r| {
            let p = f
                .store
                .placements_of(r.coachee.id)
                .unwrap()
                .into_iter()
                .find(|p| p.is_current())?;
            let e = f
                .store
                .get::<stagecoach::domain::Employer>(p.employer)
                .unwrap()?;
            Some((r.coachee.id, e.name))
        })
        .expect("someone in the demo is placed");
    act(&mut app, &mut f.store, Action::Filter);
    typed(&mut app, &mut f.store, &employer);
    assert_eq!(app.caseload.selected_row().unwrap().coachee.id, coachee);
}
