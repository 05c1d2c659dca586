//! Clicks and the wheel, headless: what the screen draws at a place is what a click there
//! acts on (a tab, a caseload row, a contact, a form field, an option, a picker row), and the
//! wheel scrolls the list under it. Positions are found on the drawn screen, as a user finds
//! them.

mod common;

use common::screen::{Fixture, act, app, demo_store, press, typed};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::{Position, Rect};
use stagecoach::app::mouse::{Mouse, MouseTarget, handle_mouse};
use stagecoach::app::{Action, App, HelpPage, Pane, Popup, Tab};
use stagecoach::domain::Role;
use stagecoach::i18n::Lang;
use stagecoach::runtime::effects::run_effects;
use stagecoach::ui::{self, Theme};

const SIZE: Rect = Rect {
    x: 0,
    y: 0,
    width: 120,
    height: 40,
};

/// Where `text` is drawn (its first cell), the n-th time from the top.
fn find_nth(app: &App, text: &str, n: usize) -> Position {
    let mut terminal = Terminal::new(TestBackend::new(SIZE.width, SIZE.height)).unwrap();
    terminal
        .draw(|f| ui::draw(f, app, &Theme::monochrome()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let mut found = Vec::new();
    for y in 0..SIZE.height {
        // Each cell's symbol, remembering the column every character came from.
        let mut line = String::new();
        let mut columns = Vec::new();
        for x in 0..SIZE.width {
            for c in buffer[(x, y)].symbol().chars() {
                line.push(c);
                columns.push(x);
            }
        }
        let mut start = 0;
        while let Some(at) = line[start..].find(text) {
            let chars = line[..start + at].chars().count();
            found.push(Position::new(columns[chars], y));
            start += at + text.len();
        }
    }
    *found
        .get(n)
        .unwrap_or_else(|| panic!("{text:?} drawn {} times", found.len()))
}

fn find(app: &App, text: &str) -> Position {
    find_nth(app, text, 0)
}

fn click(app: &mut App, f: &mut Fixture, at: Position) {
    let target = ui::mouse::target_at(app, SIZE, at);
    if let Some(target) = target {
        let effects = handle_mouse(app, Mouse::Click(target));
        run_effects(app, &mut f.store, effects).unwrap();
    }
}

fn wheel(app: &mut App, f: &mut Fixture, at: Position, down: bool) {
    let over = ui::mouse::target_at(app, SIZE, at);
    let effects = handle_mouse(app, Mouse::Wheel { over, down });
    run_effects(app, &mut f.store, effects).unwrap();
}

#[test]
fn a_click_on_a_tab_opens_it() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let at = find(&app, "3 Werkgevers");
    assert_eq!(
        ui::mouse::target_at(&app, SIZE, at),
        Some(MouseTarget::Tab(Tab::Employers))
    );
    click(&mut app, &mut f, at);
    assert_eq!(app.tab, Tab::Employers);
    let at = find(&app, "1 Caseload");
    click(&mut app, &mut f, at);
    assert_eq!(app.tab, Tab::Caseload);
}

#[test]
fn a_click_on_a_row_chooses_that_young_person_and_shows_their_profile() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let third = app.caseload.row(2).unwrap().coachee.clone();
    let at = find(&app, &format!(" {} ", third.code));
    click(&mut app, &mut f, at);
    assert_eq!(app.caseload.selected, 2);
    assert_eq!(app.focus, Pane::List);
    assert_eq!(
        app.detail.as_ref().unwrap().coachee.id,
        third.id,
        "its profile is loaded"
    );
    // The header row chooses nobody.
    let header = find(&app, "Code");
    assert_eq!(
        ui::mouse::target_at(&app, SIZE, header),
        Some(MouseTarget::Pane(Pane::List))
    );
}

