//! stagecoach: the caseload, session log and sync of student coaches in Dutch youth-to-work
//! programmes, kept offline in one embedded database per laptop.
//!
//! Layers, from the inside out:
//! - [`domain`]: pure types and rules (records, status pipeline, validation, dates, privacy).
//! - [`store`]: the sled database: op log, hybrid logical clock, materialised views, backups.
//! - [`caseload`]: the things a coach does (add a coachee, log a session, change a status),
//!   shared by the command line and the terminal UI.
//! - [`conflicts`]: concurrent edits that sync kept side by side, and settling them.
//! - [`sync`]: this device's keys, peers' cards and trust; bundles out and in; the drop folder.
//! - [`demo`]: a realistic, fictional programme for trying the tool.
//! - [`cli`] and [`i18n`]: the command line and the Dutch/English messages.

pub mod app;
pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod domain;
mod error;
pub mod i18n;
pub mod message;
pub mod paths;
pub mod runtime;
pub mod service;
pub mod store;
pub mod sync;
pub mod text;
pub mod ui;

pub use error::Error;
pub use message::Msg;

/// sled clones and frees a tree node on nearly every write, so the allocator is on the hot
/// path of every import and rebuild; mimalloc halves that cost against glibc's malloc.
/// Declared in the library so the binary, the tests and the benchmarks all use it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
