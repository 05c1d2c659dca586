//! The command line's own texts in the user's language: `--help`, usage lines and usage errors
//! come from `assets/i18n/<lang>/cli.ftl`, clap's English being only the fallback for an error
//! kind this module does not know.
//!
//! Message ids follow the command tree: `cli-about` for `stagecoach` itself, `cli-cmd-PATH`
//! for a subcommand (`cli-cmd-add-coachee`), `cli-arg-PATH--ARG` for an argument
//! (`cli-arg-log--summary`, `cli-arg--data-dir` for the top level and the global options) and
//! `cli-value-NAME` for a value's placeholder (`<DATUM>`).

use std::ffi::OsString;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::Msg;
use crate::i18n::{LANG_ENV, Lang};

/// What reading the command line came to.
pub enum Parsed {
    Run(Box<Cli>),
    /// Help or the version, already in the user's language, or an error this module cannot
    /// word: clap renders it and knows the exit code and the stream.
    Show(clap::Error),
    /// A usage error in the user's language, for stderr; the exit code is 2, as clap's.
    Refuse(String),
}

/// Reads the command line (`args` with the program name first) in `lang`, the language it
/// asks for ([`requested_lang`]).
pub fn parse(args: &[OsString], lang: Lang) -> Parsed {
    let mut cmd = command(lang);
    let outcome = cmd
        .try_get_matches_from_mut(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match outcome {
        Ok(cli) => Parsed::Run(Box::new(cli)),
        Err(err) => match usage_error(&err, lang, addressed(&mut cmd, args)) {
            Some(text) => Parsed::Refuse(text),
            None => Parsed::Show(err),
        },
    }
}

/// The language the messages about the command line itself must be in, known before clap has
/// parsed anything: `--lang` wins over the environment, as clap's own reading of it does, and
/// both over the config's `[screen] language`. A value that is no language leaves the choice
/// to the environment, so its error is readable.
pub fn requested_lang(args: &[OsString]) -> Lang {
    let mut rest = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(arg) = rest.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => rest.next(),
            Some(tail) => tail.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(Lang::parse) {
            return lang;
        }
    }
    std::env::var(LANG_ENV)
        .ok()
        .and_then(|v| Lang::parse(&v))
        // Else the language last chosen on the screen, as for every other message.
        .or_else(|| crate::preferences::Preferences::here().language)
        .unwrap_or_default()
}

/// The whole command tree with every text in `lang`, built (global options propagated).
pub fn command(lang: Lang) -> Command {
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .global(true)
        .action(ArgAction::Help);
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version);
    let cmd = Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(help)
        .arg(version);
    let mut cmd = localise(cmd, "", lang);
    cmd.build();
    finish(cmd, lang)
}

/// Texts that clap adds itself, or that depend on the tree being built, set last.
fn finish(mut cmd: Command, lang: Lang) -> Command {
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .split_once(' ')
        .map_or(usage.as_str(), |(_, u)| u)
        .replace("[OPTIONS]", &lang.text("cli-usage-options"));
    cmd = cmd.override_usage(usage);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = if name == "help" {
            cmd.mut_subcommand(&name, |help| help.about(lang.text("cli-cmd-help")))
        } else {
            cmd.mut_subcommand(&name, |sub| finish(sub, lang))
        };
    }
    cmd
}

fn localise(cmd: Command, path: &str, lang: Lang) -> Command {
    let usage_style = cmd.get_styles().get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage_style.render(),
        lang.text("cli-heading-usage"),
        usage_style.render_reset()
    );
    let mut cmd = cmd
        .about(lang.text(&about_id(path)))
        .long_about(None)
        .help_template(StyledStr::from(template))
        .subcommand_help_heading(lang.text("cli-heading-commands"))
        .subcommand_value_name(lang.text("cli-value-command"))
        .mut_args(|arg| localise_arg(arg, path, lang));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = sub_path(path, &name);
        cmd = cmd.mut_subcommand(&name, |sub| localise(sub, &sub_path, lang));
    }
    cmd
}

