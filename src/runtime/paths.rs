//! Paths typed into the screen's path fields: Tab completes them from the disk, and `~` is the
//! user's home folder. Unix paths use `/`; Windows paths also `\` and a drive (`E:\usb\`),
//! and match names without regard to case, as Windows does. The rules are plain text work
//! (`split_typed`, `completion`), so the Windows ones are tested on every system.

use std::path::{Path, PathBuf};

use super::system::System;
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

/// The path a field's text means, with a leading `~` made the home folder.
pub fn typed_path(typed: &str) -> PathBuf {
    expand_home(typed, System::NATIVE, home().as_deref())
}

/// The longest completion of a typed path that every matching entry on the disk shares.
pub fn complete_path(typed: &str) -> Option<String> {
    let system = System::NATIVE;
    let (folder, _) = split_typed(typed, system);
    let listing = folder_to_list(folder, system, home().as_deref());
    let entries: Vec<(String, bool)> = std::fs::read_dir(listing)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            Some((name, entry.path().is_dir()))
        })
        .collect();
    completion(typed, system, &entries)
}

fn home() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf())
}

fn is_separator(c: char, system: System) -> bool {
    c == '/' || (system == System::Windows && c == '\\')
}

/// Splits typed text into its folder (as typed, with its last separator) and the start of a
/// name in that folder. A Windows drive alone (`E:`) is a folder too.
pub fn split_typed(typed: &str, system: System) -> (&str, &str) {
    if let Some(i) = typed.rfind(|c| is_separator(c, system)) {
        return typed.split_at(i + 1);
    }
    if system == System::Windows && has_drive(typed) {
        return typed.split_at(2);
    }
    ("", typed)
}

fn has_drive(typed: &str) -> bool {
    let bytes = typed.as_bytes();
    bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':'
}

/// `~` or `~/…` (also `~\…` on Windows) in `home`; anything else as typed.
pub fn expand_home(typed: &str, system: System, home: Option<&Path>) -> PathBuf {
    let Some(rest) = typed.strip_prefix('~') else {
        return PathBuf::from(typed);
    };
    match (home, rest.chars().next()) {
        (Some(home), None) => home.to_path_buf(),
        (Some(home), Some(c)) if is_separator(c, system) => {
            home.join(rest.trim_start_matches(|c| is_separator(c, system)))
        }
        _ => PathBuf::from(typed),
    }
}

/// The folder to read for a typed folder: the current one for none, the drive's root for a
/// bare drive (`E:` means `E:\`, not the drive's last folder).
pub fn folder_to_list(folder: &str, system: System, home: Option<&Path>) -> PathBuf {
    if folder.is_empty() {
        return PathBuf::from(".");
    }
    if system == System::Windows && folder.len() == 2 && has_drive(folder) {
        return PathBuf::from(format!("{folder}\\"));
    }
    expand_home(folder, system, home)
}

/// The completion of `typed` among a folder's `entries` (name, is a folder): the longest start
/// every matching name shares, and a single folder with its separator so the next Tab looks
/// inside it. Hidden names (`.…`) only when their dot was typed. `None` when nothing matches.
pub fn completion(typed: &str, system: System, entries: &[(String, bool)]) -> Option<String> {
    let (folder, start) = split_typed(typed, system);
    let same = |a: char, b: char| match system {
        System::Unix => a == b,
        System::Windows => a.to_lowercase().eq(b.to_lowercase()),
    };
    let starts_with = |name: &str| {
        name.chars().count() >= start.chars().count()
            && name.chars().zip(start.chars()).all(|(a, b)| same(a, b))
    };
    let mut matches: Vec<&(String, bool)> = entries
        .iter()
        .filter(|(name, _)| starts_with(name) && (!name.starts_with('.') || start.starts_with('.')))
        .collect();
    matches.sort();
    let (first, is_dir) = matches.first()?;
    if matches.len() == 1 {
        let end = if *is_dir {
            separator_for(typed, system).to_string()
        } else {
            String::new()
        };
        return Some(format!("{folder}{first}{end}"));
    }
    let shared: String = matches.iter().fold(first.clone(), |common, (name, _)| {
        common
            .chars()
            .zip(name.chars())
            .take_while(|(a, b)| same(*a, *b))
            .map(|(a, _)| a)
            .collect()
    });
    // Never shorter than what was typed, and in the case it was typed in.
    let kept = if shared.chars().count() > start.chars().count() {
        shared
    } else {
        start.to_string()
    };
    Some(format!("{folder}{kept}"))
}

