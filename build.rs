//! Rebuild when a translation file is added (the i18n macro only tracks files it already
//! knows), and stamp the binary with the commit and the day it was built, for `--version`.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=assets/i18n");
    println!("cargo:rerun-if-changed=assets/i18n/nl");
    println!("cargo:rerun-if-changed=assets/i18n/en");
    println!("cargo:rustc-env=STAGECOACH_COMMIT={}", commit());
    println!("cargo:rustc-env=STAGECOACH_BUILD_DATE={}", build_date());
}

/// The commit built, with `-dirty` when the work tree had changes; `unknown` outside a
/// checkout (a crate unpacked by `cargo install`).
fn commit() -> String {
    for watched in [".git/HEAD", ".git/index", ".git/packed-refs"] {
        println!("cargo:rerun-if-changed={watched}");
    }
    if let Ok(head) = std::fs::read_to_string(".git/HEAD")
        && let Some(branch) = head.strip_prefix("ref: ")
    {
        println!("cargo:rerun-if-changed=.git/{}", branch.trim());
    }
    // Only this checkout's own history: a crate unpacked by `cargo install` may sit inside
    // someone else's repository.
    if !std::path::Path::new(".git").exists() {
        return "unknown".to_string();
    }
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|out| out.status.success())
            .and_then(|out| String::from_utf8(out.stdout).ok())
            .map(|text| text.trim().to_string())
    };
    match git(&["rev-parse", "--short=10", "HEAD"]) {
        Some(hash)
            if git(&["status", "--porcelain", "--untracked-files=no"])
                .is_some_and(|changes| !changes.is_empty()) =>
        {
            format!("{hash}-dirty")
        }
        Some(hash) => hash,
        None => "unknown".to_string(),
    }
}

/// Today, or the day `SOURCE_DATE_EPOCH` names, so that a reproducible build says the same.
fn build_date() -> String {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let at = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|secs| secs.parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .unwrap_or_else(chrono::Utc::now);
    at.format("%Y-%m-%d").to_string()
}
