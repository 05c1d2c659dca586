//! The shape of the house, checked: the screen's state machine (`app/`) touches no database,
//! file or sync code, the inner layers draw nothing, and no two source files import each other
//! in a circle (`scripts/module_cycles.py`).

mod common;

use std::path::Path;
use std::process::Command;

/// Lines of `layer` (outside comments) that contain any of `forbidden`.
fn offending(layer: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    let mut lines = Vec::new();
    let sources = common::files_under(&root)
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "rs"));
    for file in sources {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if forbidden.iter().any(|f| code.contains(f)) {
                lines.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    lines
}

#[test]
fn the_screen_state_machine_reads_and_writes_nothing_itself() {
    let found = offending("app", &["store::", "std::fs", "sync::"]);
    assert!(
        found.is_empty(),
        "app/ must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_inner_layers_draw_nothing() {
    for layer in ["domain", "store", "sync", "service", "report"] {
        let found = offending(layer, &["ratatui", "crossterm"]);
        assert!(found.is_empty(), "{layer}/ draws:\n{}", found.join("\n"));
    }
}

#[test]
fn no_source_files_import_each_other_in_a_circle() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/module_cycles.py");
    let Ok(out) = Command::new("python3").arg(&script).output() else {
        eprintln!("skipped: python3 is not installed, so the cycle check could not run");
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
