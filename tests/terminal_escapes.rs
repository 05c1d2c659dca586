//! Text that could attack a terminal: an escape sequence typed or pasted into a record, saved
//! raw by an older version, or carried in a bundle, is stored clean and printed harmless by
//! the command line and the screen.

mod common;

use common::screen::{Fixture, app, screen, today};
use common::{Env, open_in_test};
use stagecoach::domain::{Coachee, EntityId, Session, SessionType};
use stagecoach::i18n::Lang;
use stagecoach::store::Store;
use stagecoach::store::op::Change;

/// The probe's summary: retitles the terminal, rings its bell, clears it, turns text red.
const ATTACK: &str = "x \x1b]0;PWNED\x07\x1b[2J\x1b[31mred";
/// What is left of it once cleaned: visible, and nothing a terminal acts on.
const CLEANED: &str = "x ]0;PWNED[2J[31mred";

/// A character a terminal (or a bidi renderer) acts on instead of showing: every control but
/// newline and tab, and the bidi embeddings, overrides and isolates. Written out here rather
/// than taken from the code under test.
fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn assert_harmless(output: &str, what: &str) {
    let found: Vec<char> = output.chars().filter(|c| acts_on_terminal(*c)).collect();
    assert!(found.is_empty(), "{what} printed {found:?}:\n{output}");
}

fn init(role: &str, name: &str) -> Env {
    let env = Env::new();
    env.ok(&["init", "--name", name, "--role", role]);
    env
}

/// A session and a renamed coachee written straight through the store, past the cleaning a
/// save does: what a database written by an older (or tampered) version holds.
fn save_raw(store: &mut Store, coachee: &Coachee) -> EntityId {
    let session = Session {
        id: EntityId::new(),
        coachee: coachee.id,
        date: today(),
        minutes: 40,
        session_type: Some(SessionType::StageVisit),
        location: "\u{202e}kazerne".into(),
        summary: ATTACK.into(),
        author: Some(store.identity().coach_ref()),
        ..Default::default()
    };
    let mut renamed = coachee.clone();
    renamed.first_name = "Aziz\x1b[8m".into();
    let changes = vec![
        Change::put(None, &session).unwrap(),
        Change::put(Some(coachee), &renamed).unwrap(),
    ];
    store.save(changes).unwrap();
    session.id
}

/// Every way the command line shows sessions and the coachee: none may print what it holds.
fn assert_every_view_harmless(env: &Env, code: &str) {
    let sessions = env.json(&["list", "sessions", "--json"]);
    let id = sessions[0]["id"].as_str().unwrap().to_string();
    for args in [
        vec!["list", "sessions"],
        vec!["list", "coachees"],
        vec!["show", code],
        vec!["show", &id],
        vec!["list", "sessions", "--json"],
        vec!["show", code, "--json"],
    ] {
        let out = env.cmd().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert_harmless(&String::from_utf8(out.stdout).unwrap(), &args.join(" "));
        assert_harmless(&String::from_utf8(out.stderr).unwrap(), &args.join(" "));
    }
}

#[test]
fn a_logged_escape_sequence_is_stored_clean_and_printed_harmless() {
    let sanne = init("coach", "Sanne");
    let code = sanne.add_coachee("Noor", "Bakker");
    sanne.ok(&[
        "log",
        &code,
        "--type",
        "stagebezoek",
        "--minutes",
        "40",
        "--summary",
        ATTACK,
        "--location",
        "Albert\r\nHeijn\u{202e}",
        "--agreement",
        "cv\x07 sturen",
    ]);
    let session = &sanne.json(&["list", "sessions", "--json"])[0];
    assert_eq!(session["summary"], CLEANED);
    assert_eq!(session["location"], "Albert Heijn");
    assert_eq!(session["agreements"][0]["text"], "cv sturen");
    assert_every_view_harmless(&sanne, &code);
    let shown = sanne.ok(&["show", session["id"].as_str().unwrap()]);
    assert!(shown.contains(CLEANED), "the visible text stays: {shown}");
}