/// An argument's help with clap's bracketed notes (`[default: …]`) rewritten in `lang`, under
/// a heading of its kind, so that the global options stand apart.
fn localise_arg(arg: Arg, path: &str, lang: Lang) -> Arg {
    let mut help = lang.text(&arg_id(path, &arg));
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        let note = Msg::new("cli-note-default").arg("value", defaults.join(", "));
        help = format!("{help} {}", lang.render(&note));
    }
    let choices: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !choices.is_empty() && arg.get_action().takes_values() {
        let note = Msg::new("cli-note-choices").arg("values", choices.join(", "));
        help = format!("{help} {}", lang.render(&note));
    }
    if let Some(env) = arg.get_env() {
        let note = Msg::new("cli-note-env").arg("name", env.to_string_lossy());
        help = format!("{help} {}", lang.render(&note));
    }
    let heading = if arg.is_global_set() {
        "cli-heading-global"
    } else if arg.is_positional() {
        "cli-heading-arguments"
    } else {
        "cli-heading-options"
    };
    let value_names: Vec<String> = value_names(&arg)
        .iter()
        .map(|name| lang.text(&value_id(name)))
        .collect();
    let arg = arg
        .help(help)
        .long_help(None)
        .help_heading(lang.text(heading));
    if value_names.is_empty() {
        return arg;
    }
    arg.value_names(value_names)
        .hide_default_value(true)
        .hide_possible_values(true)
        .hide_env(true)
}

fn sub_path(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}-{name}")
    }
}

fn about_id(path: &str) -> String {
    if path.is_empty() {
        "cli-about".to_string()
    } else {
        format!("cli-cmd-{path}")
    }
}

fn arg_id(path: &str, arg: &Arg) -> String {
    let name = arg
        .get_long()
        .map_or_else(|| arg.get_id().as_str().replace('_', "-"), str::to_string);
    if path.is_empty() {
        format!("cli-arg--{name}")
    } else {
        format!("cli-arg-{path}--{name}")
    }
}

/// The placeholders of an argument's values; clap would name them after the field (`NAME`)
/// only when building, which is too late to translate them.
fn value_names(arg: &Arg) -> Vec<String> {
    if !arg.get_action().takes_values() {
        return Vec::new();
    }
    match arg.get_value_names() {
        Some(names) => names.iter().map(ToString::to_string).collect(),
        None => vec![arg.get_id().as_str().to_uppercase()],
    }
}

/// `ID|CODE` → `cli-value-id-code`: Fluent ids take no `|`, and case is not worth a second id.
fn value_id(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("cli-value-{name}")
}

/// The (sub)command the command line was meant for, found by its words, as clap's errors
/// about a value do not say.
fn addressed<'a>(cmd: &'a mut Command, args: &[OsString]) -> &'a mut Command {
    let mut names = args.iter().skip(1).filter_map(|a| a.to_str());
    let mut cmd = cmd;
    loop {
        let next = names
            .by_ref()
            .take_while(|word| *word != "--")
            .find(|word| cmd.find_subcommand(word).is_some());
        let Some(name) = next else {
            return cmd;
        };
        cmd = cmd.find_subcommand_mut(name).expect("found just now");
    }
}

