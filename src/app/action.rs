//! The vocabulary of the screen: every action a key can trigger. The snake_case names are what
//! `assets/keymap.toml`, the help screen and the hint bar use, so help cannot drift from keys.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    NextPane,
    PrevPane,
    TabCaseload,
    TabAgenda,
    TabEmployers,
    TabOverview,
    TabSync,
    Filter,
    Sort,
    ToggleClosed,
    Back,
    Open,
    NewSession,
    Edit,
    Delete,
    Save,
    DiscardDraft,
    OpenEditor,
    NewCoachee,
    ChangeStatus,
    Goals,
    Placements,
    NewEmployer,
    Palette,
    SwitchLanguage,
    SwitchTheme,
    Assign,
    Export,
    Import,
    KeepMine,
    KeepTheirs,
    Acknowledge,
    TickOff,
    PreviousPeriod,
    NextPeriod,
    WholeYear,
    Inzage,
    Help,
}

impl Action {
    pub const ALL: [Action; 45] = [
        Action::Quit,
        Action::Up,
        Action::Down,
        Action::Top,
        Action::Bottom,
        Action::PageUp,
        Action::PageDown,
        Action::NextPane,
        Action::PrevPane,
        Action::TabCaseload,
        Action::TabAgenda,
        Action::TabEmployers,
        Action::TabOverview,
        Action::TabSync,
        Action::Filter,
        Action::Sort,
        Action::ToggleClosed,
        Action::Back,
        Action::Open,
        Action::NewSession,
        Action::Edit,
        Action::Delete,
        Action::Save,
        Action::DiscardDraft,
        Action::OpenEditor,
        Action::NewCoachee,
        Action::ChangeStatus,
        Action::Goals,
        Action::Placements,
        Action::NewEmployer,
        Action::Palette,
        Action::SwitchLanguage,
        Action::SwitchTheme,
        Action::Assign,
        Action::Export,
        Action::Import,
        Action::KeepMine,
        Action::KeepTheirs,
        Action::Acknowledge,
        Action::TickOff,
        Action::PreviousPeriod,
        Action::NextPeriod,
        Action::WholeYear,
        Action::Inzage,
        Action::Help,
    ];

    /// The name used in keymap files.
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Up => "up",
            Action::Down => "down",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::PageUp => "page_up",
            Action::PageDown => "page_down",
            Action::NextPane => "next_pane",
            Action::PrevPane => "prev_pane",
            Action::TabCaseload => "tab_caseload",
            Action::TabAgenda => "tab_agenda",
            Action::TabEmployers => "tab_employers",
            Action::TabOverview => "tab_overview",
            Action::TabSync => "tab_sync",
            Action::Filter => "filter",
            Action::Sort => "sort",
            Action::ToggleClosed => "toggle_closed",
            Action::Back => "back",
            Action::Open => "open",
            Action::NewSession => "new_session",
            Action::Edit => "edit",
            Action::Delete => "delete",
            Action::Save => "save",
            Action::DiscardDraft => "discard_draft",
            Action::OpenEditor => "open_editor",
            Action::NewCoachee => "new_coachee",
            Action::ChangeStatus => "change_status",
            Action::Goals => "goals",
            Action::Placements => "placements",
            Action::NewEmployer => "new_employer",
            Action::Palette => "palette",
            Action::SwitchLanguage => "switch_language",
            Action::SwitchTheme => "switch_theme",
            Action::Assign => "assign",
            Action::Export => "export",
            Action::Import => "import",
            Action::KeepMine => "keep_mine",
            Action::KeepTheirs => "keep_theirs",
            Action::Acknowledge => "acknowledge",
            Action::TickOff => "tick_off",
            Action::PreviousPeriod => "previous_period",
            Action::NextPeriod => "next_period",
            Action::WholeYear => "whole_year",
            Action::Inzage => "inzage",
            Action::Help => "help",
        }
    }

    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }

    /// The Fluent id of the short description shown in help and the hint bar.
    pub fn label_id(self) -> String {
        format!("action-{}", self.name().replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_the_serde_names() {
        for action in Action::ALL {
            let json = serde_json::to_string(&action).unwrap();
            assert_eq!(json, format!("\"{}\"", action.name()));
            assert_eq!(Action::from_name(action.name()), Some(action));
        }
    }
}
