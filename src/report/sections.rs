//! The report itself: the pass in `compute.rs` counts, and the tables are built here, one
//! function per section, each row labelled from the vocabulary or by a coach's name.

use chrono::NaiveDate;

use super::compute::{AGE_BANDS, INTENSITY_BANDS, Totals, VISIT_BANDS};
use super::reasons::DropoutReason;
use super::{Label, Period, Report, Row, Section, Table, Value};
use crate::domain::{
    EducationLevel, Outcome, PlacementType, Referrer, Role, Sector, SessionType, Status,
};
use crate::store::{Store, StoreError};

/// The report for `period`, of every young person or of `coach`'s only.
pub fn compute(
    store: &Store,
    period: Period,
    coach: Option<&str>,
    today: NaiveDate,
) -> Result<Report, StoreError> {
    let mut totals = super::compute::count(store, period, coach, today)?;
    super::traces::add_traces(store, &mut totals, period, coach, today)?;
    let identity = store.identity();
    let mut sections = vec![
        reach(&totals),
        pipeline(&totals),
        placements(&totals, period),
        contacts(&totals),
        what_works(&totals),
    ];
    if identity.role == Role::Coordinator {
        sections.push(per_coach(store, &totals)?);
    }
    Ok(Report {
        title_id: "report-title",
        period,
        generated_on: today,
        by: identity.name.clone(),
        coach: coach.map(str::to_string),
        programme: None,
        sections,
    })
}

fn count(n: u64) -> Vec<Value> {
    vec![Value::Count(n)]
}

pub(super) fn reach(t: &Totals) -> Section {
    let mut totals = Table::new("report-reach-totals", &["report-col-young-people"]);
    totals.row("report-active", count(t.active));
    totals.row("report-registered", count(t.registered));
    totals.row("report-minors-with-guardian", count(t.minors_with_guardian));
    let mut status = Table::new("report-reach-status", &["report-col-young-people"]);
    for s in Status::ALL {
        status.row(
            s.label_id(),
            count(t.status_at_end.get(s).copied().unwrap_or(0)),
        );
    }
    let mut ages = Table::new("report-reach-age", &["report-col-young-people"]);
    for (i, (label, _, _)) in AGE_BANDS.iter().enumerate() {
        ages.row(label, count(t.age_bands.get(&i).copied().unwrap_or(0)));
    }
    ages.row("report-unknown", count(t.age_unknown));
    let mut levels = Table::new("report-reach-level", &["report-col-young-people"]);
    for level in EducationLevel::ALL {
        levels.row(
            level.label_id(),
            count(t.levels.get(&Some(*level)).copied().unwrap_or(0)),
        );
    }
    levels.row(
        "report-unknown",
        count(t.levels.get(&None).copied().unwrap_or(0)),
    );
    let mut referrers = Table::new("report-reach-referrer", &["report-col-young-people"]);
    for referrer in Referrer::ALL {
        let n = t.referrers.get(&Some(*referrer)).copied().unwrap_or(0);
        referrers.row(referrer.label_id(), count(n));
    }
    referrers.row(
        "report-unknown",
        count(t.referrers.get(&None).copied().unwrap_or(0)),
    );
    let mut neighbourhoods = Table::new("report-reach-neighbourhood", &["report-col-young-people"]);
    for (name, n) in t.neighbourhoods.values() {
        neighbourhoods.rows.push(Row {
            label: Label::Text(name.clone()),
            values: count(*n),
        });
    }
    neighbourhoods.row("report-unknown", count(t.neighbourhood_unknown));
    Section {
        title_id: "report-section-reach",
        tables: vec![totals, status, ages, levels, referrers, neighbourhoods],
    }
}

pub(super) fn pipeline(t: &Totals) -> Section {
    let mut transitions = Table::new("report-pipeline-transitions", &["report-col-transitions"]);
    for s in Status::ALL.iter().filter(|s| **s != Status::Registered) {
        transitions.row(
            s.label_id(),
            count(t.transitions.get(s).copied().unwrap_or(0)),
        );
    }
    let mut days = t.days_to_placement.clone();
    days.sort_unstable();
    let median = (!days.is_empty()).then(|| days[days.len() / 2]);
    let mut speed = Table::new("report-pipeline-speed", &["report-col-days"]);
    speed.row("report-days-to-placement", vec![Value::Days(median)]);
    let mut reasons = Table::new(
        "report-pipeline-dropout-reasons",
        &["report-col-young-people"],
    );
    for reason in DropoutReason::ALL {
        let n = t.dropout_reasons.get(&reason).copied().unwrap_or(0);
        reasons.row(reason.label_id(), count(n));
    }
    Section {
        title_id: "report-section-pipeline",
        tables: vec![transitions, reasons, speed],
    }
}

