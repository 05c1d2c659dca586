//! `--help` and usage errors through the real binary: Dutch by default, English with `--lang en`
//! or the environment, every option explained, clap's English nowhere in the Dutch texts.

mod common;

use common::Env;

/// Runs `args` and returns (exit code, stdout, stderr).
fn run(env: &Env, args: &[&str], lang_env: Option<&str>) -> (i32, String, String) {
    let mut cmd = env.cmd();
    if let Some(lang) = lang_env {
        cmd.env("STAGECOACH_LANG", lang);
    }
    let out = cmd.args(args).output().expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

const CLAP_ENGLISH: [&str; 8] = [
    "Usage:",
    "Commands:",
    "Options:",
    "Arguments:",
    "Print help",
    "[OPTIONS]",
    "[default:",
    "error:",
];

#[test]
fn stagecoach_help_is_dutch() {
    let env = Env::new();
    let (code, out, _) = run(&env, &["--help"], None);
    assert_eq!(code, 0);
    for dutch in [
        "Gebruik: stagecoach [OPTIES] [OPDRACHT]",
        "Opdrachten:",
        "Opties:",
        "Algemene opties:",
        "Leg een contact met een jongere vast",
        "Toon deze uitleg.",
    ] {
        assert!(out.contains(dutch), "{dutch:?} missing in:\n{out}");
    }
    for english in CLAP_ENGLISH
        .iter()
        .chain(&["Log a contact", "Global options"])
    {
        assert!(!out.contains(english), "{english:?} in:\n{out}");
    }
}

#[test]
fn lang_en_help_is_english_and_so_is_the_environment_s() {
    let env = Env::new();
    let (code, out, _) = run(&env, &["--lang", "en", "--help"], None);
    assert_eq!(code, 0);
    for english in [
        "Usage: stagecoach [OPTIONS] [COMMAND]",
        "Commands:",
        "Global options:",
        "Log a contact with a young person",
        "Show this help.",
    ] {
        assert!(out.contains(english), "{english:?} missing in:\n{out}");
    }
    assert!(
        !out.contains("Opdrachten") && !out.contains("Leg een contact"),
        "{out}"
    );
    let (_, from_env, _) = run(&env, &["--help"], Some("en"));
    assert_eq!(from_env, out, "STAGECOACH_LANG=en gives the same help");
    let (_, flag_wins, _) = run(&env, &["--lang=nl", "--help"], Some("en"));
    assert!(
        flag_wins.contains("Opdrachten:"),
        "--lang wins: {flag_wins}"
    );
}

#[test]
fn a_command_s_help_explains_every_option_in_dutch_with_the_global_ones_apart() {
    let env = Env::new();
    let (code, out, _) = run(&env, &["log", "--help"], None);
    assert_eq!(code, 0);
    assert!(
        out.contains("Gebruik: stagecoach log [OPTIES] --type <SOORT> --summary <TEKST> <ID|CODE>"),
        "{out}"
    );
    assert!(
        out.contains("--summary <TEKST>        Het feitelijke verslag van het contact."),
        "{out}"
    );
    assert!(
        out.contains("--wellbeing <CIJFER>     Hoe het met de jongere gaat, 1–5."),
        "{out}"
    );
    let (own, global) = out
        .split_once("Algemene opties:")
        .expect("global options apart");
    assert!(
        own.contains("--escalate") && !own.contains("--data-dir"),
        "{out}"
    );
    assert!(
        global.contains("--data-dir <MAP>") && global.contains("--lang <nl|en>"),
        "{out}"
    );
    // Every option line has a text after its name.
    for line in out.lines().filter(|l| l.trim_start().starts_with('-')) {
        let words = line
            .split_whitespace()
            .filter(|w| !w.starts_with(['-', '<']))
            .count();
        assert!(words > 0, "no help: {line}");
    }
    for english in CLAP_ENGLISH {
        assert!(!out.contains(english), "{english:?} in:\n{out}");
    }
}

#[test]
fn defaults_and_choices_are_noted_in_the_user_s_language() {
    let env = Env::new();
    let (_, out, _) = run(&env, &["report", "--help"], None);
    assert!(
        out.contains("[standaard: md] [keuze: md, csv, xlsx]"),
        "{out}"
    );
    let (_, out, _) = run(&env, &["--lang", "en", "report", "--help"], None);
    assert!(
        out.contains("[default: md] [choices: md, csv, xlsx]"),
        "{out}"
    );
}

#[test]
fn debug_timing_is_offered_only_where_the_screen_opens() {
    let env = Env::new();
    let (_, top, _) = run(&env, &["--help"], None);
    assert!(top.contains("--debug-timing"), "{top}");
    let (_, list, _) = run(&env, &["list", "--help"], None);
    assert!(!list.contains("--debug-timing"), "{list}");
    let (code, _, err) = run(&env, &["list", "coachees", "--debug-timing"], None);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_bad_option_is_a_dutch_usage_error_with_exit_code_two() {
    let env = Env::new();
    let (code, out, err) = run(&env, &["list", "--nope"], None);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.starts_with("Fout: '--nope' kent deze opdracht niet"),
        "{err}"
    );
    assert!(
        err.contains("Gebruik: stagecoach list [OPTIES] <WAT>"),
        "{err}"
    );
    assert!(err.contains("Meer uitleg: stagecoach list --help"), "{err}");
    for english in CLAP_ENGLISH {
        assert!(!err.contains(english), "{english:?} in:\n{err}");
    }
    let (code, _, err) = run(&env, &["--lang", "en", "list", "--nope"], None);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("Error: this command takes no '--nope'"),
        "{err}"
    );
    assert!(
        err.contains("For more information: stagecoach list --help"),
        "{err}"
    );
}

#[test]
fn common_usage_errors_are_worded_in_dutch() {
    let env = Env::new();
    let cases: [(&[&str], &str); 6] = [
        (&["lisst"], "onbekende opdracht 'lisst'"),
        (&["lisst"], "bedoel je 'list'?"),
        (
            &["list", "nonsense"],
            "kies uit: coachees, sessions, employers, placements",
        ),
        (
            &["log"],
            "dit moet je nog opgeven: --type <SOORT>, --summary <TEKST>, <ID|CODE>",
        ),
        (
            &["report", "--mine", "--exact"],
            "'--mine' gaat niet samen met '--exact'",
        ),
        (
            &[
                "log",
                "K7F3",
                "--type",
                "intake",
                "--summary",
                "x",
                "--minutes",
                "veel",
            ],
            "'veel' past niet bij '--minutes <MINUTEN>'",
        ),
    ];
    for (args, expected) in cases {
        let (code, _, err) = run(&env, args, None);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains(expected),
            "{args:?}: {expected:?} missing in:\n{err}"
        );
    }
}

#[test]
fn the_version_is_printed_as_before() {
    let env = Env::new();
    let (code, out, _) = run(&env, &["--version"], None);
    assert_eq!(code, 0);
    assert!(out.starts_with("stagecoach "), "{out}");
}

#[test]
fn what_was_typed_comes_back_without_escape_sequences() {
    let env = Env::new();
    let (code, _, err) = run(&env, &["list", "--\x1b]0;PWNED\x07"], None);
    assert_eq!(code, 2);
    assert!(!err.contains('\x1b') && !err.contains('\x07'), "{err:?}");
    assert!(err.contains("kent deze opdracht niet"), "{err}");
}
