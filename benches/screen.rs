//! The real screen, headless, on a coordinator's programme of realistic size: each action goes
//! through the app as a key press does (`handle_key` → `update`, its effects against the
//! database, one frame drawn into a 120×40 ratatui `TestBackend`), timed together.
//!
//! ```sh
//! CARGO_BUILD_JOBS=1 cargo bench --bench screen
//! SCREEN_BENCH_COACHEES=2000 SCREEN_BENCH_SESSIONS=40000 cargo bench --bench screen
//! ```
//!
//! The programme (default 10,000 coachees / 200,000 sessions) is built once into
//! `target/bench-cache/screen-<coachees>-<sessions>/` (under `CARGO_TARGET_DIR` if set) and
//! opened from there on later runs; building takes ~10 s in release. It is built in a sibling
//! folder and renamed into place, so a run killed halfway leaves no half cache. Each run saves
//! 30 new sessions into it (the Ctrl-S step), one each on 30 coachees.
//!
//! Measured: `j` through the caseload, each keystroke of a six-letter `/` filter, each sort
//! order, opening the agenda tab, opening the employers tab, opening the overview tab and
//! stepping its period (a year, a month back and forth), opening the new-contact form,
//! each character typed into its summary (the draft is stored on every keystroke), and Ctrl-S
//! (a durable save). Prints one Markdown row per action: n, median, p99 and max (nearest rank).
//! Targets: every action p99 ≤ 8 ms, Ctrl-S ≤ 10 ms.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use stagecoach::demo::{self, DemoOptions};
use stagecoach::domain::{EntityId, Role};
use stagecoach::store::Store;

// ---------------------------------------------------------------------------------------------
// Every use of the app's API is in this block, so that moving its modules means editing only
// these lines.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use stagecoach::app::{App, KeyChord, Keymap, SortOrder, handle_key};
use stagecoach::i18n::Lang;
use stagecoach::runtime::app_for;
use stagecoach::runtime::effects::run_effects;
use stagecoach::ui::{self, Theme};

/// The terminal the frames are drawn into, kept across frames as the real one is.
struct Screen {
    terminal: Terminal<TestBackend>,
    theme: Theme,
}

impl Screen {
    fn new() -> Screen {
        Screen {
            terminal: Terminal::new(TestBackend::new(120, 40)).unwrap(),
            theme: Theme::monochrome(),
        }
    }
}

fn make_app(store: &Store) -> App {
    app_for(store, Lang::Nl, today(), Keymap::defaults()).unwrap()
}

/// Presses one key (as written in keymap files: "j", "Esc", "Ctrl-s") and runs its effects.
fn press(app: &mut App, store: &mut Store, key: &str) {
    let chord = KeyChord::parse(key).unwrap_or_else(|| panic!("no such key: {key}"));
    act(app, store, chord);
}

/// One key press through the app and its effects against the database.
fn act(app: &mut App, store: &mut Store, chord: KeyChord) {
    let effects = handle_key(app, chord);
    run_effects(app, store, effects).unwrap();
}

fn draw(screen: &mut Screen, app: &App) {
    screen
        .terminal
        .draw(|f| ui::draw(f, app, &screen.theme))
        .unwrap();
}

/// The selected coachee, if a new contact can be logged for them.
fn takes_sessions(app: &App) -> Option<EntityId> {
    let detail = app.detail.as_ref()?;
    detail
        .coachee
        .status
        .accepts_sessions()
        .then_some(detail.coachee.id)
}

fn form_open(app: &App) -> bool {
    app.form.is_some()
}

fn filtering(app: &App) -> bool {
    app.caseload.filtering
}

/// Tabs to the form's summary field.
fn focus_summary(app: &mut App, store: &mut Store) {
    for _ in 0..app.form.as_ref().unwrap().fields.len() {
        if app.form.as_ref().unwrap().focused().name == "summary" {
            return;
        }
        press(app, store, "Tab");
    }
    panic!("the form has no summary field");
}

