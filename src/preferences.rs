//! What the user changed on the screen and expects to find again next time: the language, the
//! colours and the caseload's sort order, kept in the `[screen]` table of `config.toml`, which
//! also says whether the mouse is used. Written back with `toml_edit`, so the user's own
//! comments, order and other tables stay exactly as they wrote them.

use std::path::Path;

use toml_edit::{DocumentMut, Item, Table, value};

use crate::app::{SortOrder, ThemeChoice};
use crate::i18n::Lang;
use crate::message::Msg;

/// The table the preferences live in.
const TABLE: &str = "screen";

/// The screen's preferences; `None` where the config says nothing (or nothing usable).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preferences {
    pub language: Option<Lang>,
    pub theme: Option<ThemeChoice>,
    pub sort: Option<SortOrder>,
    /// Clicks and the wheel; on unless `mouse = false`.
    pub mouse: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            language: None,
            theme: None,
            sort: None,
            mouse: true,
        }
    }
}

impl Preferences {
    /// The preferences in the config at `path`; a missing or unusable config gives the
    /// defaults (its problem is reported where the keymap is read).
    pub fn read(path: &Path) -> Self {
        let Ok(Some(text)) = crate::config::read(path) else {
            return Preferences::default();
        };
        Self::from_text(&text)
    }

    /// The preferences in the config file on this system (see [`crate::config::path`]).
    pub fn here() -> Self {
        crate::config::path().map_or_else(Preferences::default, |path| Self::read(&path))
    }

    fn from_text(text: &str) -> Self {
        let Ok(doc) = text.parse::<DocumentMut>() else {
            return Preferences::default();
        };
        let Some(table) = doc.get(TABLE).and_then(Item::as_table_like) else {
            return Preferences::default();
        };
        let text_of = |key: &str| table.get(key).and_then(Item::as_str);
        Preferences {
            language: text_of("language").and_then(Lang::parse),
            theme: text_of("theme").map(ThemeChoice::from_name),
            sort: text_of("sort").and_then(SortOrder::from_code),
            mouse: table.get("mouse").and_then(Item::as_bool).unwrap_or(true),
        }
    }
}

/// The preferences the screen can change, as they are now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chosen {
    pub language: Lang,
    pub theme: ThemeChoice,
    pub sort: SortOrder,
}

/// Writes what changed from `before` to `chosen` into the `[screen]` table of the config at
/// `path` (made, with its folder, when there is none), leaving every other line of it as it
/// was. Only what changed on the screen is written: a language given with `--lang` for one
/// run is not kept because the sort order changed.
pub fn remember(path: &Path, before: Chosen, chosen: Chosen) -> Result<(), Msg> {
    let failed = |detail: String| {
        Msg::new("preferences-not-saved")
            .arg("path", path.display())
            .arg("detail", detail)
    };
    let text = crate::config::read(path)?.unwrap_or_default();
    let mut doc = text
        .parse::<DocumentMut>()
        .map_err(|e| failed(e.message().to_string()))?;
    if !doc.contains_key(TABLE) {
        doc.insert(TABLE, Item::Table(Table::new()));
    }
    let table = doc[TABLE]
        .as_table_like_mut()
        .ok_or_else(|| failed(format!("[{TABLE}]")))?;
    if chosen.language != before.language {
        set(table, "language", chosen.language.code());
    }
    if chosen.theme != before.theme {
        set(table, "theme", chosen.theme.name());
    }
    if chosen.sort != before.sort {
        set(table, "sort", chosen.sort.code());
    }
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| failed(e.to_string()))?;
    }
    // A config kept elsewhere and linked here (dotfiles) is written where it is.
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    crate::store::files::replace_private(&target, doc.to_string().as_bytes())
        .map_err(|e| failed(e.to_string()))
}

/// Sets `key` to `text`, keeping the comments around a value that was there: the line above
/// it belongs to the key, the one after it to the value.
fn set(table: &mut dyn toml_edit::TableLike, key: &str, text: &str) {
    match table.get_mut(key) {
        Some(item) => {
            let mut new = toml_edit::Value::from(text);
            if let Some(old) = item.as_value() {
                *new.decor_mut() = old.decor().clone();
            }
            *item = Item::Value(new);
        }
        None => {
            table.insert(key, value(text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRITTEN_BY_HAND: &str = "\
# My stagecoach settings.
[programme]
name = \"Werkroute Noord\" # shown on reports

[screen]
# I like it light.
theme = \"light\" # was dark
mouse = false

[keys]
quit = \"q\"
";

    #[test]
    fn a_change_is_written_back_keeping_every_comment_and_table() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, WRITTEN_BY_HAND).unwrap();
        let before = Preferences::read(&path);
        assert_eq!(before.theme, Some(ThemeChoice::Light));
        assert!(!before.mouse);
        assert_eq!(before.language, None);

        let before = Chosen {
            language: Lang::Nl,
            theme: ThemeChoice::Light,
            sort: SortOrder::NextContact,
        };
        let chosen = Chosen {
            language: Lang::En,
            theme: ThemeChoice::HighContrast,
            sort: SortOrder::Name,
        };
        remember(&path, before, chosen).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        for kept in [
            "# My stagecoach settings.",
            "name = \"Werkroute Noord\" # shown on reports",
            "# I like it light.\ntheme = \"high-contrast\" # was dark",
            "mouse = false",
            "[keys]\nquit = \"q\"",
        ] {
            assert!(text.contains(kept), "{kept} kept:\n{text}");
        }
        let after = Preferences::read(&path);
        assert_eq!(after.language, Some(Lang::En));
        assert_eq!(after.theme, Some(ThemeChoice::HighContrast));
        assert_eq!(after.sort, Some(SortOrder::Name));
        assert!(!after.mouse, "the mouse setting is the user's own");
    }

    #[test]
    fn without_a_config_one_is_made_and_the_mouse_is_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stagecoach").join("config.toml");
        assert_eq!(Preferences::read(&path), Preferences::default());
        assert!(Preferences::default().mouse);
        let before = Chosen {
            language: Lang::Nl,
            theme: ThemeChoice::Default,
            sort: SortOrder::NextContact,
        };
        let chosen = Chosen {
            sort: SortOrder::LastContact,
            ..before
        };
        remember(&path, before, chosen).unwrap();
        let kept = Preferences::read(&path);
        assert_eq!(kept.sort, Some(SortOrder::LastContact));
        assert_eq!(kept.language, None, "only what changed is kept");
        assert_eq!(kept.theme, None);
    }

    #[test]
    fn a_config_that_is_not_toml_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "this is [not toml").unwrap();
        let before = Chosen {
            language: Lang::Nl,
            theme: ThemeChoice::Default,
            sort: SortOrder::NextContact,
        };
        let chosen = Chosen {
            sort: SortOrder::Name,
            ..before
        };
        assert!(remember(&path, before, chosen).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "this is [not toml");
    }
}
