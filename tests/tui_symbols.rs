//! The classic Windows console's symbols: every frame drawn in the basic set is the full frame
//! with each missing symbol replaced one for one, so nothing moves, and the help page's legend
//! explains the symbols that are shown.

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use stagecoach::app::{Action, App};
use stagecoach::domain::Role;
use stagecoach::glyphs::Symbols;
use stagecoach::i18n::Lang;
use stagecoach::ui::{self, Theme};

use common::screen::{act, app, demo_store};

/// The screen as text, drawn in `symbols`.
fn drawn_in(app: &App, symbols: Symbols) -> String {
    let (width, height) = (120, 40);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| {
            ui::draw(f, app, &Theme::monochrome());
            ui::use_symbols(f.buffer_mut(), symbols);
        })
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const MISSING_IN_WGL4: [char; 11] = ['◔', '◑', '✔', '✓', '✖', '↺', '‖', '⚑', '✎', '⚠', '▶'];

#[test]
fn the_basic_set_replaces_each_missing_symbol_in_place() {
    let mut f = demo_store(Role::Coach);
    let mut app = app(&f, Lang::Nl);
    let full = drawn_in(&app, Symbols::Full);
    assert!(
        full.contains('⚑') && full.contains('◑'),
        "the demo shows an escalation and a matching status:\n{full}"
    );
    let basic = drawn_in(&app, Symbols::Basic);
    assert_eq!(
        basic,
        Symbols::Basic.text(&full),
        "one for one, nothing moved"
    );
    for symbol in MISSING_IN_WGL4 {
        assert!(!basic.contains(symbol), "{symbol} left in:\n{basic}");
    }
    assert!(basic.contains('‼') && basic.contains('♦'), "{basic}");

    // The legend explains what is shown, not what would have been.
    act(&mut app, &mut f.store, Action::Help);
    act(&mut app, &mut f.store, Action::NextPane);
    let legend = drawn_in(&app, Symbols::Basic);
    for shown in ['‼', '¶', '▲', '√', '◊', '♦', '×', '↔', '║'] {
        assert!(legend.contains(shown), "{shown} not explained:\n{legend}");
    }
}
