//! An independent check of the report (issue 14): eight figures computed here from `list` and
//! `show` JSON only — never through `report/` — for two periods, against the exact report.

mod common;

use std::collections::BTreeMap;

use common::Env;
use serde_json::Value;
use stagecoach::report::{self, Label, Period, Report};

fn date(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

/// A count or minutes in the report's table `table`, row `row` (a label id or a coach).
fn figure(report: &Report, table: &str, row: &str, column: usize) -> u64 {
    let table = report
        .sections
        .iter()
        .flat_map(|s| &s.tables)
        .find(|t| t.title_id == table)
        .unwrap_or_else(|| panic!("no table {table}"));
    let row = table
        .rows
        .iter()
        .find(|r| match &r.label {
            Label::Id(id) => *id == row,
            Label::Text(text) => text == row,
        })
        .unwrap_or_else(|| panic!("no row {row} in {}", table.title_id));
    match row.values[column] {
        report::Value::Count(n) | report::Value::Minutes(n) => n,
        other => panic!("not a number: {other:?}"),
    }
}

fn sum_table(report: &Report, table: &str) -> u64 {
    let table = report
        .sections
        .iter()
        .flat_map(|s| &s.tables)
        .find(|t| t.title_id == table)
        .unwrap();
    table
        .rows
        .iter()
        .map(|r| match r.values[0] {
            report::Value::Count(n) => n,
            _ => 0,
        })
        .sum()
}

#[test]
fn eight_figures_from_the_json_match_the_exact_report_for_two_periods() {
    let env = Env::coordinator_demo();
    let coachees = env.json(&["list", "coachees", "--json"]);
    let histories: Vec<Vec<(String, String)>> = coachees
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            env.json(&["show", c["code"].as_str().unwrap(), "--json"])["status_history"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| {
                    (
                        h["date"].as_str().unwrap().to_string(),
                        h["to"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .collect();
    let placements = env.json(&["list", "placements", "--json"]);
    let ended = ["afgerond", "uitgevallen", "gesloten", "niet_gestart"];
    let periods = [("2026-11-01", "2026-11-30"), ("2026-09-01", "2026-10-31")];
    let listed: Vec<Value> = periods
        .iter()
        .map(|(from, to)| env.json(&["list", "sessions", "--from", from, "--to", to, "--json"]))
        .collect();
    // Only now the database is opened here: the binary needed it to itself until this point.
    let store = common::open_in_test(&env.dir());
    let today = date(common::TODAY);

    for ((from, to), sessions) in periods.into_iter().zip(&listed) {
        let within = |d: &str| d >= from && d <= to;
        // Active: registered by the end, and not ended before the start (unless it moved on).
        let mut active = 0;
        let mut registered = 0;
        let mut completions = 0;
        let mut dropouts = 0;
        for history in &histories {
            let first = &history[0].0;
            if first.as_str() > to {
                continue;
            }
            let before = history
                .iter()
                .filter(|(d, _)| d.as_str() < from)
                .max_by_key(|(d, _)| d.clone())
                .map(|(_, s)| s.as_str());
            let moved = history.iter().any(|(d, _)| within(d));
            if before.is_some_and(|s| ended.contains(&s)) && !moved {
                continue;
            }
            active += 1;
            registered += u64::from(within(first));
            for (d, status) in history {
                completions += u64::from(within(d) && status == "afgerond");
                dropouts += u64::from(within(d) && status == "uitgevallen");
            }
        }
        let sessions = sessions.as_array().unwrap();
        let stage_visits = sessions
            .iter()
            .filter(|s| s["type"] == "stagebezoek")
            .count() as u64;
        let minutes: u64 = sessions
            .iter()
            .map(|s| s["minutes"].as_u64().unwrap())
            .sum();
        let mut per_coach: BTreeMap<String, u64> = BTreeMap::new();
        for s in sessions {
            *per_coach
                .entry(s["author"].as_str().unwrap_or("").to_string())
                .or_default() += 1;
        }
        let started = placements
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["start"].as_str().is_some_and(within))
            .count() as u64;

        let period = Period {
            from: date(from),
            to: date(to),
        };
        let report = report::compute(&store, period, None, today).unwrap();
        let at = |table, row| figure(&report, table, row, 0);
        assert_eq!(
            at("report-reach-totals", "report-active"),
            active,
            "{from}: active"
        );
        assert_eq!(
            at("report-reach-totals", "report-registered"),
            registered,
            "{from}: new"
        );
        assert_eq!(
            at("report-contacts-by-type", "session-type-stagebezoek"),
            stage_visits,
            "{from}: stage visits"
        );
        assert_eq!(
            figure(&report, "report-contacts-by-type", "report-total", 1),
            minutes,
            "{from}: contact time"
        );
        assert_eq!(
            sum_table(&report, "report-placements-started"),
            started,
            "{from}: started"
        );
        assert_eq!(
            at("report-pipeline-transitions", "status-afgerond"),
            completions,
            "{from}: completions"
        );
        assert_eq!(
            at("report-pipeline-transitions", "status-uitgevallen"),
            dropouts,
            "{from}: dropouts"
        );
        for (coach, contacts) in per_coach.iter().filter(|(c, _)| !c.is_empty()) {
            assert_eq!(
                figure(&report, "report-per-coach", coach, 2),
                *contacts,
                "{from}: contacts of {coach}"
            );
        }
        assert!(
            active > 0 && stage_visits > 0 && started > 0,
            "{from}: the demo is busy"
        );
    }
}