/// The first six letters of a real surname in the caseload, lowercased.
fn six_letters_of_a_surname(app: &App) -> String {
    (0..app.caseload.len())
        .filter_map(|i| app.caseload.row(i))
        .map(|row| row.coachee.last_name.to_lowercase())
        .find(|name| {
            name.chars()
                .take(6)
                .filter(char::is_ascii_alphabetic)
                .count()
                == 6
        })
        .map(|name| name.chars().take(6).collect())
        .expect("a surname of six letters")
}

fn sort_name(app: &App) -> &'static str {
    match app.caseload.sort {
        SortOrder::NextContact => "next contact",
        SortOrder::Name => "name",
        SortOrder::Status => "status",
        SortOrder::LastContact => "last contact",
    }
}

// ---------------------------------------------------------------------------------------------

const SEED: u64 = 1;

/// Exactly 30 characters, nothing the privacy check stops at.
const SUMMARY: &str = "Goed gesprek met de begeleider";

fn size(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
}

/// What the cache folder holds, written last before it is renamed into place.
fn marker(coachees: usize, sessions: usize) -> String {
    format!("coachees {coachees}\nsessions {sessions}\nseed {SEED}\n")
}

/// The programme from the cache, built first if missing or of another size.
fn programme(coachees: usize, sessions: usize) -> Store {
    let cache = target_dir().join("bench-cache");
    let name = format!("screen-{coachees}-{sessions}");
    let folder = cache.join(&name);
    let wanted = marker(coachees, sessions);
    if folder.exists() {
        let same = std::fs::read_to_string(folder.join("programme")).is_ok_and(|m| m == wanted);
        if same {
            let started = Instant::now();
            let store = Store::open(&folder.join("data")).unwrap_or_else(|e| {
                panic!("cannot open the cache {}: {e}", folder.display());
            });
            if store.coachee_count() == coachees {
                println!(
                    "programme {coachees}/{sessions} opened from {} in {:.2} s",
                    folder.display(),
                    started.elapsed().as_secs_f64()
                );
                return store;
            }
        }
        println!("the cache {} is of another size: rebuilt", folder.display());
        std::fs::remove_dir_all(&folder).unwrap();
    }
    // Half-built folders of killed runs.
    std::fs::create_dir_all(&cache).unwrap();
    for entry in std::fs::read_dir(&cache).unwrap() {
        let entry = entry.unwrap();
        if entry
            .file_name()
            .to_string_lossy()
            .starts_with(&format!("{name}.partial-"))
        {
            std::fs::remove_dir_all(entry.path()).unwrap();
        }
    }
    let partial = cache.join(format!("{name}.partial-{}", std::process::id()));
    let started = Instant::now();
    let mut store = Store::init(&partial.join("data"), "Mila", Role::Coordinator, today()).unwrap();
    let options = DemoOptions {
        coachees: Some(coachees),
        sessions: Some(sessions),
        seed: SEED,
        today: today(),
    };
    demo::generate(&mut store, &options, |_| {}).unwrap();
    store.flush().unwrap();
    drop(store);
    std::fs::write(partial.join("programme"), wanted).unwrap();
    std::fs::rename(&partial, &folder).unwrap();
    println!(
        "programme {coachees}/{sessions} built into {} in {:.1} s",
        folder.display(),
        started.elapsed().as_secs_f64()
    );
    Store::open(&folder.join("data")).unwrap()
}

/// The times per action, in the order the actions were first measured.
#[derive(Default)]
struct Timings(Vec<(String, Vec<Duration>)>);

impl Timings {
    fn add(&mut self, action: &str, took: Duration) {
        match self.0.iter_mut().find(|(name, _)| name == action) {
            Some((_, times)) => times.push(took),
            None => self.0.push((action.to_string(), vec![took])),
        }
    }

