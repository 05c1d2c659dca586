//! stagecoach: the caseload, session log and sync of student coaches in Dutch youth-to-work
//! programmes, kept offline in one embedded database per laptop.
//!
//! Layers, from the inside out (docs/ARCHITECTURE.md draws the tree and follows one save):
//! - [`domain`]: pure types and rules (records, status pipeline, validation, dates, privacy).
//! - [`store`]: the sled database: op log, hybrid logical clock, materialised views, backups.
//! - [`sync`]: this device's keys, peers' cards and trust; bundles out and in; the drop folder;
//!   conflicts two devices left side by side.
//! - [`service`]: the one way in for both front ends: every user action, and what the screen
//!   and `show` read (a coachee's detail and profile, the stage-visit template, the tabs' data).
//! - [`demo`]: a realistic, fictional programme for trying the tool.
//! - [`app`]: the screen's pure state machine (keys, layers, tabs, forms → effects).
//! - [`runtime`]: what the screen needs from the world: the terminal loop, effects run through
//!   `service`, `$EDITOR`, signals.
//! - [`ui`]: drawing an `App` into a frame, and nothing else.
//! - [`cli`], [`i18n`] and [`message`]: the command line and the Dutch/English messages.
//! - [`config`], [`paths`], [`clock`], [`text`]: the user's settings, where data lives, today,
//!   text widths.

pub mod app;
pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod domain;
mod error;
pub mod glyphs;
pub mod i18n;
pub mod message;
pub mod paths;
pub mod preferences;
pub mod progress;
pub mod report;
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
