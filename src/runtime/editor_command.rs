//! Which editor a text field is handed to, and how its command line splits into a program and
//! its arguments. `$VISUAL`, then `$EDITOR`, else the system's own plain editor. Unix values
//! follow the shell's quoting (`shell-words`); Windows values follow its own rules, where a
//! backslash is part of a path and `C:\Program Files\…` may even be given without quotes.

use std::path::Path;

use super::system::System;

/// The editor every installation of the system has.
fn default_editor(system: System) -> &'static str {
    match system {
        System::Unix => "nano",
        System::Windows => "notepad",
    }
}

/// The editor to start: the command line as the user gave it (for messages), and its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorCommand {
    pub given: String,
    pub program: String,
    pub args: Vec<String>,
}

/// The editor the user chose (`visual`, else `editor`; empty counts as not set), else the
/// system's default. `is_file` says whether a path names a file, for Windows paths with spaces.
/// `Err` holds a command line that cannot be read (an unclosed quote).
pub fn chosen(
    visual: Option<String>,
    editor: Option<String>,
    system: System,
    is_file: impl Fn(&Path) -> bool,
) -> Result<EditorCommand, String> {
    let given = [visual, editor]
        .into_iter()
        .flatten()
        .map(|value| value.trim().to_string())
        .find(|value| !value.is_empty())
        .unwrap_or_else(|| default_editor(system).to_string());
    let mut words = split(&given, system, is_file)
        .filter(|words| !words.is_empty())
        .ok_or_else(|| given.clone())?
        .into_iter();
    let program = words.next().unwrap_or_default();
    Ok(EditorCommand {
        program,
        args: words.collect(),
        given,
    })
}

/// The words of a command line, or `None` if its quotes do not close.
pub fn split(
    command: &str,
    system: System,
    is_file: impl Fn(&Path) -> bool,
) -> Option<Vec<String>> {
    match system {
        System::Unix => shell_words::split(command).ok(),
        System::Windows => split_windows(command.trim(), is_file),
    }
}

/// Windows: a quoted program, or the longest run of words that names a file (as Windows itself
/// finds `C:\Program Files\…` without quotes), or the first word; then the arguments, split
/// at spaces outside double quotes.
fn split_windows(command: &str, is_file: impl Fn(&Path) -> bool) -> Option<Vec<String>> {
    let (program, rest) = if let Some(quoted) = command.strip_prefix('"') {
        let end = quoted.find('"')?;
        (quoted[..end].to_string(), &quoted[end + 1..])
    } else {
        let word_ends = command
            .char_indices()
            .filter(|(_, c)| c.is_whitespace())
            .map(|(i, _)| i)
            .chain([command.len()]);
        let longest_file = word_ends
            .clone()
            .filter(|&end| is_file(Path::new(&command[..end])))
            .last();
        let end = longest_file.or_else(|| word_ends.min())?;
        (command[..end].to_string(), &command[end..])
    };
    let mut words = vec![program];
    words.extend(windows_arguments(rest)?);
    Some(words)
}

fn windows_arguments(rest: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quoted = false;
    for c in rest.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                word.get_or_insert_with(String::new);
            }
            c if c.is_whitespace() && !quoted => words.extend(word.take()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    if quoted {
        return None;
    }
    words.extend(word);
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_files(_: &Path) -> bool {
        false
    }

    fn words(command: &str, system: System) -> Option<Vec<String>> {
        split(command, system, no_files)
    }

    fn owned(words: &[&str]) -> Option<Vec<String>> {
        Some(words.iter().map(|w| w.to_string()).collect())
    }

    #[test]
    fn unix_commands_split_as_the_shell_would() {
        assert_eq!(words("code -w", System::Unix), owned(&["code", "-w"]));
        assert_eq!(
            words("vim -u NONE", System::Unix),
            owned(&["vim", "-u", "NONE"])
        );
        assert_eq!(
            words("'/opt/My Editor/bin/edit' --wait", System::Unix),
            owned(&["/opt/My Editor/bin/edit", "--wait"])
        );
        assert_eq!(
            words(r"/opt/My\ Editor/edit", System::Unix),
            owned(&["/opt/My Editor/edit"])
        );
        assert_eq!(words("vim 'unclosed", System::Unix), None);
    }

    #[test]
    fn windows_paths_keep_their_backslashes_and_spaces() {
        assert_eq!(
            words(
                r#""C:\Program Files\Notepad++\notepad++.exe" -multiInst -nosession"#,
                System::Windows
            ),
            owned(&[
                r"C:\Program Files\Notepad++\notepad++.exe",
                "-multiInst",
                "-nosession"
            ])
        );
        assert_eq!(
            words("code --wait", System::Windows),
            owned(&["code", "--wait"])
        );
        assert_eq!(
            words(r#"edit "C:\my notes" -x"#, System::Windows),
            owned(&["edit", r"C:\my notes", "-x"])
        );
        assert_eq!(words(r#""C:\Program Files\x.exe"#, System::Windows), None);
    }

    #[test]
    fn an_unquoted_windows_path_with_spaces_is_found_by_the_file_it_names() {
        let sublime = r"C:\Program Files\Sublime Text\subl.exe";
        let is_sublime = |path: &Path| path == Path::new(sublime);
        assert_eq!(
            split(&format!("{sublime} -w"), System::Windows, is_sublime),
            owned(&[sublime, "-w"])
        );
        assert_eq!(
            split(sublime, System::Windows, is_sublime),
            owned(&[sublime])
        );
    }

    #[test]
    fn visual_comes_before_editor_and_each_system_has_a_default() {
        let pick = |visual: Option<&str>, editor: Option<&str>, system| {
            chosen(
                visual.map(String::from),
                editor.map(String::from),
                system,
                no_files,
            )
            .map(|command| (command.program, command.args))
        };
        assert_eq!(
            pick(Some("code -w"), Some("vi"), System::Unix),
            Ok(("code".to_string(), vec!["-w".to_string()]))
        );
        assert_eq!(
            pick(Some("  "), Some("vi"), System::Unix),
            Ok(("vi".to_string(), vec![]))
        );
        assert_eq!(
            pick(None, None, System::Unix),
            Ok(("nano".to_string(), vec![]))
        );
        assert_eq!(
            pick(None, None, System::Windows),
            Ok(("notepad".to_string(), vec![]))
        );
        assert_eq!(
            pick(None, Some("vim 'x"), System::Unix),
            Err("vim 'x".to_string())
        );
    }
}
