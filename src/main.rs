//! The `stagecoach` binary: parse the command line, set up logging, run, map errors to exit codes.

use std::process::ExitCode;

use stagecoach::cli::help::Parsed;
use stagecoach::cli::{self, Cli, Context, Output};
use stagecoach::i18n::Lang;
use stagecoach::{Msg, clock, paths};

fn main() -> ExitCode {
    // The screen's first-frame figure counts from here, as the user waits from here.
    let started = std::time::Instant::now();
    // Data about minors: whatever stagecoach creates is private to the user. (Windows has no
    // umask and no SIGPIPE: files there inherit the user profile's ACL, see store/private.rs.)
    // SAFETY (both calls): process-wide settings made before any thread starts.
    #[cfg(unix)]
    unsafe {
        libc::umask(0o077);
        // `stagecoach list … | head` must end quietly, as other command-line tools do.
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // Before anything is printed: help and errors are drawn in these symbols too.
    stagecoach::glyphs::choose(stagecoach::glyphs::Symbols::for_this_console());
    let cli = match read_command_line() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    // --lang or STAGECOACH_LANG, else what the user last chose on the screen.
    let lang = cli
        .lang
        .or_else(|| stagecoach::preferences::Preferences::here().language)
        .unwrap_or_default();
    let out = Output { lang };
    let data_dir = match cli.data_dir.clone() {
        Some(dir) => dir,
        None => match paths::default_data_dir() {
            Some(local) => move_earlier_data(local, out),
            None => {
                out.error_line(&lang.render(&Msg::new("no-data-dir")));
                return ExitCode::FAILURE;
            }
        },
    };
    let _log_guard = start_logging(&data_dir);
    let _progress = cli::progress_bar::on_terminal(lang);
    install_panic_hook(lang);
    let ctx = Context {
        data_dir,
        out,
        today: clock::today(),
        debug_timing: cli.debug_timing,
        started,
    };
    let outcome = cli::run(cli, &ctx);
    if let Err(failure) = &outcome {
        ctx.out.error_line(&cli::describe(failure, lang));
    }
    // The screen ended on SIGTERM, SIGHUP or SIGINT, with its draft saved and the terminal
    // given back: the exit code says so, as a shell would for a process the signal ended.
    if let Some(signal) = stagecoach::runtime::signals::ended_by() {
        return ExitCode::from(stagecoach::runtime::signals::exit_code(signal));
    }
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

/// Moves a database from where earlier versions kept it (Windows' roaming profile) to the
/// local data dir, and says so. A move that fails is said too, and this start keeps using the
/// earlier folder, whole as it was. Returns the folder to use. Before logging starts: the log
/// lives in the data dir being moved.
fn move_earlier_data(local: std::path::PathBuf, out: Output) -> std::path::PathBuf {
    let Some(earlier) = paths::earlier_data_dir() else {
        return local;
    };
    let (said, used) = match paths::move_earlier_data(&earlier, &local) {
        Ok(false) => return local,
        Ok(true) => (Msg::new("data-moved-local"), local.clone()),
        Err(_) => (Msg::new("data-move-failed"), earlier.clone()),
    };
    let said = said
        .arg("from", earlier.display())
        .arg("to", local.display());
    out.error_line(&out.lang.render(&said));
    used
}

/// The command line, or the exit code once help, the version or a usage error is printed:
/// all three in the language the command line asks for.
fn read_command_line() -> Result<Cli, ExitCode> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let out = Output {
        lang: cli::help::requested_lang(&args),
    };
    match cli::help::parse(&args, out.lang) {
        Parsed::Run(cli) => Ok(*cli),
        Parsed::Show(shown) => {
            let text = shown.render().to_string();
            if shown.use_stderr() {
                out.error_line(text.trim_end());
            } else {
                out.print(&text);
            }
            Err(ExitCode::from(u8::try_from(shown.exit_code()).unwrap_or(2)))
        }
        Parsed::Refuse(text) => {
            out.error_line(text.trim_end());
            Err(ExitCode::from(2))
        }
    }
}

/// Logs go to a file per day in the data directory (`logs/stagecoach.YYYY-MM-DD.log`, the last
/// 14 kept), once it holds a database: logging never creates folders of its own. Log lines
/// carry counts and timings, never names or texts.
fn start_logging(data_dir: &std::path::Path) -> Option<()> {
    if !stagecoach::store::Store::exists(data_dir) {
        return None;
    }
    // A read-only data dir must not stop the command: the command itself reports the problem.
    // The folder is made first: the appender prunes old files on start and prints an error of
    // its own to the terminal when the folder is not there yet.
    let logs = data_dir.join("logs");
    std::fs::create_dir_all(&logs).ok()?;
    let appender = tracing_appender::rolling::RollingFileAppender::builder()
        .rotation(tracing_appender::rolling::Rotation::DAILY)
        .max_log_files(14)
        .filename_prefix("stagecoach")
        .filename_suffix("log")
        .build(logs)
        .ok()?;
    tracing_subscriber::fmt()
        .with_writer(appender)
        .with_ansi(false)
        .with_max_level(tracing::Level::INFO)
        .try_init()
        .ok()
}

/// A panic message may contain data being processed; show a fixed text instead of the payload.
fn install_panic_hook(lang: Lang) {
    let _ = color_eyre::config::HookBuilder::default()
        .display_env_section(false)
        .panic_message(PanicText::new(lang))
        .install();
}

/// The panic text, rendered when the hook is installed: rendering at panic time could re-enter
/// the translations while they are the thing that panicked, and hang instead of exiting.
struct PanicText(String);

const PLACE_MARK: &str = "\u{1}place\u{1}";

impl PanicText {
    fn new(lang: Lang) -> Self {
        PanicText(lang.render(&Msg::new("panic").arg("place", PLACE_MARK)))
    }
}

impl color_eyre::section::PanicMessage for PanicText {
    fn display(
        &self,
        info: &std::panic::PanicHookInfo<'_>,
        f: &mut std::fmt::Formatter<'_>,
    ) -> std::fmt::Result {
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!(place, "panic");
        write!(f, "{}", self.0.replace(PLACE_MARK, &place))
    }
}