    fn table(&self) -> String {
        let mut out =
            String::from("| action | n | median ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
        for (name, times) in &self.0 {
            let mut sorted = times.clone();
            sorted.sort();
            // Nearest rank.
            let at = |p: f64| sorted[((p * sorted.len() as f64).ceil() as usize).max(1) - 1];
            let ms = |d: Duration| d.as_secs_f64() * 1e3;
            out.push_str(&format!(
                "| {name} | {} | {:.2} | {:.2} | {:.2} |\n",
                sorted.len(),
                ms(at(0.5)),
                ms(at(0.99)),
                ms(*sorted.last().unwrap())
            ));
        }
        out
    }
}

/// One measured action: the key through the app and its effects, and the frame after it.
fn timed(screen: &mut Screen, app: &mut App, store: &mut Store, key: &str) -> Duration {
    let started = Instant::now();
    press(app, store, key);
    draw(screen, app);
    started.elapsed()
}

/// Moves down (untimed) to a coachee who takes sessions and is not in `used`.
fn next_open_file(app: &mut App, store: &mut Store, used: &mut HashSet<EntityId>) {
    for _ in 0..10_000 {
        press(app, store, "j");
        if let Some(id) = takes_sessions(app)
            && used.insert(id)
        {
            return;
        }
    }
    panic!("no open file left below the cursor");
}

fn main() {
    let coachees = size("SCREEN_BENCH_COACHEES", 10_000);
    let sessions = size("SCREEN_BENCH_SESSIONS", 200_000);
    let mut store = programme(coachees, sessions);
    let store = &mut store;
    let mut screen = Screen::new();
    let screen = &mut screen;

    let started = Instant::now();
    let mut app = make_app(store);
    draw(screen, &app);
    println!(
        "start: app on the database and first frame {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    let app = &mut app;
    let mut timings = Timings::default();
    let mut record = |action: &str, took| timings.add(action, took);

    for _ in 0..200 {
        record("`j` through the caseload", timed(screen, app, store, "j"));
    }

    let letters = six_letters_of_a_surname(app);
    for _ in 0..30 {
        press(app, store, "/");
        assert!(filtering(app));
        for c in letters.chars() {
            let key = c.to_string();
            record(
                "`/` filter, each of six letters",
                timed(screen, app, store, &key),
            );
        }
        press(app, store, "Esc");
        assert!(!filtering(app));
    }

    // `o` cycles the orders; after 4 × 30 presses the caseload is back in the first.
    for _ in 0..30 * 4 {
        let took = timed(screen, app, store, "o");
        record(&format!("sort: {}", sort_name(app)), took);
    }

    for _ in 0..30 {
        record("agenda tab", timed(screen, app, store, "2"));
        press(app, store, "1");
    }
    for _ in 0..30 {
        record("employers tab", timed(screen, app, store, "3"));
        press(app, store, "1");
    }
    for _ in 0..30 {
        record("overview tab", timed(screen, app, store, "4"));
        press(app, store, "1");
    }
    press(app, store, "4");
    for key in ["y", "Left", "Right", "y"].repeat(5) {
        record("overview: another period", timed(screen, app, store, key));
    }
    press(app, store, "1");

    let mut used = HashSet::new();
    next_open_file(app, store, &mut used);
    for _ in 0..30 {
        record("new-contact form (`n`)", timed(screen, app, store, "n"));
        assert!(form_open(app));
        press(app, store, "Esc");
        assert!(!form_open(app));
    }

    // A new contact for each of 30 coachees: the form opened and tabbed to the summary
    // untimed, each character typed (and its draft stored) timed, then the save.
    for _ in 0..30 {
        next_open_file(app, store, &mut used);
        press(app, store, "n");
        focus_summary(app, store);
        for c in SUMMARY.chars() {
            let key = if c == ' ' {
                "Space".to_string()
            } else {
                c.to_string()
            };
            record(
                "a character typed into the summary",
                timed(screen, app, store, &key),
            );
        }
        record(
            "Ctrl-S (save the new contact)",
            timed(screen, app, store, "Ctrl-s"),
        );
        assert!(!form_open(app), "the save went through");
    }

    println!();
    print!("{}", timings.table());
}