#[test]
fn text_an_older_version_saved_raw_is_printed_with_visible_stand_ins() {
    let sanne = init("coach", "Sanne");
    let code = sanne.add_coachee("Aziz", "Bakker");
    let id = {
        let mut store = open_in_test(&sanne.dir());
        let coachee = store.resolve_coachee(&code).unwrap();
        save_raw(&mut store, &coachee)
    };
    assert_every_view_harmless(&sanne, &code);
    let shown = sanne.ok(&["show", &id.to_string()]);
    assert!(shown.contains("x ␛]0;PWNED␇␛[2J␛[31mred"), "{shown}");
    assert!(shown.contains("<U+202E>kazerne"), "{shown}");
    let listed = sanne.ok(&["list", "coachees"]);
    assert!(listed.contains("Aziz␛[8m"), "{listed}");
    // JSON escapes what it holds: a script still reads exactly the stored text.
    let session = &sanne.json(&["list", "sessions", "--json"])[0];
    assert_eq!(session["summary"], ATTACK);
    assert_eq!(session["location"], "\u{202e}kazerne");
}

#[test]
fn a_bundle_from_a_device_with_raw_control_characters_arrives_clean() {
    let mila = init("coordinator", "Mila");
    let sanne = init("coach", "Sanne");
    mila.ok(&["trust", sanne.card("sanne.card").to_str().unwrap()]);
    sanne.ok(&["trust", mila.card("mila.card").to_str().unwrap()]);
    let shared = tempfile::tempdir().unwrap();
    let folder = shared.path().to_str().unwrap();
    let code = mila.add_coachee("Aziz", "Bakker");
    mila.ok(&["assign", &code, "Sanne"]);
    mila.ok(&["sync", "--folder", folder]);
    sanne.ok(&["sync", "--folder", folder]);
    {
        let mut store = open_in_test(&sanne.dir());
        let coachee = store.resolve_coachee(&code).unwrap();
        save_raw(&mut store, &coachee);
    }
    sanne.ok(&["sync", "--folder", folder]);
    mila.ok(&["sync", "--folder", folder]);

    {
        let store = open_in_test(&mila.dir());
        let coachee = store.resolve_coachee(&code).unwrap();
        assert_eq!(coachee.first_name, "Aziz[8m");
        let sessions = store.sessions_of(coachee.id).unwrap();
        assert_eq!(sessions.len(), 1, "the session was taken in");
        assert_eq!(sessions[0].summary, CLEANED);
        assert_eq!(sessions[0].location, "kazerne");
        // The log holds the cleaned text too, so it is sent on clean.
        let logged: Vec<Session> = store
            .ops()
            .map(Result::unwrap)
            .filter(|op| op.body.entity() == Some(sessions[0].id))
            .map(|op| match op.body {
                stagecoach::store::op::OpBody::Put { writes, .. } => {
                    let fields = writes.iter().map(|w| (w.tag, w.value.as_slice()));
                    <Session as stagecoach::domain::Record>::from_fields(sessions[0].id, fields)
                        .unwrap()
                }
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(logged.len(), 1);
        assert_eq!(logged[0].summary, CLEANED);
    }
    assert_every_view_harmless(&mila, &code);
}

#[test]
fn the_screen_never_hands_a_control_character_to_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::init(
        &dir.path().join("data"),
        "Sanne",
        stagecoach::domain::Role::Coach,
        today(),
    )
    .unwrap();
    let draft = Coachee {
        first_name: "Aziz".into(),
        last_name: "Bakker".into(),
        ..Default::default()
    };
    let coachee = stagecoach::service::actions::add_coachee(&mut store, draft, today())
        .unwrap()
        .record;
    save_raw(&mut store, &coachee);
    let fixture = Fixture { _dir: dir, store };
    let app = app(&fixture, Lang::Nl);
    let frame = screen(&app, 140, 40);
    assert!(
        frame.contains("PWNED"),
        "the summary is on screen:\n{frame}"
    );
    for line in frame.lines() {
        assert_harmless(line, "the screen");
    }
}
