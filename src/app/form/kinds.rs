//! Which record a form edits (its title, the key its draft is stored under) and what saving it
//! submits to the database: plain data, read from a form by `dispatch`.

use chrono::NaiveDate;

use crate::domain::{
    CoachRef, Coachee, Employer, EntityId, Goal, Placement, Role, Session, Status,
};

#[derive(Debug, Clone, PartialEq)]
pub enum FormKind {
    /// A new contact with this coachee.
    NewSession(EntityId),
    EditSession(Box<Session>),
    NewCoachee,
    EditCoachee(Box<Coachee>),
    Status(Box<Coachee>),
    /// A new goal or one of these, chosen in the form's first field.
    Goal {
        coachee: EntityId,
        goals: Vec<Goal>,
    },
    Placement {
        coachee: EntityId,
        placements: Vec<Placement>,
    },
    NewEmployer,
    EditEmployer(Box<Employer>),
    /// The first start, before there is a database.
    Welcome,
    /// Bundles for the usual recipients.
    Export,
    /// A bundle to preview and import.
    Import,
    /// Which coach a coachee goes to (coordinator only).
    Assign {
        coachee: Box<Coachee>,
        coaches: Vec<CoachRef>,
    },
    /// The coordinator's answer to the escalation raised in this session.
    Acknowledge {
        session: EntityId,
        coachee: EntityId,
    },
    /// Where to write a young person's inzage.
    Inzage(EntityId),
    /// One agreement, in a small form inside the session form (see `agreements.rs`).
    Agreement,
}

/// A form read back into records, ready for `caseload` to save.
#[derive(Debug, Clone, PartialEq)]
pub enum Submission {
    NewSession {
        coachee: EntityId,
        session: Session,
    },
    EditSession(Session),
    NewCoachee(Coachee),
    EditCoachee(Coachee),
    Status {
        coachee: Box<Coachee>,
        to: Status,
        date: NaiveDate,
        reason: String,
    },
    NewGoal {
        coachee: EntityId,
        goal: Goal,
    },
    EditGoal(Goal),
    NewPlacement {
        coachee: EntityId,
        placement: Placement,
    },
    EditPlacement(Placement),
    NewEmployer(Employer),
    EditEmployer(Employer),
    Welcome {
        name: String,
        role: Role,
        demo: bool,
    },
    Export(ExportChoice),
    Import {
        file: String,
        trust: bool,
    },
    Assign {
        coachee: Box<Coachee>,
        coach: CoachRef,
    },
    Acknowledge {
        session: EntityId,
        reply: String,
    },
    Inzage {
        coachee: EntityId,
        path: String,
        json: bool,
    },
    /// An agreement read from its small form: it goes into the session form it belongs to,
    /// never to the database on its own.
    Agreement(crate::domain::Agreement),
}

impl FormKind {
    pub fn title_id(&self) -> &'static str {
        match self {
            FormKind::NewSession(_) => "form-title-new-session",
            FormKind::EditSession(_) => "form-title-edit-session",
            FormKind::NewCoachee => "form-title-new-coachee",
            FormKind::EditCoachee(_) => "form-title-edit-coachee",
            FormKind::Status(_) => "form-title-status",
            FormKind::Goal { .. } => "form-title-goal",
            FormKind::Placement { .. } => "form-title-placement",
            FormKind::NewEmployer => "form-title-new-employer",
            FormKind::EditEmployer(_) => "form-title-edit-employer",
            FormKind::Welcome => "welcome-title",
            FormKind::Export => "form-title-export",
            FormKind::Import => "form-title-import",
            FormKind::Assign { .. } => "form-title-assign",
            FormKind::Acknowledge { .. } => "form-title-acknowledge",
            FormKind::Inzage(_) => "form-title-inzage",
            FormKind::Agreement => "form-title-agreement",
        }
    }

    /// Drafts are kept per coachee and per record, so two unfinished forms never mix.
    pub fn draft_key(&self) -> String {
        match self {
            FormKind::NewSession(coachee) => format!("new-session:{coachee}"),
            FormKind::EditSession(s) => format!("edit-session:{}", s.id),
            FormKind::NewCoachee => "new-coachee".into(),
            FormKind::EditCoachee(c) => format!("edit-coachee:{}", c.id),
            FormKind::Status(c) => format!("status:{}", c.id),
            FormKind::Goal { coachee, .. } => format!("goal:{coachee}"),
            FormKind::Placement { coachee, .. } => format!("placement:{coachee}"),
            FormKind::NewEmployer => "new-employer".into(),
            FormKind::EditEmployer(e) => format!("edit-employer:{}", e.id),
            FormKind::Welcome => "welcome".into(),
            FormKind::Export => "export".into(),
            FormKind::Import => "import".into(),
            FormKind::Assign { coachee, .. } => format!("assign:{}", coachee.id),
            FormKind::Acknowledge { session, .. } => format!("acknowledge:{session}"),
            FormKind::Inzage(coachee) => format!("inzage:{coachee}"),
            // Kept in the session form's draft once it is added.
            FormKind::Agreement => "agreement".into(),
        }
    }

    /// The coachee the form is about, to name them in its title.
    pub fn coachee(&self) -> Option<EntityId> {
        match self {
            FormKind::NewSession(coachee)
            | FormKind::Goal { coachee, .. }
            | FormKind::Placement { coachee, .. }
            | FormKind::Acknowledge { coachee, .. }
            | FormKind::Inzage(coachee) => Some(*coachee),
            FormKind::EditSession(s) => Some(s.coachee),
            FormKind::EditCoachee(c) | FormKind::Status(c) => Some(c.id),
            FormKind::Assign { coachee, .. } => Some(coachee.id),
            FormKind::NewCoachee
            | FormKind::NewEmployer
            | FormKind::EditEmployer(_)
            | FormKind::Welcome
            | FormKind::Export
            | FormKind::Import
            | FormKind::Agreement => None,
        }
    }
}

/// What the export form asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportChoice {
    /// Device ids of the chosen recipients.
    pub recipients: Vec<String>,
    pub folder: String,
    pub full: bool,
}
