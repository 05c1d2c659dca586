//! The overview tab, headless: its figures agree with the exact report, a coach's line opens
//! their caseload, the period keys step through months and years, and the whole screen is
//! snapshotted for a coordinator and a coach at 120×40 and 80×24.

mod common;

use common::screen::{act, app, demo_store, press, screen, today};
use stagecoach::app::tabs::overview::Span;
use stagecoach::app::{Action, Tab};
use stagecoach::domain::Role;
use stagecoach::i18n::Lang;
use stagecoach::report::{self, Label, Period, Value};

/// The report's exact value in the row `label` of table `table`.
fn report_value(report: &report::Report, table: &str, label: &str, column: usize) -> Value {
    report
        .sections
        .iter()
        .flat_map(|s| &s.tables)
        .filter(|t| t.title_id == table)
        .flat_map(|t| &t.rows)
        .find(|r| match &r.label {
            Label::Id(id) => *id == label,
            Label::Text(text) => text == label,
        })
        .unwrap_or_else(|| panic!("no {label} in {table}"))
        .values[column]
}

#[test]
fn the_overview_counts_what_the_exact_report_counts() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabOverview);
    assert_eq!(app.tab, Tab::Overview);
    for span in [Span::this_month(today()), Span::Year(2026)] {
        app.overview.as_mut().unwrap().span = span;
        // Stepping there and back reloads the figures for the span set.
        act(&mut app, &mut f.store, Action::NextPeriod);
        act(&mut app, &mut f.store, Action::PreviousPeriod);
        let period: Period = span.period();
        let figures = app.overview.as_ref().unwrap().figures.clone().unwrap();
        assert_eq!(figures.period, period);
        let exact = report::compute(&f.store, period, None, today()).unwrap();
        let h = &figures.headline;
        let count = |table, label| report_value(&exact, table, label, 0);
        assert_eq!(
            Value::Count(h.active),
            count("report-reach-totals", "report-active")
        );
        assert_eq!(
            Value::Count(h.registered),
            count("report-reach-totals", "report-registered")
        );
        assert_eq!(
            Value::Count(h.contacts),
            count("report-contacts-by-type", "report-total")
        );
        assert_eq!(
            Value::Minutes(h.minutes),
            report_value(&exact, "report-contacts-by-type", "report-total", 1)
        );
        assert_eq!(
            Value::Count(h.stage_visits),
            count("report-contacts-by-type", "session-type-stagebezoek")
        );
        assert_eq!(
            Value::Count(h.dropped_out),
            count("report-pipeline-transitions", "status-uitgevallen")
        );
        assert_eq!(
            Value::Count(h.completed),
            count("report-pipeline-transitions", "status-afgerond")
        );
        for coach in &figures.coaches {
            let contacts = report_value(&exact, "report-per-coach", &coach.name, 2);
            assert_eq!(Value::Count(coach.contacts), contacts, "{}", coach.name);
        }
        assert!(h.contacts > 0 && figures.coaches.len() >= 2, "{figures:?}");
    }
}

#[test]
fn enter_on_a_coach_shows_their_caseload_and_esc_shows_everyone_again() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    let everyone = app.caseload.len();
    act(&mut app, &mut f.store, Action::TabOverview);
    act(&mut app, &mut f.store, Action::Down);
    let coach = app
        .overview
        .as_ref()
        .unwrap()
        .selected_coach()
        .unwrap()
        .clone();
    assert!(coach.caseload > 0);
    act(&mut app, &mut f.store, Action::Open);
    assert_eq!(app.tab, Tab::Caseload);
    assert_eq!(app.caseload.coach(), Some(coach.name.as_str()));
    let shown = app.caseload.len();
    assert!(shown > 0 && shown < everyone, "{shown} of {everyone}");
    for i in 0..shown {
        let row = app.caseload.row(i).unwrap();
        assert_eq!(row.coachee.coach.as_ref().unwrap().name, coach.name);
    }
    let drawn = screen(&app, 120, 40);
    assert!(drawn.contains(&format!("· {}", coach.name)), "{drawn}");
    assert!(drawn.contains("Esc alle coaches"), "{drawn}");
    press(&mut app, &mut f.store, "Esc");
    assert_eq!(app.caseload.coach(), None);
    assert_eq!(app.caseload.len(), everyone);
}

#[test]
fn period_keys_step_through_months_and_years_and_sort_reorders_the_coaches() {
    let mut f = demo_store(Role::Coordinator);
    let mut app = app(&f, Lang::Nl);
    act(&mut app, &mut f.store, Action::TabOverview);
    let period = |app: &stagecoach::app::App| app.overview.as_ref().unwrap().span.period();
    let november = period(&app);
    press(&mut app, &mut f.store, "Left");
    assert_eq!(period(&app).to, november.from.pred_opt().unwrap());
    assert!(screen(&app, 120, 40).contains("Overzicht · oktober 2026"));
    press(&mut app, &mut f.store, "y");
    assert_eq!(period(&app), Period::year(2026).unwrap());
    press(&mut app, &mut f.store, "]");
    assert_eq!(period(&app), Period::year(2027).unwrap());
    press(&mut app, &mut f.store, "y");
    assert_eq!(period(&app), november, "back to this month");

    press(&mut app, &mut f.store, "o");
    let coaches = app.overview.as_ref().unwrap().coaches().to_vec();
    assert!(
        coaches.windows(2).all(|w| w[0].contacts >= w[1].contacts),
        "most contacts first: {coaches:?}"
    );
    assert!(screen(&app, 120, 40).contains("meeste contacten eerst"));
}

#[test]
fn the_overview_screen_for_a_coordinator_and_a_coach() {
    for (role, name) in [(Role::Coordinator, "coordinator"), (Role::Coach, "coach")] {
        let mut f = demo_store(role);
        let mut app = app(&f, Lang::Nl);
        act(&mut app, &mut f.store, Action::TabOverview);
        for (width, height) in [(120, 40), (80, 24)] {
            insta::assert_snapshot!(
                format!("overview_{name}_{width}x{height}"),
                screen(&app, width, height)
            );
        }
    }
}

#[test]
fn an_anonymised_erasure_keeps_the_overview_of_past_months() {
    use stagecoach::report::overview::overview;
    let mut f = demo_store(Role::Coordinator);
    let october = Period::month_of(chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
    let rows = f.store.coachees().unwrap();
    // The young person with the most contacts in October: the most to lose.
    let most = rows
        .iter()
        .max_by_key(|row| {
            let sessions = f.store.sessions_of(row.coachee.id).unwrap();
            sessions.iter().filter(|s| october.contains(s.date)).count()
        })
        .unwrap()
        .coachee
        .id;
    let figures = |store: &stagecoach::store::Store| {
        let rows = store.coachees().unwrap();
        let o = overview(store, &rows, october, today()).unwrap();
        let work: Vec<_> = o
            .coaches
            .iter()
            .map(|c| {
                (
                    c.name.clone(),
                    c.active,
                    c.contacts,
                    c.minutes,
                    c.stage_visits,
                )
            })
            .collect();
        (o.headline, o.pipeline, o.placements, work)
    };
    let before = figures(&f.store);
    assert!(before.0.contacts > 0, "{before:?}");
    stagecoach::service::erasure::erase_leaving_trace(&mut f.store, most).unwrap();
    assert_eq!(figures(&f.store), before);
    // A plain erasure does lose them: the trace is what keeps the months.
    let other = f.store.coachees().unwrap()[0].coachee.id;
    stagecoach::service::erasure::erase(&mut f.store, other).unwrap();
    assert_ne!(figures(&f.store).0, before.0);
}
