//! The tabs of the screen, each with its own state and the actions it takes.

pub mod agenda;
pub mod caseload;
pub mod employers;
pub mod exchange;
pub mod overview;
