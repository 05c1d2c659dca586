//! Where the data lives: `--data-dir`, else `STAGECOACH_DATA_DIR`, else the platform's data dir.

use std::path::PathBuf;

pub const DATA_DIR_ENV: &str = "STAGECOACH_DATA_DIR";

/// The platform's data directory for stagecoach (e.g. `~/.local/share/stagecoach` on Linux).
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "stagecoach", "stagecoach")
        .map(|d| d.data_dir().to_path_buf())
}

/// The platform's config directory (for `config.toml`).
pub fn config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "stagecoach", "stagecoach")
        .map(|d| d.config_dir().to_path_buf())
}
