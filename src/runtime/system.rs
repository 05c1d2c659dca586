//! Whose rules typed text follows: a command line, a path. Both families are plain code, so
//! the Windows rules are tested on Linux too; `System::NATIVE` is the one this was built for.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    /// Linux and macOS.
    Unix,
    Windows,
}

impl System {
    pub const NATIVE: System = if cfg!(windows) {
        System::Windows
    } else {
        System::Unix
    };
}
