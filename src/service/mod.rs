//! The one way in for both front ends, the command line and the screen: every user action
//! (`actions`), and what they read to show a coachee (`detail`, `profile`), an employer
//! (`employers`) or the exchange with peers (`exchange`). Both front ends call these, so a
//! save is cleaned, validated and scanned once, and a profile reads the same everywhere.
//!
//! The plain data the screen keeps between frames is re-exported here, so `app/` names no
//! store type: the screen state depends on this layer's vocabulary, not on sled's.

pub mod actions;
pub mod consent;
pub mod detail;
pub mod drafts;
pub mod employers;
pub mod erasure;
pub mod exchange;
pub mod followup;
pub mod inzage;
pub mod profile;
pub mod retention;
pub mod session;

pub use crate::store::drafts::Draft;
pub use crate::store::{CoacheeRow, ContactSummary, CurrentEmployer};
