//! The funder report (issue 14, first part): the Markdown of the seeded coordinator demo in
//! both modes, no personal data in any output, and small counts hidden from a funder.

mod common;

use common::Env;
use common::screen::{demo_store, today};
use stagecoach::domain::Role;
use stagecoach::i18n::Lang;
use stagecoach::report::{self, Mode, Period};

fn november() -> Period {
    Period::month_of(today())
}

#[test]
fn the_markdown_report_of_the_coordinator_demo_in_both_modes() {
    let f = demo_store(Role::Coordinator);
    let report = report::compute(&f.store, november(), None, today()).unwrap();
    insta::assert_snapshot!(
        "report_funder_nl",
        report::markdown::write(&report, Mode::Funder, Lang::Nl)
    );
    insta::assert_snapshot!(
        "report_exact_en",
        report::markdown::write(&report, Mode::Exact, Lang::En)
    );
}

/// Every cell of a workbook as text, one per line (its XML is compressed, so the bytes alone
/// would hide a name).
fn xlsx_text(bytes: &[u8]) -> String {
    use calamine::Reader;
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut text = String::new();
    for name in workbook.sheet_names() {
        text.push_str(&name);
        for cell in workbook.worksheet_range(&name).unwrap().used_cells() {
            text.push('\n');
            text.push_str(&cell.2.to_string());
        }
    }
    assert!(text.len() > 1000, "a workbook read back: {text}");
    text
}

