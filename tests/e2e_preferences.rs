//! What the user changes on the screen is there again on the next start: the language, the
//! colours and the sort order are written into `config.toml`, keeping the user's own lines.

mod common;

use common::Env;
use common::pty::Terminal;

#[test]
fn language_theme_and_sort_order_are_kept_in_the_config_for_the_next_start() {
    let env = Env::coach_demo();
    let folder = env.temp.path().join("config").join("stagecoach");
    std::fs::create_dir_all(&folder).unwrap();
    let config = folder.join("config.toml");
    std::fs::write(
        &config,
        "# mijn instellingen\n[programme]\nname = \"Werkroute\"\n",
    )
    .unwrap();

    let mut terminal = Terminal::start_in_chosen_language(&env);
    terminal.wait_for("Caseload 15/15");
    terminal.keys("L");
    terminal.wait_for("Caseload 15/15");
    terminal.wait_for("Next");
    terminal.keys("T");
    terminal.keys("o");
    terminal.wait_for("Sorted by");
    terminal.keys("q");
    assert!(terminal.ended().success());

    let text = std::fs::read_to_string(&config).unwrap();
    assert!(
        text.starts_with("# mijn instellingen\n[programme]\nname = \"Werkroute\"\n"),
        "{text}"
    );
    assert!(text.contains("[screen]"), "{text}");
    assert!(text.contains("language = \"en\""), "{text}");
    assert!(text.contains("theme = \"high-contrast\""), "{text}");
    assert!(text.contains("sort = \"name\""), "{text}");

    // The next start is in English, sorted by name.
    let listed = env.json(&["list", "coachees", "--json"]);
    let mut terminal = Terminal::start_in_chosen_language(&env);
    terminal.wait_for("Caseload 15/15");
    terminal.wait_for("Next");
    let contents = terminal.contents();
    let mut by_name: Vec<(String, String)> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] != "gesloten" && c["status"] != "niet_gestart")
        .map(|c| {
            let key = format!(
                "{} {}",
                c["last_name"].as_str().unwrap(),
                c["first_name"].as_str().unwrap()
            );
            (key.to_lowercase(), c["code"].as_str().unwrap().to_string())
        })
        .collect();
    by_name.sort();
    let first = &by_name[0].1;
    assert!(
        contents.contains(&format!("›{first} ")),
        "{first} first:\n{contents}"
    );
    terminal.keys("q");
    assert!(terminal.ended().success());
}

/// A left click at `column`, `row` (0-based) as a terminal sends it in SGR mouse mode.
fn click_at(terminal: &mut Terminal, column: usize, row: usize) {
    let (x, y) = (column + 1, row + 1);
    terminal.keys(&format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"));
}

fn column_of(terminal: &Terminal, text: &str) -> usize {
    let contents = terminal.contents();
    let line = contents.lines().next().unwrap();
    line[..line.find(text).expect("on the tab bar")]
        .chars()
        .count()
}

#[test]
fn a_click_on_a_tab_opens_it_unless_the_config_turns_the_mouse_off() {
    let env = Env::coach_demo();
    let mut terminal = Terminal::start(&env, None);
    terminal.wait_for("Caseload 15/15");
    let column = column_of(&terminal, "3 Werkgevers");
    click_at(&mut terminal, column + 2, 0);
    terminal.wait_for("Werkgevers (");
    terminal.keys("q");
    assert!(terminal.ended().success());

    let folder = env.temp.path().join("config").join("stagecoach");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("config.toml"), "[screen]\nmouse = false\n").unwrap();
    let mut terminal = Terminal::start(&env, None);
    terminal.wait_for("Caseload 15/15");
    click_at(&mut terminal, column + 2, 0);
    // A key after the click: once it is handled, the click was too.
    terminal.keys("?");
    terminal.wait_for("Toetsen");
    assert!(
        !terminal.contents().contains("Werkgevers ("),
        "the click was not taken:\n{}",
        terminal.contents()
    );
    terminal.keys("q");
    terminal.keys("q");
    assert!(terminal.ended().success());
}

#[test]
fn a_long_demo_shows_a_progress_bar_on_a_terminal() {
    let env = Env::new();
    let mut terminal =
        Terminal::command(&env, &["demo", "--coachees", "400", "--sessions", "40000"]);
    terminal.wait_for("Demoprogramma maken");
    terminal.wait_for("%");
    // The bar goes once the work is done; the result line stays.
    terminal.wait_for("Demoprogramma klaar");
    assert!(terminal.ended().success());
    assert!(
        !terminal.contents().contains("Demoprogramma maken"),
        "{}",
        terminal.contents()
    );
}