pub(super) fn placements(t: &Totals, period: Period) -> Section {
    let mut started = Table::new("report-placements-started", &["report-col-placements"]);
    for kind in PlacementType::ALL {
        let n = t.started.get(&Some(*kind)).copied().unwrap_or(0);
        started.row(kind.label_id(), count(n));
    }
    let mut state = Table::new("report-placements-state", &["report-col-placements"]);
    state.row("report-running-at-end", count(t.running_at_end));
    let mut ended = Table::new("report-placements-ended", &["report-col-placements"]);
    for outcome in Outcome::ALL {
        let n = t.ended.get(&Some(*outcome)).copied().unwrap_or(0);
        ended.row(outcome.label_id(), count(n));
    }
    ended.row(
        "report-unknown",
        count(t.ended.get(&None).copied().unwrap_or(0)),
    );
    let involved = t.employers.values().filter(|e| e.ran_in_period > 0);
    let (mut employers_involved, mut recognised, mut new) = (0, 0, 0);
    let mut by_sector = std::collections::BTreeMap::<Option<Sector>, u64>::new();
    for employer in involved {
        employers_involved += 1;
        recognised += u64::from(employer.sbb_recognised);
        new += u64::from(employer.first_start.is_some_and(|s| period.contains(s)));
        *by_sector.entry(employer.sector).or_default() += employer.ran_in_period;
    }
    let mut employers = Table::new("report-placements-employers", &["report-col-employers"]);
    employers.row("report-employers-involved", count(employers_involved));
    employers.row("report-employers-new", count(new));
    employers.row(
        "report-employers-sbb",
        vec![Value::Rate {
            part: recognised,
            base: employers_involved,
        }],
    );
    let mut sectors = Table::new("report-placements-sector", &["report-col-placements"]);
    for sector in Sector::ALL {
        let n = by_sector.get(&Some(*sector)).copied().unwrap_or(0);
        sectors.row(sector.label_id(), count(n));
    }
    sectors.row(
        "report-unknown",
        count(by_sector.get(&None).copied().unwrap_or(0)),
    );
    Section {
        title_id: "report-section-placements",
        tables: vec![started, state, ended, employers, sectors],
    }
}

pub(super) fn contacts(t: &Totals) -> Section {
    let mut by_type = Table::new(
        "report-contacts-by-type",
        &["report-col-contacts", "report-col-hours"],
    );
    for kind in SessionType::ALL {
        by_type.row(
            kind.label_id(),
            vec![
                Value::Count(t.contacts.get(kind).copied().unwrap_or(0)),
                Value::Minutes(t.minutes.get(kind).copied().unwrap_or(0)),
            ],
        );
    }
    by_type.row(
        "report-total",
        vec![
            Value::Count(t.contacts.values().sum()),
            Value::Minutes(t.minutes.values().sum()),
        ],
    );
    let mut touch = Table::new("report-contacts-touch", &["report-col-share"]);
    touch.row(
        "report-out-of-touch",
        vec![Value::Rate {
            part: t.out_of_touch,
            base: t.active,
        }],
    );
    Section {
        title_id: "report-section-contacts",
        tables: vec![by_type, touch],
    }
}

pub(super) fn what_works(t: &Totals) -> Section {
    let rate = |(base, part): (u64, u64)| {
        vec![
            Value::Count(base),
            Value::Count(part),
            Value::Rate { part, base },
        ]
    };
    let mut visits = Table::new(
        "report-works-visits",
        &[
            "report-col-placements-ended",
            "report-col-completed",
            "report-col-share",
        ],
    );
    for (label, band) in VISIT_BANDS.iter().zip(t.visit_bands) {
        visits.row(label, rate(band));
    }
    let mut intensity = Table::new(
        "report-works-intensity",
        &[
            "report-col-young-people",
            "report-col-dropped-out",
            "report-col-share",
        ],
    );
    for (label, band) in INTENSITY_BANDS.iter().zip(t.intensity_bands) {
        intensity.row(label, rate(band));
    }
    Section {
        title_id: "report-section-what-works",
        tables: vec![visits, intensity],
    }
}

pub(super) fn per_coach(store: &Store, t: &Totals) -> Result<Section, StoreError> {
    let mut table = Table::new(
        "report-per-coach",
        &[
            "report-col-caseload",
            "report-col-active",
            "report-col-contacts",
            "report-col-hours",
            "report-col-stage-visits",
            "report-col-overdue",
            "report-col-escalations",
            "report-col-agreements-past-due",
            "report-col-last-bundle",
        ],
    );
    for (name, coach) in t.coaches.iter().filter(|(name, _)| !name.is_empty()) {
        let last_bundle = match coach.device {
            Some(device) => store.peer_exchange(device)?.last_in,
            None => None,
        };
        table.rows.push(Row {
            label: Label::Text(name.clone()),
            values: vec![
                Value::Count(coach.caseload),
                Value::Count(coach.active),
                Value::Count(coach.contacts),
                Value::Minutes(coach.minutes),
                Value::Count(coach.stage_visits),
                Value::Count(coach.overdue),
                Value::Count(coach.escalations),
                Value::Count(coach.agreements_past_due),
                Value::Date(last_bundle),
            ],
        });
    }
    Ok(Section {
        title_id: "report-section-per-coach",
        tables: vec![table],
    })
}
