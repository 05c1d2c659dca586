//! Pure types and rules of a youth-to-work programme: no I/O, no terminal, no storage.

pub mod clean;
pub mod coachee;
pub mod codes;
pub mod dates;
pub mod employer;
pub mod fields;
pub mod followup;
pub mod goal;
pub mod ids;
pub mod passphrase;
pub mod placement;
pub mod policy;
pub mod record_text;
pub mod schema;
pub mod sensitive;
pub mod session;
pub mod status;
pub mod trace;
pub mod validate;

pub use clean::CleanText;
pub use coachee::{CoachRef, Coachee, Consent, Guardian};
pub use codes::*;
pub use employer::{Contact, Employer, KvkNumber};
pub use fields::{FieldTag, PrivacyClass, Record};
pub use followup::EscalationState;
pub use goal::Goal;
pub use ids::{DeviceId, EntityId, EntityKind, ShortCode};
pub use placement::Placement;
pub use policy::Policy;
pub use session::{Acknowledgement, Agreement, AgreementDone, GoalProgress, Session};
pub use status::{Status, StatusChange};
pub use trace::Trace;
pub use validate::{FieldError, ValidationErrors};