/// A usage error in `lang`: what is wrong, a suggestion when clap has one, the usage line and
/// where to read more. `None` for a kind clap must word itself.
fn usage_error(err: &clap::Error, lang: Lang, cmd: &mut Command) -> Option<String> {
    let text = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) if !list.is_empty() => Some(list.join(", ")),
        _ => None,
    };
    let arg = || text(ContextKind::InvalidArg);
    let value = || text(ContextKind::InvalidValue);
    let msg = match err.kind() {
        ErrorKind::UnknownArgument => Msg::new("cli-error-unknown-argument").arg("arg", arg()?),
        ErrorKind::InvalidSubcommand => Msg::new("cli-error-unknown-command")
            .arg("command", text(ContextKind::InvalidSubcommand)?),
        ErrorKind::InvalidValue if value()?.is_empty() => {
            Msg::new("cli-error-value-missing").arg("arg", arg()?)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => Msg::new("cli-error-invalid-value")
            .arg("arg", arg()?)
            .arg("value", value()?),
        ErrorKind::TooManyValues => Msg::new("cli-error-unexpected-value")
            .arg("arg", arg()?)
            .arg("value", value()?),
        ErrorKind::MissingRequiredArgument => Msg::new("cli-error-missing").arg("args", arg()?),
        ErrorKind::MissingSubcommand => Msg::new("cli-error-missing-command")
            .arg("command", text(ContextKind::InvalidSubcommand)?),
        ErrorKind::ArgumentConflict => {
            let first = arg()?;
            match text(ContextKind::PriorArg) {
                Some(prior) if prior != first => Msg::new("cli-error-conflict")
                    .arg("arg", first)
                    .arg("other", prior),
                _ => Msg::new("cli-error-repeated").arg("arg", first),
            }
        }
        ErrorKind::InvalidUtf8 => Msg::new("cli-error-not-utf8"),
        // Help and the version arrive as errors too: they are printed as they are.
        _ => return None,
    };
    let mut out = lang.render(&Msg::new("cli-error").arg("message", lang.render(&msg)));
    if let Some(choices) =
        text(ContextKind::ValidValue).or_else(|| text(ContextKind::ValidSubcommand))
    {
        let note = Msg::new("cli-error-choices").arg("values", choices);
        out = format!("{out}\n  {}", lang.render(&note));
    }
    let suggestion = text(ContextKind::SuggestedSubcommand)
        .or_else(|| text(ContextKind::SuggestedArg))
        .or_else(|| text(ContextKind::SuggestedValue));
    if let Some(suggestion) = suggestion {
        let note = Msg::new("cli-error-did-you-mean").arg("suggestion", suggestion);
        out = format!("{out}\n\n  {}", lang.render(&note));
    }
    let usage = cmd.render_usage().to_string();
    if let Some((_, usage)) = usage.split_once(' ') {
        out = format!(
            "{out}\n\n{} {}",
            lang.text("cli-heading-usage"),
            usage.trim()
        );
    }
    let command = cmd.get_bin_name().unwrap_or("stagecoach").to_string();
    let more = Msg::new("cli-error-more-help").arg("command", command);
    Some(format!("{out}\n\n{}\n", lang.render(&more)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every id the command tree asks for, from the derive's own tree (before translation).
    fn wanted_ids() -> BTreeSet<String> {
        fn walk(cmd: &Command, path: &str, ids: &mut BTreeSet<String>) {
            ids.insert(about_id(path));
            for arg in cmd.get_arguments() {
                ids.insert(arg_id(path, arg));
                ids.extend(value_names(arg).iter().map(|name| value_id(name)));
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &sub_path(path, sub.get_name()), ids);
            }
        }
        let mut ids = BTreeSet::new();
        walk(&Cli::command(), "", &mut ids);
        ids.extend(["cli-arg--help", "cli-arg--version", "cli-cmd-help"].map(String::from));
        ids
    }

    fn ids_in_cli_ftl(lang: &str) -> BTreeSet<String> {
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/i18n")
            .join(lang)
            .join("cli.ftl");
        std::fs::read_to_string(file)
            .unwrap()
            .lines()
            .filter(|line| line.starts_with("cli-"))
            .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_string()))
            .collect()
    }

    #[test]
    fn the_translated_tree_passes_clap_s_own_checks_in_both_languages() {
        for lang in Lang::ALL {
            let mut cmd = command(lang);
            cmd.clone().debug_assert();
            assert!(
                cmd.render_help()
                    .to_string()
                    .contains(&lang.text("cli-heading-global"))
            );
        }
    }

    #[test]
    fn the_language_is_read_before_parsing_and_the_command_line_wins() {
        let args = |list: &[&str]| -> Vec<OsString> { list.iter().map(OsString::from).collect() };
        assert_eq!(
            requested_lang(&args(&["stagecoach", "--lang", "en", "--help"])),
            Lang::En
        );
        assert_eq!(
            requested_lang(&args(&["stagecoach", "list", "--lang=en"])),
            Lang::En
        );
        // After `--` it is a value, not an option.
        let after = args(&["stagecoach", "log", "K7F3", "--", "--lang", "en"]);
        let from_env = std::env::var(LANG_ENV).ok().and_then(|v| Lang::parse(&v));
        assert_eq!(requested_lang(&after), from_env.unwrap_or_default());
    }

    #[test]
    fn a_usage_error_is_worded_in_the_language_asked_for() {
        let args = |list: &[&str]| -> Vec<OsString> { list.iter().map(OsString::from).collect() };
        let Parsed::Refuse(text) = parse(&args(&["stagecoach", "list", "--nope"]), Lang::Nl) else {
            panic!("--nope was taken");
        };
        assert!(text.contains("'--nope' kent deze opdracht niet"), "{text}");
        assert!(
            text.contains("Gebruik: stagecoach list [OPTIES] <WAT>"),
            "{text}"
        );
        assert!(
            text.contains("Meer uitleg: stagecoach list --help"),
            "{text}"
        );
    }

    #[test]
    fn every_command_and_argument_has_a_text_in_both_languages() {
        let missing: Vec<String> = wanted_ids()
            .into_iter()
            .flat_map(|id| {
                Lang::ALL
                    .into_iter()
                    .filter(|lang| !lang.has(&id))
                    .map(|lang| format!("{id} ({})", lang.code()))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
    }

    #[test]
    fn no_text_is_left_over_from_a_command_or_argument_that_is_gone() {
        let wanted = wanted_ids();
        for lang in ["nl", "en"] {
            let unused: Vec<String> = ids_in_cli_ftl(lang)
                .into_iter()
                .filter(|id| {
                    ["cli-cmd-", "cli-arg-", "cli-value-"]
                        .iter()
                        .any(|p| id.starts_with(p))
                })
                .filter(|id| id != "cli-value-command" && !wanted.contains(id))
                .collect();
            assert!(unused.is_empty(), "unused in {lang}/cli.ftl: {unused:?}");
        }
    }
}