#[test]
fn no_name_code_or_summary_of_a_young_person_appears_in_a_report() {
    let f = demo_store(Role::Coordinator);
    let year = Period::year(2026).unwrap();
    let mut outputs = Vec::new();
    for period in [november(), year] {
        let report = report::compute(&f.store, period, None, today()).unwrap();
        for mode in [Mode::Funder, Mode::Exact] {
            for lang in [Lang::Nl, Lang::En] {
                outputs.push(report::markdown::write(&report, mode, lang));
                outputs.push(xlsx_text(
                    &report::xlsx::write(&report, mode, lang).unwrap(),
                ));
                let dir = tempfile::tempdir().unwrap();
                let dialect = report::csv_files::Dialect::DutchExcel;
                for file in
                    report::csv_files::write_dir(&report, mode, lang, dir.path(), dialect).unwrap()
                {
                    outputs.push(std::fs::read_to_string(file).unwrap());
                }
            }
        }
    }
    let mut checked = 0;
    for row in f.store.coachees().unwrap() {
        let c = &row.coachee;
        let mut secrets = vec![c.code.to_string(), c.full_name(), c.last_name.clone()];
        if let Some(birth) = c.birth_date {
            secrets.push(stagecoach::domain::dates::format_date(birth));
        }
        for session in f.store.sessions_of(c.id).unwrap() {
            secrets.push(session.headline().to_string());
        }
        for output in &outputs {
            for secret in secrets.iter().filter(|s| s.len() >= 4) {
                assert!(
                    !output.contains(secret.as_str()),
                    "{secret:?} is in a report"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn a_small_programme_shows_a_funder_only_less_than_five() {
    let env = Env::new();
    env.ok(&["init", "--name", "Mila", "--role", "coordinator"]);
    for (first, last) in [("Aziz", "Bakker"), ("Bo", "Claes"), ("Cem", "Dekker")] {
        env.add_coachee(first, last);
    }
    let funder = env.ok(&["report"]);
    assert!(funder.contains("| Actief in de periode | <5 |"), "{funder}");
    assert!(funder.contains("| Nieuw aangemeld | <5 |"), "{funder}");
    assert!(
        funder.contains("aantallen van 1 tot 4 staan er als <5"),
        "{funder}"
    );
    // A rate over three young people is left out, and the footnote says why.
    assert!(
        funder.contains(
            "| Actieve jongeren zonder contact in de laatste 14 dagen van de periode | * |"
        ),
        "{funder}"
    );
    assert!(funder.contains("* Weggelaten"), "{funder}");
    let exact = env.ok(&["report", "--exact"]);
    assert!(exact.contains("| Actief in de periode | 3 |"), "{exact}");
    assert!(exact.contains("alleen voor intern gebruik"), "{exact}");
    assert!(!exact.contains("* Weggelaten"), "{exact}");
}

#[test]
fn a_report_written_to_a_file_is_private_and_bad_periods_are_refused() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.ok(&["init", "--name", "Mila", "--role", "coordinator"]);
    let file = env.temp.path().join("november.md");
    let said = env.ok(&["report", "--exact", "--out", file.to_str().unwrap()]);
    assert!(said.contains("november.md"), "{said}");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("# Rapportage")
    );
    let backwards = env.fails(&["report", "--from", "20-11-2026", "--to", "01-11-2026"]);
    assert!(backwards.contains("achteruit"), "{backwards}");
    let bad = env.fails(&["report", "--from", "31-02-2026"]);
    assert!(!bad.is_empty());
    let q3 = env.ok(&["report", "--year", "2026", "--quarter", "3"]);
    assert!(q3.contains("Periode 01-07-2026 t/m 30-09-2026"), "{q3}");
    let this_year = env.ok(&["report", "--quarter", "4"]);
    assert!(
        this_year.contains("Periode 01-10-2026 t/m 31-12-2026"),
        "{this_year}"
    );
    let fifth = env
        .cmd()
        .args(["report", "--quarter", "5"])
        .output()
        .unwrap();
    assert_eq!(fifth.status.code(), Some(2), "there is no fifth quarter");
}

#[test]
fn the_csv_report_is_one_file_per_section_that_dutch_excel_opens() {
    let env = Env::coordinator_demo();
    let dir = env.temp.path().join("rapport");
    env.fails(&["report", "--format", "csv"]);
    let said = env.ok(&[
        "report",
        "--exact",
        "--format",
        "csv",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(said.contains("6 csv-bestanden"), "{said}");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "1-bereik.csv",
            "2-traject.csv",
            "3-plekken.csv",
            "4-contacten.csv",
            "5-wat-werkt.csv",
            "6-per-coach.csv"
        ]
    );
    let bytes = std::fs::read(dir.join("4-contacten.csv")).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark"
    );
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .has_headers(false)
        .from_reader(&bytes[3..]);
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&records[0][0], "Naar soort");
    assert_eq!(&records[1][1], "contacten");
    let total = records
        .iter()
        .find(|r| &r[0] == "Totaal")
        .expect("a total row");
    assert!(total[1].parse::<u64>().unwrap() > 0, "{total:?}");
    assert!(
        total[2].contains(','),
        "hours with a decimal comma: {total:?}"
    );

    let comma = env.temp.path().join("comma");
    env.ok(&[
        "report",
        "--format",
        "csv",
        "--csv-comma",
        "--out",
        comma.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(comma.join("4-contacten.csv")).unwrap();
    assert!(text.starts_with("Naar soort"), "no mark: {text}");
    assert!(text.contains(",contacten,uren"), "{text}");
}

#[test]
fn a_coach_reports_their_own_hours_by_week_and_type_with_codes_only() {
    let env = Env::new();
    env.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    let code = env.add_coachee("Hodan", "de Haan");
    for (date, kind, minutes) in [
        ("16-11-2026", "stagebezoek", "60"),
        ("17-11-2026", "telefonisch", "15"),
        ("23-11-2026", "stagebezoek", "45"),
    ] {
        env.ok(&[
            "log",
            &code,
            "--type",
            kind,
            "--date",
            date,
            "--minutes",
            minutes,
            "--summary",
            "Bezoek bij Bakkerij De Korenaar",
        ]);
    }
    let hours = env.ok(&["report", "--mine"]);
    assert!(hours.starts_with("# Eigen uren als coach"), "{hours}");
    assert!(hours.contains("| 2026-W47 | 2 | 1.2 |"), "{hours}");
    assert!(hours.contains("| 2026-W48 | 1 | 0.8 |"), "{hours}");
    assert!(hours.contains("| stagebezoek | 2 | 1.8 |"), "{hours}");
    assert!(hours.contains(&format!("| {code} | 3 | 2.0 |")), "{hours}");
    for private in ["Hodan", "Haan", "Korenaar"] {
        assert!(!hours.contains(private), "{private} in {hours}");
    }
    let usage = env
        .cmd()
        .args(["report", "--mine", "--exact"])
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2), "--mine takes no --exact");
}
