//! Which colours the user chose: the screen state keeps the choice, `ui::theme` the colours.

/// Which colours the user chose (`T` cycles through them; `STAGECOACH_THEME` picks one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    #[default]
    Default,
    HighContrast,
    Light,
}

impl ThemeChoice {
    /// From `STAGECOACH_THEME`: `high-contrast`, `light`, anything else the default.
    pub fn from_name(name: &str) -> Self {
        match name.trim() {
            "high-contrast" => ThemeChoice::HighContrast,
            "light" => ThemeChoice::Light,
            _ => ThemeChoice::Default,
        }
    }

    /// The name `STAGECOACH_THEME` and `config.toml` use for it.
    pub fn name(self) -> &'static str {
        match self {
            ThemeChoice::Default => "default",
            ThemeChoice::HighContrast => "high-contrast",
            ThemeChoice::Light => "light",
        }
    }

    pub fn next(self) -> Self {
        match self {
            ThemeChoice::Default => ThemeChoice::HighContrast,
            ThemeChoice::HighContrast => ThemeChoice::Light,
            ThemeChoice::Light => ThemeChoice::Default,
        }
    }

    /// The status line's word for it.
    pub fn message_id(self) -> &'static str {
        match self {
            ThemeChoice::Default => "theme-default",
            ThemeChoice::HighContrast => "theme-high-contrast",
            ThemeChoice::Light => "theme-light",
        }
    }
}
