//! The report as an Excel workbook, read back with `calamine`: a cover sheet and one sheet per
//! section, real number cells that agree with the Markdown, charts on the reach and placements
//! sheets, small counts hidden from a funder, and a private file.

mod common;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use common::Env;

/// Every sheet of a workbook, by name, as rows of cells.
fn sheets(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    workbook
        .sheet_names()
        .into_iter()
        .map(|name| {
            let range = workbook.worksheet_range(&name).unwrap();
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

/// The row whose first cell is `label`, on sheet `name`.
fn row<'a>(sheets: &'a [(String, Vec<Vec<Data>>)], name: &str, label: &str) -> &'a [Data] {
    let (_, rows) = sheets.iter().find(|(n, _)| n == name).expect(name);
    rows.iter()
        .find(|r| r.first() == Some(&Data::String(label.to_string())))
        .unwrap_or_else(|| panic!("no row {label:?} on {name}"))
}

/// The values of a Markdown table row `| label | value | value |`, as numbers.
fn markdown_values(markdown: &str, label: &str) -> Vec<f64> {
    let prefix = format!("| {label} | ");
    let line = markdown
        .lines()
        .find(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no {label:?} in {markdown}"));
    line[prefix.len()..]
        .trim_end_matches(" |")
        .split(" | ")
        .map(|v| v.parse().unwrap())
        .collect()
}

fn write_xlsx(env: &Env, extra: &[&str]) -> Vec<u8> {
    let file = env.temp.path().join("rapport.xlsx");
    let mut args = vec![
        "report",
        "--year",
        "2026",
        "--format",
        "xlsx",
        "--out",
        file.to_str().unwrap(),
    ];
    args.extend(extra);
    let said = env.ok(&args);
    assert!(said.contains("rapport.xlsx"), "{said}");
    std::fs::read(&file).unwrap()
}

#[test]
fn the_workbook_has_a_cover_a_sheet_per_section_numbers_and_charts() {
    let env = Env::coordinator_demo();
    let bytes = write_xlsx(&env, &["--exact"]);
    let sheets = sheets(&bytes);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Voorblad",
            "Bereik",
            "Traject",
            "Plekken",
            "Contacten",
            "Wat werkt",
            "Per coach"
        ]
    );
    let cover = &sheets[0].1;
    assert_eq!(
        cover[0][0],
        Data::String("Rapportage jongeren naar werk".into())
    );
    let period = row(&sheets, "Voorblad", "Periode");
    assert_eq!(period[1], Data::String("01-01-2026 t/m 31-12-2026".into()));
    let by = row(&sheets, "Voorblad", "Door");
    assert_eq!(by[1], Data::String("Mila".into()));
    let mode = row(&sheets, "Voorblad", "Soort");
    assert!(
        matches!(&mode[1], Data::String(s) if s.contains("intern")),
        "{mode:?}"
    );

    // The numbers are number cells, and they are the Markdown's.
    let markdown = env.ok(&["report", "--year", "2026", "--exact"]);
    let active = row(&sheets, "Bereik", "Actief in de periode");
    let expected = markdown_values(&markdown, "Actief in de periode")[0];
    assert_eq!(active[1], Data::Float(expected));
    assert!(expected > 10.0, "{expected}");
    let total = row(&sheets, "Contacten", "Totaal");
    let hours = markdown_values(&markdown, "Totaal")[1];
    match (&total[1], &total[2]) {
        (Data::Float(contacts), Data::Float(h)) => {
            assert!(*contacts > 0.0);
            assert!((h - hours).abs() < 0.05, "{h} against {hours}");
        }
        other => panic!("numbers expected: {other:?}"),
    }
    let share = row(&sheets, "Plekken", "Erkend leerbedrijf (SBB)");
    assert!(
        matches!(share[1], Data::Float(s) if (0.0..=1.0).contains(&s)),
        "{share:?}"
    );
    let (_, per_coach) = &sheets[6];
    assert_eq!(per_coach[3][1], Data::String("caseload".into()));
    let coaches = per_coach
        .iter()
        .filter(|r| matches!(r[1], Data::Float(_)))
        .count();
    assert_eq!(coaches, 3, "the demo's three coaches: {per_coach:?}");

    // A zip names its members in the clear: two charts, drawn on two sheets.
    let has = |member: &str| bytes.windows(member.len()).any(|w| w == member.as_bytes());
    assert!(has("xl/charts/chart1.xml") && has("xl/charts/chart2.xml"));
    assert!(!has("xl/charts/chart3.xml"));
    assert!(has("xl/drawings/drawing2.xml"));
}

#[test]
fn a_funders_workbook_shows_small_counts_as_text_and_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::coordinator_demo();
    let bytes = write_xlsx(&env, &[]);
    let mode = std::fs::metadata(env.temp.path().join("rapport.xlsx"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    let sheets = sheets(&bytes);
    let (_, reach) = sheets.iter().find(|(n, _)| n == "Bereik").unwrap();
    let cells: Vec<&Data> = reach.iter().flat_map(|r| &r[1..]).collect();
    assert!(cells.contains(&&Data::String("<5".into())), "{reach:?}");
    // Every cell of the reach sheet counts young people: none from 1 to 4 as a number.
    for cell in cells {
        if let Data::Float(n) = cell {
            assert!(*n == 0.0 || *n >= 5.0, "{n} shown to a funder");
        }
    }
    let mode = row(&sheets, "Voorblad", "Soort");
    assert!(
        matches!(&mode[1], Data::String(s) if s.contains("financier")),
        "{mode:?}"
    );
    env.fails(&["report", "--format", "xlsx"]);
}
