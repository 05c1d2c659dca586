//! The trial's stage visit, typed into the real binary in a pseudo-terminal as a coach would:
//! a three-line report, wellbeing, the employer's satisfaction, one signal, one agreement with
//! its date in words and the next contact, counting every key that only moves or commits. The
//! budget is twelve (the trial needed 29 before forms opened where the work is).

mod common;

use common::Env;
use common::pty::Terminal;

const TAB: &str = "\t";
const ENTER: &str = "\r";
const CTRL_S: &str = "\x13";
const BUDGET: usize = 12;

/// Counts the keys that move the focus or commit, as they are sent.
struct Counted {
    terminal: Terminal,
    keys: usize,
}

impl Counted {
    fn navigate(&mut self, key: &str) {
        self.keys += 1;
        self.terminal.keys(key);
    }

    /// Tabs until the focus marker "›" stands before `label`.
    fn tab_to(&mut self, label: &str) {
        for _ in 0..20 {
            self.navigate(TAB);
            let wanted = format!("› {label}");
            if self.wait_briefly(&wanted) {
                return;
            }
        }
        panic!(
            "no field {label} after 20 Tabs:\n{}",
            self.terminal.contents()
        );
    }

    fn wait_briefly(&self, text: &str) -> bool {
        for _ in 0..40 {
            if self.terminal.contents().contains(text) {
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        false
    }
}

#[test]
fn the_trials_visit_takes_at_most_twelve_keys_that_are_not_typing() {
    let env = Env::coach_demo();
    let listed = env.json(&["list", "coachees", "--json"]);
    let mut terminal = Terminal::start(&env, None);
    terminal.wait_for("Caseload 15/15");
    // The second row of the list has a placement running (the demo makes it so).
    let contents = terminal.contents();
    let mut on_screen: Vec<(usize, String)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap().to_string())
        .filter_map(|code| contents.find(&format!(" {code} ")).map(|at| (at, code)))
        .collect();
    on_screen.sort();
    let code = on_screen[1].1.clone();
    terminal.keys("j");
    terminal.wait_for(&format!("{code} ·"));
    terminal.keys("n");
    terminal.wait_for("Nieuw contact");
    let mut visit = Counted { terminal, keys: 0 };

    // The form opens on the report: the rest of a stage visit is filled in from the placement.
    assert!(
        visit.wait_briefly("› Verslag"),
        "{}",
        visit.terminal.contents()
    );
    for (n, line) in ["Bezoek bij de bakkerij.", "Komt op tijd.", "Wil meer uren."]
        .iter()
        .enumerate()
    {
        if n > 0 {
            // Enter in the report is a new line: typing, not moving.
            visit.terminal.keys(ENTER);
        }
        visit.terminal.typed(line);
    }
    visit.tab_to("Welbevinden");
    visit.terminal.keys("4");
    visit.tab_to("Tevredenheid werkgever");
    visit.terminal.keys("5");
    visit.tab_to("Signalen");
    visit.terminal.keys(" ");
    visit.tab_to("Afspraken");
    // Typing on the agreements opens a new one with what is typed.
    visit.terminal.typed("cv sturen naar de bakker");
    visit.terminal.wait_for("Afspraak");
    visit.navigate(TAB);
    visit.terminal.typed("vr");
    visit.terminal.wait_for("→ vr 27-11-2026");
    visit.navigate(ENTER);
    visit
        .terminal
        .wait_for("cv sturen naar de bakker · 27-11-2026");
    visit.tab_to("Volgend contact");
    visit.terminal.typed("over 2 weken");
    visit.terminal.wait_for("→ ma 07-12-2026");
    visit.navigate(CTRL_S);
    visit.terminal.wait_for("Opgeslagen");
    let keys = visit.keys;
    visit.terminal.keys("q");
    assert!(visit.terminal.ended().success(), "q quits cleanly");
    println!("the visit took {keys} keys that were not typing");
    assert!(keys <= BUDGET, "{keys} keys, more than {BUDGET}");

    let sessions = env.json(&["list", "sessions", "--coachee", &code, "--json"]);
    let visit = sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["summary"] == "Bezoek bij de bakkerij.\nKomt op tijd.\nWil meer uren.")
        .unwrap_or_else(|| panic!("the visit is stored: {sessions:#}"));
    assert_eq!(visit["type"], "stagebezoek", "{visit:#}");
    assert_eq!(visit["wellbeing"], 4, "{visit:#}");
    assert_eq!(visit["employer_satisfaction"], 5, "{visit:#}");
    assert_eq!(
        visit["signals"],
        serde_json::json!(["verzuim"]),
        "{visit:#}"
    );
    assert_eq!(visit["agreements"][0]["text"], "cv sturen naar de bakker");
    assert_eq!(visit["agreements"][0]["due"], "2026-11-27", "{visit:#}");
    assert_eq!(visit["next_contact"], "2026-12-07", "{visit:#}");
}
