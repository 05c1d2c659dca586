//! The screen's state machine: `key → Action → update(&mut App) → effects`, with no drawing and
//! no terminal I/O, so every behaviour can be driven headless in tests.

pub mod action;
pub mod cursor;
pub mod form;
pub mod keymap;
pub mod layer;
pub mod mouse;
pub mod palette;
pub mod tabs;
mod theme_choice;
mod update;

use chrono::NaiveDate;

pub use action::Action;
pub use form::{Form, FormKind, Submission};
pub use keymap::{Key, KeyChord, Keymap};
pub use layer::{Hint, HintKey, Hints, Layer};
pub use tabs::caseload::{Caseload, SortOrder};
pub use theme_choice::ThemeChoice;
pub use update::{handle_key, handle_paste, update};

use crate::domain::{EntityId, Role};
use crate::i18n::Lang;
use crate::message::Msg;
use crate::service::detail::Detail;
use crate::service::erasure::ForgetPlan;
use crate::service::exchange::ImportPreview;
use crate::service::followup::AgreementRef;

/// The tabs, in the order of their number keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Caseload,
    Agenda,
    Employers,
    Overview,
    Sync,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Caseload,
        Tab::Agenda,
        Tab::Employers,
        Tab::Overview,
        Tab::Sync,
    ];

    pub fn label_id(self) -> &'static str {
        match self {
            Tab::Caseload => "tab-caseload",
            Tab::Agenda => "tab-agenda",
            Tab::Employers => "tab-employers",
            Tab::Overview => "tab-overview",
            Tab::Sync => "tab-sync",
        }
    }
}

/// The panes of the caseload tab, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Profile,
    Sessions,
}

/// Windows on top of the screen; the last one has the keyboard.
#[derive(Debug, Clone, PartialEq)]
pub enum Popup {
    /// The keys, or the signs on the screen and where the files are.
    Help(HelpPage),
    /// The whole of the selected session, read-only.
    Session(EntityId),
    /// "Delete this session?", answered with y/j or anything else for no.
    ConfirmDelete(EntityId),
    /// What importing a bundle would change, answered with y/j or anything else for no.
    ImportPreview(Box<ImportPreview>),
    /// "Throw this draft away?", over the open form: y/j or anything else for no.
    ConfirmDiscard,
    /// "Erase this young person for good?", naming everything that goes: y/j or anything
    /// else for no.
    ConfirmForget(Box<ForgetPlan>),
}

/// The two pages of the help window; Tab turns from one to the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpPage {
    Keys,
    Signs,
}

/// Work that `update` asks the loop to do (reading and writing the database).
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadDetail(EntityId),
    /// Put the stored draft of the open form (if any) back into it.
    RestoreDraft,
    /// Store the open form as a draft, durably, before the next key is read.
    SaveDraft,
    DiscardDraft(String),
    Submit(Box<Submission>),
    DeleteSession(EntityId),
    /// Count what erasing this coachee takes with it, and ask.
    PlanForget(EntityId),
    /// Erase this coachee (AVG art. 17), once the question was answered yes; `anonymise`
    /// leaves the anonymous trace the funder report counts.
    Forget {
        coachee: EntityId,
        anonymise: bool,
    },
    /// Read every employer for the employers tab (and the first one's placements).
    LoadEmployers,
    /// Read the placements at this employer.
    LoadEmployer(EntityId),
    /// Build a form that needs more than the loaded details (every employer, say).
    OpenForm(FormRequest),
    /// Edit the focused field of the form in `$EDITOR` (carried out by the terminal loop).
    OpenEditor,
    /// Read the exchange tab: card, peers, conflicts.
    LoadSync,
    /// Settle a conflict with this device's value or the other one.
    Resolve {
        id: String,
        mine: bool,
    },
    /// Import the previewed bundle for real.
    ApplyImport(Box<ImportPreview>),
    /// Complete the path in the focused field from the disk.
    CompletePath,
    /// Read the agenda's escalations and agreements, and build its rows.
    LoadAgenda,
    /// Read the overview tab's figures for the period it shows.
    LoadOverview,
    /// Select this session in the loaded details' session log.
    SelectSession(EntityId),
    /// Tick an agreement off as kept today (`done`), or open it again.
    SetAgreement {
        id: AgreementRef,
        done: bool,
    },
}

impl Effect {
    /// Whether carrying it out may commit a change to the database (and so erase someone:
    /// a purge, a deleted contact, an import), after which files may owe a rewrite.
    pub fn writes(&self) -> bool {
        matches!(
            self,
            Effect::Submit(_)
                | Effect::DeleteSession(_)
                | Effect::Forget { .. }
                | Effect::ApplyImport(_)
                | Effect::Resolve { .. }
                | Effect::SetAgreement { .. }
        )
    }
}

/// A form whose contents must be read from the database first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormRequest {
    /// A new or existing placement of this coachee.
    Placement(EntityId),
    /// A new employer, or this one.
    Employer(Option<EntityId>),
    /// The coach of this coachee.
    Assign(EntityId),
}

