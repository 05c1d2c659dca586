//! Which backups to keep: the newest few, and one per week for some weeks, with every file a
//! kept one builds on. Read from `[backups]` in `config.toml`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::chain::Point;

const WEEK_MS: i64 = 7 * 24 * 3600 * 1000;

/// How many restore points are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// The newest this many backups.
    pub keep_last: usize,
    /// And the newest backup of each of this many weeks back from now.
    pub keep_weeks: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            keep_last: 10,
            keep_weeks: 8,
        }
    }
}

/// The part of `config.toml` read here; the other sections belong to the screen.
#[derive(Deserialize)]
struct ConfigFile {
    #[serde(default)]
    backups: Option<Policy>,
}

impl Policy {
    /// The policy in a `config.toml`'s `[backups]` section; the defaults when there is none or
    /// it cannot be read (the screen reports a broken config file when it opens).
    pub fn from_config_text(text: &str) -> Policy {
        toml::from_str::<ConfigFile>(text)
            .ok()
            .and_then(|c| c.backups)
            .map(|p| Policy {
                // The backup just made is always kept.
                keep_last: p.keep_last.max(1),
                ..p
            })
            .unwrap_or_default()
    }

    /// The user's `config.toml`.
    pub fn from_user_config() -> Policy {
        crate::paths::config_dir()
            .map(|dir| dir.join("config.toml"))
            .and_then(|path| std::fs::read_to_string(path).ok())
            .map_or_else(Policy::default, |text| Policy::from_config_text(&text))
    }
}

/// The files to delete from `points` (one folder's backups) at `now_ms`. `keep` is always kept
/// (the backup just written), and so is every file a kept restore point needs.
pub fn doomed(points: &[Point], now_ms: i64, policy: Policy, keep: &Path) -> Vec<PathBuf> {
    let mut newest_first: Vec<&Point> = points.iter().collect();
    newest_first.sort_by_key(|p| std::cmp::Reverse((p.clear.made_at, p.clear.index)));
    let mut kept: Vec<&Point> = newest_first
        .iter()
        .take(policy.keep_last)
        .copied()
        .collect();
    for week in 0..i64::from(policy.keep_weeks) {
        let (from, to) = (now_ms - (week + 1) * WEEK_MS, now_ms - week * WEEK_MS);
        if let Some(point) = newest_first
            .iter()
            .copied()
            .find(|p| p.clear.made_at > from && p.clear.made_at <= to)
        {
            kept.push(point);
        }
    }
    kept.extend(points.iter().filter(|p| p.path == keep));
    let needed: BTreeSet<&Path> = points
        .iter()
        .filter(|p| {
            kept.iter()
                .any(|k| k.clear.chain == p.clear.chain && p.clear.index <= k.clear.index)
        })
        .map(|p| p.path.as_path())
        .collect();
    points
        .iter()
        .filter(|p| !needed.contains(p.path.as_path()))
        .map(|p| p.path.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::backup::format::Clear;

    const DAY: i64 = 24 * 3600 * 1000;

    fn point(chain: u8, index: u32, made_at: i64) -> Point {
        Point {
            path: PathBuf::from(format!("c{chain}-{index}")),
            clear: Clear {
                chain: [chain; 16],
                index,
                made_at,
                recovery: None,
            },
        }
    }

    fn names(paths: Vec<PathBuf>) -> Vec<String> {
        paths.iter().map(|p| p.display().to_string()).collect()
    }

    #[test]
    fn the_last_ten_and_one_a_week_are_kept_with_the_files_they_build_on() {
        let now = 100 * DAY;
        let mut points = Vec::new();
        // A chain a week for twelve weeks, a full backup and six increments each, a day apart.
        for week in 0..12u8 {
            let start = now - i64::from(12 - week) * 7 * DAY + DAY / 2;
            for index in 0..7 {
                points.push(point(week, index, start + i64::from(index) * DAY));
            }
        }
        let newest = points.last().unwrap().path.clone();
        let gone = names(doomed(&points, now, Policy::default(), &newest));
        // Weeks 0–3 (more than eight weeks back) go entirely.
        for week in 0..4 {
            for index in 0..7 {
                assert!(gone.contains(&format!("c{week}-{index}")), "{gone:?}");
            }
        }
        // Each of the last eight weeks keeps its newest point, and so its whole chain.
        for week in 4..12 {
            for index in 0..7 {
                assert!(!gone.contains(&format!("c{week}-{index}")), "{gone:?}");
            }
        }
        assert_eq!(gone.len(), 4 * 7);
    }

    #[test]
    fn a_short_policy_keeps_the_newest_and_what_it_needs() {
        let now = 10 * DAY;
        let points: Vec<Point> = (0..6)
            .map(|i| point(1, i, now - 6 * DAY + i64::from(i)))
            .collect();
        let policy = Policy {
            keep_last: 1,
            keep_weeks: 0,
        };
        let newest = points[5].path.clone();
        assert!(
            doomed(&points, now, policy, &newest).is_empty(),
            "a chain is kept whole"
        );
        let mut two_chains = points.clone();
        two_chains.push(point(2, 0, now));
        let gone = doomed(&two_chains, now, policy, Path::new("c2-0"));
        assert_eq!(gone.len(), 6, "the older chain goes");
    }

    #[test]
    fn the_policy_comes_from_the_backups_section() {
        let text = "[keys]\nquit = [\"q\"]\n\n[backups]\nkeep_last = 3\nkeep_weeks = 2\n";
        assert_eq!(
            Policy::from_config_text(text),
            Policy {
                keep_last: 3,
                keep_weeks: 2
            }
        );
        assert_eq!(Policy::from_config_text("[keys]\n"), Policy::default());
        assert_eq!(
            Policy::from_config_text("[backups]\nkeep_last = \"ten\"\n"),
            Policy::default()
        );
        assert_eq!(
            Policy::from_config_text("[backups]\nkeep_last = 0\n").keep_last,
            1
        );
    }
}
