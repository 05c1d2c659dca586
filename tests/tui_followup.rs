//! Following sessions up in the screen, headless: the coordinator's agenda lists every coach's
//! open escalations, Enter opens the session, `b` answers with a reply; `v` ticks an agreement
//! off in the agenda and in the profile.

mod common;

use common::screen::{act, app, demo_store, press, screen, typed};
use stagecoach::app::tabs::agenda::{Section, Subject};
use stagecoach::app::{Action, Layer, Pane, Popup, Tab};
use stagecoach::domain::{Role, Session};
use stagecoach::i18n::Lang;

fn escalation_rows(app: &stagecoach::app::App) -> Vec<usize> {
    app.agenda
        .iter()
        .enumerate()
        .filter(|(_, r)| r.section == Section::Escalated)
        .map(|(i, _)| i)
        .collect()
}

#[test]
fn the_coordinators_agenda_lists_every_coachs_open_escalations_with_their_name() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabAgenda);
    let open = stagecoach::service::followup::escalations(&f.store, true).unwrap();
    assert!(open.len() >= 2, "the demo leaves some escalations open");
    let rows = escalation_rows(&app);
    assert_eq!(
        rows.len(),
        open.len(),
        "every open escalation, of every coach"
    );
    let coaches: std::collections::BTreeSet<_> = app
        .agenda
        .iter()
        .filter_map(|r| match &r.subject {
            Subject::Escalation { coach, .. } => Some(coach.clone()),
            _ => None,
        })
        .collect();
    assert!(coaches.len() > 1, "more than one coach: {coaches:?}");
    let drawn = screen(&app, 120, 40);
    for coach in &coaches {
        assert!(
            drawn.contains(&format!("van {coach}:")),
            "{coach} named on screen"
        );
    }
    assert!(
        drawn.contains("b beantwoorden"),
        "the hint bar offers the answer"
    );
}

#[test]
fn enter_on_an_escalation_opens_its_session() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabAgenda);
    let row = app.agenda[escalation_rows(&app)[0]].clone();
    let Subject::Escalation { session, .. } = row.subject else {
        unreachable!()
    };
    act(&mut app, &mut f.store, Action::Open);
    assert_eq!(app.tab, Tab::Caseload);
    assert_eq!(app.focus, Pane::Sessions);
    assert_eq!(app.keyboard_owner(), Layer::Session(session));
    assert_eq!(app.popups.last(), Some(&Popup::Session(session)));
    assert_eq!(app.selected_session().map(|s| s.id), Some(session));
    // Read, then answered where it was read.
    assert!(screen(&app, 120, 40).contains("b beantwoorden"));
    press(&mut app, &mut f.store, "b");
    assert!(app.popups.is_empty());
    assert_eq!(
        app.form.as_ref().map(|f| f.kind.clone()),
        Some(stagecoach::app::FormKind::Acknowledge {
            session,
            coachee: row.coachee
        })
    );
}

#[test]
fn the_coordinator_answers_an_escalation_with_a_reply_and_it_leaves_the_agenda() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabAgenda);
    let before = escalation_rows(&app).len();
    let Subject::Escalation { session, .. } = app.agenda[0].subject.clone() else {
        panic!("the agenda starts with the escalations");
    };
    press(&mut app, &mut f.store, "b");
    assert_eq!(app.keyboard_owner(), Layer::Form);
    insta::assert_snapshot!("acknowledge_form_100x30", screen(&app, 100, 30));
    typed(&mut app, &mut f.store, "Ik bel school morgen.");
    press(&mut app, &mut f.store, "Ctrl-s");
    assert!(app.form.is_none(), "saved: {:?}", app.message);
    assert_eq!(
        escalation_rows(&app).len(),
        before - 1,
        "the agenda was read again"
    );
    let answered: Session = f.store.get(session).unwrap().unwrap();
    let ack = answered.acknowledgement.expect("answered");
    assert_eq!(ack.reply, "Ik bel school morgen.");
    assert_eq!(ack.by.name, "Demo-coach");
    assert_eq!(ack.on, common::screen::today());
}

#[test]
fn a_coach_cannot_answer_an_escalation_in_the_agenda() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabAgenda);
    assert!(!escalation_rows(&app).is_empty());
    assert!(
        !screen(&app, 120, 40).contains("beantwoorden"),
        "not offered"
    );
    press(&mut app, &mut f.store, "b");
    assert!(app.form.is_none());
    let said = app.lang.render(app.message.as_ref().unwrap());
    assert!(said.contains("Alleen de coördinator"), "{said}");
}

#[test]
fn v_ticks_off_an_agreement_in_the_agenda() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabAgenda);
    let first = app
        .agenda
        .iter()
        .position(|r| r.section == Section::AgreementsPastDue)
        .expect("the demo has agreements past due");
    let Subject::Agreement { id, text, .. } = app.agenda[first].subject.clone() else {
        unreachable!()
    };
    let count = app.agenda.len();
    app.agenda_selected = first;
    assert!(screen(&app, 120, 40).contains("v afvinken"));
    press(&mut app, &mut f.store, "v");
    assert_eq!(app.agenda.len(), count - 1, "the agreement left the agenda");
    let said = app.lang.render(app.message.as_ref().unwrap());
    assert!(said.contains(&text), "{said}");
    let session: Session = f.store.get(id.session).unwrap().unwrap();
    assert_eq!(
        session.agreement_done_on(id.index),
        Some(common::screen::today())
    );
}

#[test]
fn v_ticks_off_the_chosen_agreement_in_the_profile() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    // The first coachee with at least two open agreements.
    loop {
        if app.open_agreements().len() >= 2 {
            break;
        }
        act(&mut app, &mut f.store, Action::Down);
    }
    act(&mut app, &mut f.store, Action::NextPane);
    assert_eq!(app.focus, Pane::Profile);
    act(&mut app, &mut f.store, Action::Down);
    let chosen = app.selected_agreement().unwrap();
    assert_eq!(chosen, app.open_agreements()[1]);
    insta::assert_snapshot!("profile_agreement_chosen_120x40", screen(&app, 120, 40));
    let open = app.open_agreements().len();
    press(&mut app, &mut f.store, "v");
    assert_eq!(app.open_agreements().len(), open - 1);
    assert!(!app.open_agreements().contains(&chosen));
    assert!(
        app.selected_agreement().is_some(),
        "the cursor stays on an open agreement"
    );
    let session: Session = f.store.get(chosen.session).unwrap().unwrap();
    assert!(session.agreement_done_on(chosen.index).is_some());
}
