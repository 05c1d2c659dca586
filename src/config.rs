//! The user's `config.toml`: where it is, and reading it so that every way it can be unusable (a
//! folder, not text, far too large, unreadable) becomes a message instead of silence. The file
//! is optional: no file is no problem, and a problem never stops the app (the defaults stay).

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::app::Keymap;
use crate::i18n::Lang;
use crate::message::Msg;

/// A config holds key bindings: the whole default keymap is 2 KB. Anything past this is not a
/// config someone wrote, and is not read into memory.
pub const MAX_BYTES: u64 = 64 * 1024;

/// `config.toml` in the platform's config directory, if the platform has one.
pub fn path() -> Option<PathBuf> {
    crate::paths::config_dir().map(|dir| dir.join("config.toml"))
}

/// The text of the config at `path`: `Ok(None)` when there is none, `Err` with the message to
/// show when there is one that cannot be used.
pub fn read(path: &Path) -> Result<Option<String>, Msg> {
    let at = |msg: Msg| msg.arg("path", path.display());
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(at(Msg::new("config-unreadable")).arg("detail", e.to_string())),
    };
    if meta.is_dir() {
        return Err(at(Msg::new("config-is-folder")));
    }
    // A pipe or a device would block or never end.
    if !meta.is_file() {
        return Err(at(Msg::new("config-not-a-file")));
    }
    let too_large = || {
        at(Msg::new("config-too-large"))
            .arg("kib", meta.len().div_ceil(1024))
            .arg("max", MAX_BYTES / 1024)
    };
    if meta.len() > MAX_BYTES {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| at(Msg::new("config-unreadable")).arg("detail", e.to_string()))?;
    // It grew between the look and the read.
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large());
    }
    String::from_utf8(bytes).map(Some).map_err(|e| {
        let line = 1 + bytes_before(&e).iter().filter(|b| **b == b'\n').count();
        at(Msg::new("config-not-utf8")).arg("line", line)
    })
}

/// The programme's name from `[programme] name = "…"`, for the cover of a report; none when
/// the config has no such line or cannot be read (the screen reports a broken config).
pub fn programme_name() -> Option<String> {
    #[derive(serde::Deserialize)]
    struct ConfigFile {
        programme: Option<Programme>,
    }
    #[derive(serde::Deserialize)]
    struct Programme {
        name: Option<String>,
    }
    let text = read(&path()?).ok()??;
    let name = toml::from_str::<ConfigFile>(&text).ok()?.programme?.name?;
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// The user's keymap, with the status-line message for the first problem of their config.
pub fn keymap(lang: Lang) -> (Keymap, Option<Msg>) {
    match path() {
        Some(path) => keymap_at(&path, lang),
        None => (Keymap::defaults(), None),
    }
}

/// The keymap from the config at `path`, with the message for its first problem, if any.
pub fn keymap_at(path: &Path, lang: Lang) -> (Keymap, Option<Msg>) {
    let text = match read(path) {
        Ok(Some(text)) => text,
        Ok(None) => return (Keymap::defaults(), None),
        Err(problem) => return (Keymap::defaults(), Some(problem)),
    };
    let (keymap, problems) = Keymap::with_user_config(&text);
    let message = problems.first().map(|p| {
        let message = if p.applied {
            Msg::new("keymap-warning")
        } else {
            Msg::new("keymap-problem")
        };
        message
            .arg("path", path.display())
            .arg("line", p.line)
            .arg("problem", lang.render(&p.problem))
    });
    (keymap, message)
}

fn bytes_before(e: &std::string::FromUtf8Error) -> &[u8] {
    &e.as_bytes()[..e.utf8_error().valid_up_to()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_file_is_no_problem_and_a_good_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        assert_eq!(read(&path), Ok(None));
        std::fs::write(&path, "[keys]\nquit = [\"x\"]\n").unwrap();
        assert_eq!(read(&path), Ok(Some("[keys]\nquit = [\"x\"]\n".into())));
    }

    #[test]
    fn a_folder_a_huge_file_and_bytes_that_are_no_text_each_get_their_message() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");

        std::fs::create_dir(&path).unwrap();
        assert_eq!(read(&path).unwrap_err().id, "config-is-folder");
        std::fs::remove_dir(&path).unwrap();

        std::fs::write(&path, vec![b'#'; 5 * 1024 * 1024]).unwrap();
        let err = read(&path).unwrap_err();
        assert_eq!(err.id, "config-too-large");
        assert_eq!(
            err,
            Msg::new("config-too-large")
                .arg("path", path.display())
                .arg("kib", 5 * 1024)
                .arg("max", 64)
        );

        std::fs::write(&path, b"[keys]\nquit = [\"\xff\"]\n").unwrap();
        assert_eq!(
            read(&path).unwrap_err(),
            Msg::new("config-not-utf8")
                .arg("path", path.display())
                .arg("line", 2)
        );
    }

    #[test]
    fn the_screen_is_told_what_was_wrong_and_keeps_the_default_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, b"[keys]\nquit = [\"\xff\"]\n").unwrap();
        let (keymap, message) = keymap_at(&path, Lang::Nl);
        assert_eq!(keymap, Keymap::defaults());
        assert_eq!(message.unwrap().id, "config-not-utf8");

        std::fs::write(&path, "[keys]\nquit = [\"j\"]\n").unwrap();
        let (keymap, message) = keymap_at(&path, Lang::Nl);
        assert_ne!(
            keymap,
            Keymap::defaults(),
            "a warning does not undo the user's keys"
        );
        let message = message.unwrap();
        assert_eq!(message.id, "keymap-warning");
        let shown = Lang::Nl.render(&message);
        assert!(
            shown.contains("quit") && shown.contains("down") && shown.contains('j'),
            "names the key and both actions: {shown}"
        );

        std::fs::remove_file(&path).unwrap();
        assert_eq!(keymap_at(&path, Lang::Nl), (Keymap::defaults(), None));
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_is_refused_without_waiting_for_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let name = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        // SAFETY: a valid, NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        assert_eq!(read(&path).unwrap_err().id, "config-not-a-file");
    }
}
