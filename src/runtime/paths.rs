//! Path completion in the screen's path fields: Tab completes what was typed from the disk.

use std::path::Path;

use crate::app::App;

/// Tab in a path field: complete from the disk, or go to the next field when there is nothing
/// to add.
pub fn complete_focused(app: &mut App) {
    let Some(form) = app.form.as_mut() else {
        return;
    };
    let current = form.focused().value.clone();
    match complete_path(&current) {
        Some(longer) if longer != current => {
            form.replace_focused(longer);
        }
        _ => form.move_focus(true),
    }
}

/// The longest completion of a typed path that every matching entry shares; a single folder
/// gets its separator, so the next Tab looks inside it.
pub fn complete_path(typed: &str) -> Option<String> {
    let (folder, prefix) = match typed.rfind('/') {
        Some(i) => (&typed[..=i], &typed[i + 1..]),
        None => ("", typed),
    };
    let listing = if folder.is_empty() {
        Path::new(".")
    } else {
        Path::new(folder)
    };
    let mut matches: Vec<(String, bool)> = std::fs::read_dir(listing)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let hidden = name.starts_with('.') && !prefix.starts_with('.');
            (name.starts_with(prefix) && !hidden).then(|| (name, entry.path().is_dir()))
        })
        .collect();
    matches.sort();
    let (first, is_dir) = matches.first()?.clone();
    if matches.len() == 1 {
        let end = if is_dir { "/" } else { "" };
        return Some(format!("{folder}{first}{end}"));
    }
    let shared = matches.iter().fold(first.clone(), |common, (name, _)| {
        common
            .chars()
            .zip(name.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a)
            .collect()
    });
    Some(format!("{folder}{shared}"))
}