/// The separator a completed folder gets: the one the user typed last, else the system's.
fn separator_for(typed: &str, system: System) -> char {
    typed
        .chars()
        .rev()
        .find(|&c| is_separator(c, system))
        .unwrap_or(match system {
            System::Unix => '/',
            System::Windows => '\\',
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(names: &[(&str, bool)]) -> Vec<(String, bool)> {
        names.iter().map(|(n, d)| (n.to_string(), *d)).collect()
    }

    #[test]
    fn windows_paths_split_at_either_separator_and_after_a_drive() {
        let w = System::Windows;
        assert_eq!(split_typed(r"E:\usb\bun", w), (r"E:\usb\", "bun"));
        assert_eq!(split_typed("E:/usb/bun", w), ("E:/usb/", "bun"));
        assert_eq!(
            split_typed(r"C:\Users\sam/Desk", w),
            (r"C:\Users\sam/", "Desk")
        );
        assert_eq!(split_typed("E:", w), ("E:", ""));
        assert_eq!(split_typed("E:bun", w), ("E:", "bun"));
        assert_eq!(split_typed("bundles", w), ("", "bundles"));
        assert_eq!(folder_to_list("E:", w, None), PathBuf::from(r"E:\"));
        assert_eq!(
            folder_to_list(r"E:\usb\", w, None),
            PathBuf::from(r"E:\usb\")
        );
    }

    #[test]
    fn a_backslash_is_part_of_a_name_on_unix() {
        let u = System::Unix;
        assert_eq!(split_typed(r"odd\name", u), ("", r"odd\name"));
        assert_eq!(split_typed("/media/usb/bun", u), ("/media/usb/", "bun"));
        assert_eq!(split_typed("E:", u), ("", "E:"));
    }

    #[test]
    fn a_windows_folder_completes_in_any_case_with_the_separator_typed() {
        let w = System::Windows;
        let usb = entries(&[("Bundles", true), ("notes.txt", false), ("Backup", true)]);
        assert_eq!(
            completion(r"E:\usb\bu", w, &usb).as_deref(),
            Some(r"E:\usb\Bundles\")
        );
        assert_eq!(
            completion("E:/usb/bu", w, &usb).as_deref(),
            Some("E:/usb/Bundles/")
        );
        assert_eq!(
            completion(r"E:\usb\b", w, &usb).as_deref(),
            Some(r"E:\usb\b")
        );
        assert_eq!(completion("E:", w, &usb).as_deref(), Some("E:"));
        assert_eq!(completion("E:n", w, &usb).as_deref(), Some("E:notes.txt"));
        assert_eq!(
            completion("bac", w, &usb).as_deref(),
            Some(r"Backup\"),
            "no separator typed: the system's"
        );
        assert_eq!(completion(r"E:\usb\x", w, &usb), None);
    }

    #[test]
    fn unix_names_complete_case_sensitively_and_hide_dot_files() {
        let u = System::Unix;
        let home = entries(&[
            ("bundles", true),
            ("bundle-2026.stagecoach", false),
            ("Bundles-old", true),
            (".config", true),
        ]);
        assert_eq!(completion("~/bu", u, &home).as_deref(), Some("~/bundle"));
        assert_eq!(
            completion("~/bundles", u, &home).as_deref(),
            Some("~/bundles/")
        );
        assert_eq!(
            completion("~/B", u, &home).as_deref(),
            Some("~/Bundles-old/")
        );
        assert_eq!(completion("~/", u, &home).as_deref(), Some("~/"));
        assert_eq!(completion("~/.c", u, &home).as_deref(), Some("~/.config/"));
    }

    #[test]
    fn a_leading_tilde_is_the_home_folder() {
        let home = Path::new("/home/sam");
        let u = System::Unix;
        assert_eq!(expand_home("~", u, Some(home)), PathBuf::from("/home/sam"));
        assert_eq!(
            expand_home("~/usb/x.stagecoach", u, Some(home)),
            PathBuf::from("/home/sam/usb/x.stagecoach")
        );
        assert_eq!(
            expand_home("~sam/x", u, Some(home)),
            PathBuf::from("~sam/x")
        );
        assert_eq!(expand_home("~/x", u, None), PathBuf::from("~/x"));
        assert_eq!(
            expand_home("/tmp/~", u, Some(home)),
            PathBuf::from("/tmp/~")
        );
        assert_eq!(
            expand_home(
                r"~\bundles",
                System::Windows,
                Some(Path::new(r"C:\Users\sam"))
            ),
            Path::new(r"C:\Users\sam").join("bundles")
        );
        assert_eq!(
            folder_to_list("~/", u, Some(home)),
            PathBuf::from("/home/sam/")
        );
    }
}