#[test]
fn a_contact_is_chosen_by_one_click_and_opened_by_a_second() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let second = app.detail.as_ref().unwrap().sessions[1]
        .date
        .format("%d-%m-%y")
        .to_string();
    let at = find(&app, &second);
    click(&mut app, &mut f, at);
    assert_eq!(app.focus, Pane::Sessions);
    assert_eq!(app.session_selected, 1);
    assert!(app.popups.is_empty());
    click(&mut app, &mut f, at);
    assert!(
        matches!(app.popups.last(), Some(Popup::Session(_))),
        "the second click opens it"
    );
}

#[test]
fn the_wheel_scrolls_the_list_it_is_over() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let code = app.caseload.row(0).unwrap().coachee.code.to_string();
    let at = find(&app, &format!("›{code}"));
    wheel(&mut app, &mut f, at, true);
    assert_eq!(app.caseload.selected, 3, "three rows a notch");
    assert_eq!(
        app.detail.as_ref().unwrap().coachee.id,
        app.caseload.selected_row().unwrap().coachee.id
    );
    wheel(&mut app, &mut f, at, false);
    assert_eq!(app.caseload.selected, 0);
}

#[test]
fn in_a_form_a_click_focuses_a_field_and_sets_an_option() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::NewSession);
    let form = |app: &App| app.form.as_ref().unwrap().clone();

    let label = find(&app, "Welbevinden");
    click(&mut app, &mut f, label);
    assert_eq!(form(&app).focused().name, "wellbeing");
    // The help under the field left focused is gone: the rows below it moved up.
    let label = find(&app, "Welbevinden");
    // The fourth dot of the score, on the field's own row.
    let dots = (0..)
        .map(|n| find_nth(&app, "○ ○ ○ ○ ○", n))
        .find(|at| at.y == label.y)
        .unwrap();
    let fourth = Position::new(dots.x + 6, label.y);
    click(&mut app, &mut f, fourth);
    assert_eq!(form(&app).text("wellbeing"), "4");

    // The first click on a field only focuses it: a stray click ticks nothing.
    let present = find(&app, "☐ werkgever");
    click(&mut app, &mut f, present);
    assert_eq!(form(&app).focused().name, "participants");
    assert!(!form(&app).text("participants").contains("werkgever"));
    let present = find(&app, "☐ werkgever");
    click(&mut app, &mut f, present);
    assert!(
        form(&app).text("participants").contains("werkgever"),
        "ticked by the second click"
    );
    assert!(
        !f.store.draft_keys().unwrap().is_empty(),
        "and saved as a draft"
    );

    let kind_label = find(&app, "Soort contact");
    click(&mut app, &mut f, kind_label);
    let before = form(&app).text("session_type").to_string();
    let next = find(&app, " ›");
    click(&mut app, &mut f, Position::new(next.x + 1, next.y));
    assert_ne!(
        form(&app).text("session_type"),
        before,
        "› steps the choice"
    );
}

#[test]
fn a_click_on_a_picker_row_takes_it() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Placements);
    let field = find(&app, "Werkgever *");
    click(&mut app, &mut f, field);
    press(&mut app, &mut f.store, "Enter");
    typed(&mut app, &mut f.store, "a");
    let picker = app.form.as_ref().unwrap().picker.clone().unwrap();
    assert!(picker.matches.len() > 2);
    // The matches are drawn under the search and the count.
    let search = find(&app, "› a");
    let third_row = Position::new(search.x + 4, search.y + 4);
    assert_eq!(
        ui::mouse::target_at(&app, SIZE, third_row),
        Some(MouseTarget::PickerRow(2))
    );
    click(&mut app, &mut f, third_row);
    let form = app.form.as_ref().unwrap();
    assert!(form.picker.is_none());
    let stagecoach::app::form::Input::Choice(options) = &form.focused().input else {
        unreachable!()
    };
    assert_eq!(form.text("employer"), options[picker.matches[2]].code);
}

#[test]
fn a_click_answers_no_question_and_closes_no_window() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::Help);
    let at = find(&app, "3 Werkgevers");
    click(&mut app, &mut f, at);
    assert_eq!(app.popups, vec![Popup::Help(HelpPage::Keys)]);
    assert_eq!(app.tab, Tab::Caseload);
}
