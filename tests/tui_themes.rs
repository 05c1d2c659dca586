//! The light theme, headless: the main screen and a form drawn in it, with every cell's colours.
//! The snapshot lists the colours in use per row, so a change of theme shows in review; the test
//! asserts that nothing is drawn in white or light grey on the terminal's own (light)
//! background, where it could not be read.

mod common;

use common::screen::{act, app, demo_store};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use stagecoach::app::{Action, App, ThemeChoice};
use stagecoach::domain::Role;
use stagecoach::i18n::Lang;
use stagecoach::ui::{self, Theme};

/// The screen as text, then per row the runs of colours other than the terminal's own:
/// "3: 0-11 fg=Blue bold".
fn drawn_with_colours(app: &App, width: u16, height: u16) -> (String, Vec<String>) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| ui::draw(f, app, &Theme::light()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let mut text = Vec::new();
    let mut runs = Vec::new();
    let mut unreadable = Vec::new();
    for y in 0..height {
        let mut line = String::new();
        let mut run: Option<(u16, String)> = None;
        for x in 0..=width {
            let style = (x < width).then(|| {
                let cell = &buffer[(x, y)];
                line.push_str(cell.symbol());
                let on_own_background = cell.bg == Color::Reset;
                if on_own_background
                    && matches!(cell.fg, Color::White | Color::Gray)
                    && !cell.symbol().trim().is_empty()
                {
                    unreadable.push(format!("{x},{y} {:?}", cell.symbol()));
                }
                let mut parts = Vec::new();
                if cell.fg != Color::Reset {
                    parts.push(format!("fg={:?}", cell.fg));
                }
                if cell.bg != Color::Reset {
                    parts.push(format!("bg={:?}", cell.bg));
                }
                if !cell.modifier.is_empty() {
                    parts.push(format!("{:?}", cell.modifier).to_lowercase());
                }
                parts.join(" ")
            });
            let same = matches!((&run, &style), (Some((_, a)), Some(b)) if a == b);
            if !same {
                if let Some((from, style)) = run.take()
                    && !style.is_empty()
                {
                    runs.push(format!("{y}: {from}-{} {style}", x - 1));
                }
                run = style.map(|s| (x, s));
            }
        }
        text.push(line.trim_end().to_string());
    }
    assert!(
        unreadable.is_empty(),
        "white or grey on a light background: {unreadable:?}"
    );
    (text.join("\n"), runs)
}

#[test]
fn the_light_theme_draws_nothing_in_white_on_the_terminals_background() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    app.theme = ThemeChoice::Light;
    for (width, height) in [(120, 40), (80, 24)] {
        let (text, runs) = drawn_with_colours(&app, width, height);
        insta::assert_snapshot!(
            format!("light_main_{width}x{height}"),
            format!("{text}\n\n{}", runs.join("\n"))
        );
    }
    act(&mut app, &mut f.store, Action::NewSession);
    for (width, height) in [(120, 40), (80, 24)] {
        let (text, runs) = drawn_with_colours(&app, width, height);
        insta::assert_snapshot!(
            format!("light_form_{width}x{height}"),
            format!("{text}\n\n{}", runs.join("\n"))
        );
    }
}