/// Who and where, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub device: crate::domain::DeviceId,
    /// The database was filled by `demo`: its people are made up.
    pub demo: bool,
    pub name: String,
    pub role: Role,
    pub data_dir: String,
    /// Changes made on this device that are in no bundle for its usual recipients yet.
    pub unsent_changes: u64,
    /// Fields changed on two devices at once, waiting for a person to choose.
    pub conflicts: usize,
}

pub struct App {
    pub lang: Lang,
    pub today: NaiveDate,
    pub owner: Owner,
    /// Where the user's `config.toml` is (or would be) on this system, for the help window.
    pub config_file: Option<String>,
    pub keymap: Keymap,
    pub tab: Tab,
    pub focus: Pane,
    pub caseload: Caseload,
    pub detail: Option<Detail>,
    /// First visible line of the profile pane.
    pub profile_scroll: u16,
    /// Selected row of the session log.
    pub session_selected: usize,
    /// Selected open agreement in the profile pane, to tick it off.
    pub agreement_selected: usize,
    pub popups: Vec<Popup>,
    /// The form being filled in, over the panes.
    pub form: Option<Form>,
    pub palette: Option<palette::Palette>,
    /// The agenda tab's rows, built when the tab opens, and its cursor.
    pub agenda: Vec<tabs::agenda::AgendaRow>,
    pub agenda_selected: usize,
    /// What the agenda counts but does not list.
    pub agenda_left_out: tabs::agenda::LeftOut,
    /// The employers tab, loaded when it first opens.
    pub employers: Option<tabs::employers::Employers>,
    /// The exchange tab, loaded when it opens.
    pub exchange: Option<tabs::exchange::ExchangeTab>,
    /// The overview tab: its period and order, and its figures, read when it opens.
    pub overview: Option<tabs::overview::OverviewTab>,
    /// Stronger contrast for bright light (a shop floor, a train window) or weaker eyes.
    pub theme: ThemeChoice,
    /// The forms with a stored draft, by draft key, with the coachee each is about: marked in
    /// the caseload and counted in the status line.
    pub drafts: std::collections::BTreeMap<String, Option<EntityId>>,
    /// A transient line in the status bar ("opgeslagen", a warning, an error).
    pub message: Option<Msg>,
    pub quit: bool,
}

impl App {
    pub fn new(
        lang: Lang,
        today: NaiveDate,
        owner: Owner,
        keymap: Keymap,
        caseload: Caseload,
    ) -> Self {
        Self {
            lang,
            today,
            owner,
            config_file: None,
            keymap,
            tab: Tab::Caseload,
            focus: Pane::List,
            caseload,
            detail: None,
            profile_scroll: 0,
            session_selected: 0,
            agreement_selected: 0,
            popups: Vec::new(),
            form: None,
            palette: None,
            agenda: Vec::new(),
            agenda_selected: 0,
            agenda_left_out: Default::default(),
            employers: None,
            exchange: None,
            overview: None,
            theme: ThemeChoice::Default,
            drafts: Default::default(),
            message: None,
            quit: false,
        }
    }

    /// The session selected in the session log, if that pane has the keyboard.
    pub fn selected_session(&self) -> Option<&crate::domain::Session> {
        self.detail.as_ref()?.sessions.get(self.session_selected)
    }

    /// On a coach's laptop: the selected coachee moved to another coach, and their file is
    /// read-only here (the message that says so, if so).
    pub fn moved_away(&self) -> Option<Msg> {
        let coachee = &self.detail.as_ref()?.coachee;
        let coach = coachee.handed_over_from(self.owner.role, self.owner.device)?;
        Some(
            Msg::new("coachee-moved-away")
                .arg("code", &coachee.code)
                .arg("coach", &coach.name),
        )
    }

    /// The open agreements of the selected coachee, in the profile's order.
    pub fn open_agreements(&self) -> Vec<AgreementRef> {
        self.detail.as_ref().map_or_else(Vec::new, |d| {
            d.sessions
                .iter()
                .flat_map(|s| {
                    s.agreements_with_state()
                        .filter(|(_, _, done)| done.is_none())
                        .map(move |(index, _, _)| AgreementRef {
                            session: s.id,
                            index,
                        })
                })
                .collect()
        })
    }

    /// The open agreement the profile pane's cursor is on.
    pub fn selected_agreement(&self) -> Option<AgreementRef> {
        self.open_agreements().get(self.agreement_selected).copied()
    }

    /// The effect that loads the details of whoever is selected now.
    pub fn load_selected(&self) -> Vec<Effect> {
        match self.caseload.selected_row() {
            Some(row)
                if self
                    .detail
                    .as_ref()
                    .is_none_or(|d| d.coachee.id != row.coachee.id) =>
            {
                vec![Effect::LoadDetail(row.coachee.id)]
            }
            _ => Vec::new(),
        }
    }
}
