//! Colours and emphasis. Meaning never rests on colour alone (symbols carry it); with
//! `NO_COLOR` set only bold, reverse and dim remain.

use ratatui::style::{Color, Modifier, Style};

use crate::app::ThemeChoice;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub focused_border: Style,
    pub border: Style,
    pub selected: Style,
    pub warning: Style,
    pub dim: Style,
    pub key: Style,
}

impl Theme {
    pub fn colour() -> Self {
        Self {
            title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            focused_border: Style::new().fg(Color::Cyan),
            border: Style::new().fg(Color::DarkGray),
            selected: Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            warning: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::DarkGray),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        }
    }

    /// Bold, bright and no dark grey: readable in sunlight and for weaker eyes.
    pub fn high_contrast() -> Self {
        Self {
            title: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            focused_border: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::White),
            selected: Style::new()
                .bg(Color::Yellow)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            warning: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            dim: Style::new().fg(Color::Gray),
            key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        }
    }

    /// For a terminal with a white or light background, where the default's cyan and yellow
    /// and the high-contrast white all but vanish.
    pub fn light() -> Self {
        Self {
            title: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            focused_border: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            selected: Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            warning: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::DarkGray),
            key: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
        }
    }

    /// No colours at all, for `NO_COLOR` and for snapshots.
    pub fn monochrome() -> Self {
        Self {
            title: Style::new().add_modifier(Modifier::BOLD),
            focused_border: Style::new().add_modifier(Modifier::BOLD),
            border: Style::new(),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            warning: Style::new().add_modifier(Modifier::BOLD),
            dim: Style::new().add_modifier(Modifier::DIM),
            key: Style::new().add_modifier(Modifier::BOLD),
        }
    }

    /// Honours <https://no-color.org>: any non-empty `NO_COLOR` turns colour off, whatever
    /// theme was chosen.
    pub fn choose(choice: ThemeChoice) -> Self {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Self::monochrome(),
            _ => match choice {
                ThemeChoice::Default => Self::colour(),
                ThemeChoice::HighContrast => Self::high_contrast(),
                ThemeChoice::Light => Self::light(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_light_theme_draws_nothing_in_white_or_yellow_on_the_background() {
        let light = Theme::light();
        for style in [
            light.title,
            light.focused_border,
            light.warning,
            light.key,
            light.dim,
        ] {
            assert!(
                !matches!(
                    style.fg,
                    Some(Color::White | Color::Yellow | Color::LightYellow | Color::Gray)
                ),
                "{style:?} would vanish on white"
            );
        }
        assert_eq!(ThemeChoice::from_name("light"), ThemeChoice::Light);
        assert_eq!(
            ThemeChoice::from_name("high-contrast"),
            ThemeChoice::HighContrast
        );
        assert_eq!(ThemeChoice::from_name("iets"), ThemeChoice::Default);
        // T goes through all three and back.
        let mut choice = ThemeChoice::Default;
        let mut seen = vec![choice];
        for _ in 0..3 {
            choice = choice.next();
            seen.push(choice);
        }
        assert_eq!(seen.first(), seen.last());
        assert!(seen.contains(&ThemeChoice::Light));
    }
}
