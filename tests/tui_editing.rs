//! The form's text fields as editors people know, headless: a long line of a summary wraps
//! inside its box with the cursor in it, Up and Down move between its lines (and on to the next
//! field past the last), Home and End work per line, words can be jumped and deleted, Ctrl-U
//! clears to the start of the line, and undo and redo take it back and forth, every change
//! stored as a draft.

mod common;

use common::screen::{
    Fixture, demo_store, new_session_focused_on, press, screen_and_cursor, typed,
};
use stagecoach::app::App;
use stagecoach::domain::Role;

/// A new session for the first young person who takes one, its summary focused.
fn summary_form(f: &mut Fixture) -> App {
    new_session_focused_on(f, "summary")
}

fn focus(app: &mut App, name: &str) {
    let form = app.form.as_mut().unwrap();
    let at = form.fields.iter().position(|f| f.name == name).unwrap();
    form.focus_on(at);
}

fn focused_name(app: &App) -> String {
    app.form.as_ref().unwrap().focused().name.clone()
}

fn summary(app: &App) -> String {
    app.form.as_ref().unwrap().text("summary").to_string()
}

fn cursor(app: &App) -> usize {
    app.form.as_ref().unwrap().focused().cursor
}

fn drawn(app: &App, width: u16, height: u16) -> (String, (u16, u16)) {
    screen_and_cursor(app, width, height)
}

const LONG: &str = "Vandaag op bezoek bij de bakkerij geweest, de begeleider vertelde dat het \
                    goed gaat met het deeg en dat de jongere op tijd komt, ook op zaterdag bij de \
                    markt";

#[test]
fn a_long_line_wraps_inside_the_summary_with_the_cursor_in_it() {
    let mut f = demo_store(Role::Coach);
    let mut app = summary_form(&mut f);
    assert!(LONG.chars().count() > 150);
    typed(&mut app, &mut f.store, LONG);
    assert_eq!(summary(&app), LONG);
    for (width, height) in [(120, 40), (80, 24)] {
        let (screen, (x, y)) = drawn(&app, width, height);
        // Every word shows, none cut at the edge: the line wrapped at words.
        for word in LONG.split(' ') {
            assert!(
                screen.contains(word),
                "{word} at {width}×{height}:\n{screen}"
            );
        }
        let line = screen.lines().nth(usize::from(y)).unwrap();
        assert!(
            line.contains("markt"),
            "the cursor is on the last word's row"
        );
        assert!(x < width - 1, "the cursor stays inside the box: {x}");
        insta::assert_snapshot!(format!("wrapped_summary_{width}x{height}"), screen);
    }
}

#[test]
fn up_and_down_move_between_lines_and_past_the_edges_to_another_field() {
    let mut f = demo_store(Role::Coach);
    let mut app = summary_form(&mut f);
    typed(&mut app, &mut f.store, "eerste regel");
    press(&mut app, &mut f.store, "Enter");
    typed(&mut app, &mut f.store, "tweede");
    press(&mut app, &mut f.store, "Enter");
    typed(&mut app, &mut f.store, "derde regel");
    press(&mut app, &mut f.store, "Up");
    assert_eq!(focused_name(&app), "summary");
    assert_eq!(cursor(&app), "eerste regel\ntweede".chars().count());
    press(&mut app, &mut f.store, "Up");
    assert_eq!(cursor(&app), "eerste".chars().count());
    press(&mut app, &mut f.store, "Up");
    assert_ne!(
        focused_name(&app),
        "summary",
        "past the first line, the field before"
    );
    focus(&mut app, "summary");
    for _ in 0..3 {
        press(&mut app, &mut f.store, "Down");
    }
    assert_ne!(
        focused_name(&app),
        "summary",
        "past the last line, the field after"
    );
    assert_eq!(summary(&app), "eerste regel\ntweede\nderde regel");
}

#[test]
fn home_end_word_moves_ctrl_w_ctrl_u_and_undo_edit_the_line_the_cursor_is_on() {
    let mut f = demo_store(Role::Coach);
    let mut app = summary_form(&mut f);
    typed(&mut app, &mut f.store, "Gesprek met de begeleider");
    press(&mut app, &mut f.store, "Enter");
    typed(&mut app, &mut f.store, "loopt goed");
    press(&mut app, &mut f.store, "Home");
    typed(&mut app, &mut f.store, "Het ");
    assert_eq!(summary(&app), "Gesprek met de begeleider\nHet loopt goed");
    press(&mut app, &mut f.store, "End");
    press(&mut app, &mut f.store, "Ctrl-w");
    assert_eq!(summary(&app), "Gesprek met de begeleider\nHet loopt ");
    press(&mut app, &mut f.store, "Up");
    press(&mut app, &mut f.store, "End");
    press(&mut app, &mut f.store, "Ctrl-Left");
    typed(&mut app, &mut f.store, "nieuwe ");
    assert_eq!(
        summary(&app),
        "Gesprek met de nieuwe begeleider\nHet loopt "
    );
    press(&mut app, &mut f.store, "Ctrl-u");
    assert_eq!(summary(&app), "begeleider\nHet loopt ");
    press(&mut app, &mut f.store, "Ctrl-z");
    assert_eq!(
        summary(&app),
        "Gesprek met de nieuwe begeleider\nHet loopt "
    );
    press(&mut app, &mut f.store, "Ctrl-y");
    assert_eq!(summary(&app), "begeleider\nHet loopt ");
    // Every change is in the draft at once, as with any other key.
    let drafts = f.store.draft_keys().unwrap();
    let form = app.form.as_ref().unwrap();
    let draft = f
        .store
        .draft(&form.kind.draft_key())
        .unwrap()
        .expect("a draft is stored");
    assert!(!drafts.is_empty());
    assert!(
        draft
            .values
            .iter()
            .any(|(name, value)| name == "summary" && value == "begeleider\nHet loopt "),
        "{draft:?}"
    );
}

#[test]
fn a_prefilled_field_replaced_by_typing_comes_back_with_undo() {
    let mut f = demo_store(Role::Coach);
    let mut app = summary_form(&mut f);
    focus(&mut app, "minutes");
    let before = app.form.as_ref().unwrap().text("minutes").to_string();
    assert!(!before.is_empty());
    typed(&mut app, &mut f.store, "9x0");
    assert_eq!(app.form.as_ref().unwrap().text("minutes"), "90");
    press(&mut app, &mut f.store, "Ctrl-z");
    press(&mut app, &mut f.store, "Ctrl-z");
    press(&mut app, &mut f.store, "Ctrl-z");
    assert_eq!(app.form.as_ref().unwrap().text("minutes"), before);
}
