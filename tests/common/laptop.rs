//! A laptop in the coach ↔ coordinator tests: init with a name and role, cards, bundles both
//! ways, and the lists the tests compare.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::Env;

/// One person's laptop: a data dir with an identity, driven through the real binary.
pub struct Laptop {
    pub env: Env,
    pub name: &'static str,
}

impl Laptop {
    pub fn new(role: &str, name: &'static str) -> Self {
        let env = Env::new();
        env.ok(&["init", "--name", name, "--role", role]);
        Laptop { env, name }
    }

    pub fn ok(&self, args: &[&str]) -> String {
        self.env.ok(args)
    }

    pub fn card(&self) -> PathBuf {
        self.env.card(&format!("{}.card", self.name))
    }

    pub fn trust(&self, other: &Laptop) {
        self.ok(&["trust", other.card().to_str().unwrap()]);
    }

    /// Exports into a fresh folder and returns the bundle files written.
    pub fn export(&self, extra: &[&str]) -> Vec<PathBuf> {
        let folder = tempfile::tempdir().unwrap().keep();
        let mut args = vec!["export", "--to", folder.to_str().unwrap()];
        args.extend_from_slice(extra);
        self.ok(&args);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        files
    }

    pub fn import(&self, file: &Path, extra: &[&str]) -> Value {
        let mut args = vec!["import", file.to_str().unwrap(), "--json"];
        args.extend_from_slice(extra);
        serde_json::from_str(&self.ok(&args)).expect("import --json")
    }

    pub fn coachees(&self) -> Vec<Value> {
        self.env
            .json(&["list", "coachees", "--json"])
            .as_array()
            .unwrap()
            .clone()
    }

    pub fn codes(&self) -> Vec<String> {
        let mut codes: Vec<String> = self
            .coachees()
            .iter()
            .map(|c| c["code"].as_str().unwrap().to_string())
            .collect();
        codes.sort();
        codes
    }

    /// Sessions as every device may see them: the coach's own note is not shared.
    pub fn shared_sessions(&self) -> Vec<Value> {
        let mut sessions: Vec<Value> = self
            .env
            .json(&["list", "sessions", "--json"])
            .as_array()
            .unwrap()
            .iter()
            .cloned()
            .map(|mut s| {
                s.as_object_mut().unwrap().remove("coach_note");
                s
            })
            .collect();
        sessions.sort_by_key(|s| s["id"].as_str().unwrap().to_string());
        sessions
    }

    pub fn conflicts(&self) -> Vec<Value> {
        self.env
            .json(&["conflicts", "--json"])
            .as_array()
            .unwrap()
            .clone()
    }
}

pub fn bundle_for<'a>(files: &'a [PathBuf], name: &str) -> &'a Path {
    files
        .iter()
        .find(|f| f.file_name().unwrap().to_str().unwrap().starts_with(name))
        .unwrap_or_else(|| panic!("no bundle for {name} in {files:?}"))
}

/// Sends everything new from `from` to `to`: `from`'s bundle for `to`, imported there.
pub fn send(from: &Laptop, to: &Laptop) -> Value {
    let out = from.export(&[]);
    to.import(bundle_for(&out, &to.name.to_lowercase()), &[])
}

/// The reasons of the ops an import plan refused, in order.
pub fn refusal_reasons(plan: &Value) -> Vec<String> {
    plan["refused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reason"].as_str().unwrap().to_string())
        .collect()
}
