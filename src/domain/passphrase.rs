//! Whether a new passphrase is strong enough. A handover bundle and the recovery key are
//! encrypted with it, and whoever finds the file can guess offline for as long as they like:
//! scrypt makes each guess slow, it does not make a weak phrase strong. Judged with zxcvbn,
//! which knows common passwords, names, keyboard rows, dates and repeats.

use zxcvbn::Score;
use zxcvbn::feedback::Warning;

use crate::message::Msg;

/// zxcvbn's estimate at or above which a passphrase is accepted: more than 10^10 guesses.
pub const MIN_SCORE: Score = Score::Three;

/// Words that say nothing about a passphrase made for this app.
const OBVIOUS: &[&str] = &["stagecoach", "stage", "coach", "coordinator", "jongeren"];

/// Accepts a new passphrase, or says why not and what makes a good one.
pub fn check_new(passphrase: &str) -> Result<(), Msg> {
    let estimate = zxcvbn::zxcvbn(passphrase, OBVIOUS);
    if estimate.score() >= MIN_SCORE {
        return Ok(());
    }
    let why = estimate
        .feedback()
        .and_then(|f| f.warning())
        .map_or("passphrase-weak-guessable", warning_id);
    Err(Msg::new(why))
}

/// The message saying why, for each of zxcvbn's warnings.
fn warning_id(warning: Warning) -> &'static str {
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess
        | Warning::ShortKeyboardPatternsAreEasyToGuess => "passphrase-weak-keyboard",
        Warning::RepeatsLikeAaaAreEasyToGuess
        | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "passphrase-weak-repeats",
        Warning::ThisIsATop10Password
        | Warning::ThisIsATop100Password
        | Warning::ThisIsACommonPassword
        | Warning::ThisIsSimilarToACommonlyUsedPassword => "passphrase-weak-common",
        Warning::SequencesLikeAbcAreEasyToGuess => "passphrase-weak-sequence",
        Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess => {
            "passphrase-weak-date"
        }
        Warning::AWordByItselfIsEasyToGuess => "passphrase-weak-one-word",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
        | Warning::CommonNamesAndSurnamesAreEasyToGuess => "passphrase-weak-name",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_passphrases_are_refused_with_a_reason_and_strong_ones_pass() {
        for weak in [
            "welkom01",
            "qwertyuiop",
            "aaaaaaaaaaaa",
            "wachtwoord",
            "2026-12-01",
            "stagecoach",
        ] {
            assert!(check_new(weak).is_err(), "{weak} accepted");
        }
        for (weak, why) in [
            ("asdfghjkl;'", "passphrase-weak-keyboard"),
            ("welkom01", "passphrase-weak-common"),
            ("aaaaaaaaaaaa", "passphrase-weak-repeats"),
        ] {
            assert_eq!(check_new(weak).unwrap_err().id, why, "{weak}");
        }
        for strong in [
            "vijf rode fietsen op het dak",
            "paard batterij nietje",
            "Tulp-Kano-Grind-79",
        ] {
            assert!(check_new(strong).is_ok(), "{strong} refused");
        }
    }
}
