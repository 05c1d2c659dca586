//! Free-text privacy scan: possible BSNs and special-category words the coaching log must not hold.

use crate::message::Msg;
use SensitiveCategory::{Criminal, Ethnicity, Health, Politics, Religion, Sexuality};

/// Something in free text that looks like data the coaching log should not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SensitiveFinding {
    /// A 9-digit number that passes the elfproef, so it may be a BSN.
    /// Never carries the number itself.
    PossibleBsn,
    /// A word from a special category; carries the matched word as typed (e.g. "ADHD")
    /// and its category.
    SpecialCategory {
        word: String,
        category: SensitiveCategory,
    },
}

/// Special categories of personal data (AVG art. 9 and 10); union membership counts as politics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SensitiveCategory {
    Health,
    Religion,
    Criminal,
    Ethnicity,
    Sexuality,
    Politics,
}

impl SensitiveCategory {
    pub const ALL: &'static [SensitiveCategory] =
        &[Health, Religion, Criminal, Ethnicity, Sexuality, Politics];

    /// The Fluent id of the category's display label.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Health => "sensitive-category-health",
            Self::Religion => "sensitive-category-religion",
            Self::Criminal => "sensitive-category-criminal",
            Self::Ethnicity => "sensitive-category-ethnicity",
            Self::Sexuality => "sensitive-category-sexuality",
            Self::Politics => "sensitive-category-politics",
        }
    }

    /// The stable code; also the value the warning's Fluent select expression switches on.
    pub fn code(self) -> &'static str {
        self.label_id().trim_start_matches("sensitive-category-")
    }
}

impl SensitiveFinding {
    pub fn message(&self) -> Msg {
        match self {
            Self::PossibleBsn => Msg::new("sensitive-possible-bsn"),
            Self::SpecialCategory { word, category } => Msg::new("sensitive-special-category")
                .arg("word", word)
                .arg("category", category.code()),
        }
    }
}

const PREFIX: bool = false;
const WHOLE: bool = true;

/// (lowercase stem, category, whole_word_only). Stems match at the start of a word or of a
/// hyphenated part ("jeugd-ggz"), so inflections match ("autis" → "autistisch"); WHOLE marks stems
/// whose longer forms are ordinary words ("kerk" vs "Kerkstraat", "homo" vs "homogeen", "afkomst"
/// vs "afkomstig").
///
/// Deliberate trade-offs, because a warning that fires all the time stops being read:
/// - Compounds with the sensitive part at the end ("kinderpsychiater", "jeugdggz") are missed.
/// - Some work words are still flagged: "diagnosebank" (car diagnostics) matches "diagnos".
///   Accepted: a needless warning costs a glance, a missed diagnosis costs more. The stems do avoid
///   "medewerker", "medisch secretaresse", "psychologie" (a study choice) and "psychosociaal".
/// - Left out as too ambiguous: bare "geloof" ("ik geloof dat…"), "politie" (a common career wish),
///   "proeftijd" (also an employment term), "ziek" (routine sick leave), "christelijk" and
///   "Christian" (school names, a first name), "add", "vog", "denk" (also a verb).
#[rustfmt::skip] // packed per category so the whole list can be reviewed at a glance
const SPECIAL_CATEGORY_STEMS: &[(&str, SensitiveCategory, bool)] = &[
    ("diagnos", Health, PREFIX), ("gediagnos", Health, PREFIX), ("adhd", Health, PREFIX),
    ("autis", Health, PREFIX), ("asperger", Health, PREFIX), ("pdd-nos", Health, PREFIX),
    ("dyslex", Health, PREFIX), ("dyscalcul", Health, PREFIX), ("epilep", Health, PREFIX),
    ("diabet", Health, PREFIX), ("kanker", Health, WHOLE), ("hiv", Health, WHOLE),
    ("soa", Health, WHOLE), ("handicap", Health, PREFIX), ("gehandicapt", Health, PREFIX),
    ("therap", Health, PREFIX), ("medicat", Health, PREFIX), ("medicijn", Health, PREFIX),
    ("medicin", Health, PREFIX), ("depressi", Health, PREFIX), ("antidepress", Health, PREFIX),
    ("trauma", Health, PREFIX), ("ptss", Health, WHOLE), ("ptsd", Health, WHOLE),
    ("burn-out", Health, PREFIX), ("burnout", Health, PREFIX), ("overspannen", Health, PREFIX),
    ("stoornis", Health, PREFIX), ("eetstoornis", Health, PREFIX),
    ("angststoornis", Health, PREFIX), ("anorexia", Health, PREFIX), ("boulimi", Health, PREFIX),
    ("psychose", Health, PREFIX), ("psychosis", Health, PREFIX), ("psychotisch", Health, PREFIX),
    ("psychiat", Health, PREFIX), ("psycholoog", Health, PREFIX), ("psychologe", Health, PREFIX),
    ("psychologisch", Health, PREFIX), ("psychologist", Health, PREFIX), ("ggz", Health, PREFIX),
    ("verslav", Health, PREFIX), ("verslaafd", Health, PREFIX), ("addict", Health, PREFIX),
    ("drugs", Health, PREFIX), ("alcoholis", Health, PREFIX), ("zwanger", Health, PREFIX),
    ("pregnan", Health, PREFIX), ("suïcid", Health, PREFIX), ("suicid", Health, PREFIX),
    ("zelfmoord", Health, PREFIX), ("zelfdoding", Health, PREFIX),
    ("zelfbeschadig", Health, PREFIX),
    ("religi", Religion, PREFIX), ("geloofs", Religion, PREFIX), ("gelovig", Religion, PREFIX),
    ("kerk", Religion, WHOLE), ("kerken", Religion, WHOLE), ("kerkdienst", Religion, PREFIX),
    ("kerkelijk", Religion, PREFIX), ("church", Religion, PREFIX), ("christen", Religion, PREFIX),
    ("katholiek", Religion, PREFIX), ("protestant", Religion, PREFIX), ("moskee", Religion, PREFIX),
    ("mosque", Religion, PREFIX), ("islam", Religion, PREFIX), ("moslim", Religion, PREFIX),
    ("muslim", Religion, PREFIX), ("imam", Religion, PREFIX), ("ramadan", Religion, PREFIX),
    ("hoofddoek", Religion, PREFIX), ("synagoge", Religion, PREFIX), ("jood", Religion, WHOLE),
    ("joden", Religion, WHOLE), ("joods", Religion, PREFIX), ("jewish", Religion, PREFIX),
    ("hindoe", Religion, PREFIX), ("boeddhis", Religion, PREFIX),
    ("strafblad", Criminal, PREFIX), ("veroordeel", Criminal, PREFIX),
    ("convicted", Criminal, PREFIX), ("reclassering", Criminal, PREFIX),
    ("justiti", Criminal, PREFIX), ("jji", Criminal, WHOLE), ("jeugdgevangenis", Criminal, PREFIX),
    ("gevangenis", Criminal, PREFIX), ("prison", Criminal, PREFIX),
    ("jeugddetentie", Criminal, PREFIX), ("detentie", Criminal, PREFIX),
    ("gedetineerd", Criminal, PREFIX), ("taakstraf", Criminal, PREFIX),
    ("werkstraf", Criminal, PREFIX), ("celstraf", Criminal, PREFIX), ("delict", Criminal, PREFIX),
    ("crimin", Criminal, PREFIX), ("diefstal", Criminal, PREFIX), ("arrest", Criminal, PREFIX),
    ("gearresteerd", Criminal, PREFIX),
    ("etnis", Ethnicity, PREFIX), ("etnici", Ethnicity, PREFIX), ("ethnic", Ethnicity, PREFIX),
    ("afkomst", Ethnicity, WHOLE), ("migratieachtergrond", Ethnicity, PREFIX),
    ("allochto", Ethnicity, PREFIX), ("huidskleur", Ethnicity, PREFIX),
    ("homo", Sexuality, WHOLE), ("homoseks", Sexuality, PREFIX), ("homosexu", Sexuality, PREFIX),
    ("homofiel", Sexuality, PREFIX), ("lesbi", Sexuality, PREFIX), ("gay", Sexuality, WHOLE),
    ("biseks", Sexuality, PREFIX), ("bisexu", Sexuality, PREFIX), ("queer", Sexuality, PREFIX),
    ("transgender", Sexuality, PREFIX), ("transseks", Sexuality, PREFIX),
    ("lhbt", Sexuality, PREFIX), ("lgbt", Sexuality, PREFIX), ("geaardheid", Sexuality, PREFIX),
    ("politiek", Politics, PREFIX), ("politic", Politics, PREFIX), ("partijlid", Politics, PREFIX),
    ("vakbond", Politics, PREFIX), ("fnv", Politics, WHOLE), ("radicalis", Politics, PREFIX),
    ("extremis", Politics, PREFIX),
];

/// Possible BSNs and special-category words in `text`, de-duplicated, in order of appearance.
pub fn scan_free_text(text: &str) -> Vec<SensitiveFinding> {
    let mut located: Vec<(usize, SensitiveFinding)> = possible_bsn_offsets(text)
        .into_iter()
        .map(|offset| (offset, SensitiveFinding::PossibleBsn))
        .collect();
    for (offset, word) in words(text) {
        let lower = word.to_lowercase();
        for &(stem, category, whole_word) in SPECIAL_CATEGORY_STEMS {
            if matches_stem(&lower, stem, whole_word) {
                let word = word.to_owned();
                located.push((offset, SensitiveFinding::SpecialCategory { word, category }));
            }
        }
    }
    // Stable, so several findings for one word keep the table's order.
    located.sort_by_key(|&(offset, _)| offset);
    let mut findings: Vec<SensitiveFinding> = Vec::new();
    for (_, finding) in located {
        let key = dedup_key(&finding);
        if findings.iter().all(|seen| dedup_key(seen) != key) {
            findings.push(finding);
        }
    }
    findings
}

/// "ADHD" and "adhd" are one warning; the first spelling is the one shown.
fn dedup_key(finding: &SensitiveFinding) -> Option<(String, SensitiveCategory)> {
    match finding {
        SensitiveFinding::PossibleBsn => None,
        SensitiveFinding::SpecialCategory { word, category } => {
            Some((word.to_lowercase(), *category))
        }
    }
}

/// Byte offsets of digit chains that may be a BSN.
///
/// A chain is digit groups joined by single spaces, dots or dashes ("123.456.782", "1234 56 782").
/// Groups are never split, so 9 digits inside a longer digit run never count. A chain of exactly
/// 9 digits is a candidate; in a longer chain, a lone 9-digit group still is
/// ("12-03-2026 123456782").
/// A chain right after "+" is an international phone number ("+31 612345678"), never a BSN.
fn possible_bsn_offsets(text: &str) -> Vec<usize> {
    // Bytes suffice: digits and separators are ASCII, never part of a multi-byte UTF-8 character.
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut offsets = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !digit_at(i) {
            i += 1;
            continue;
        }
        let after_plus = i > 0 && bytes[i - 1] == b'+';
        let mut groups: Vec<(usize, Vec<u8>)> = Vec::new();
        loop {
            let start = i;
            i += bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            groups.push((start, bytes[start..i].iter().map(|b| b - b'0').collect()));
            if !(matches!(bytes.get(i), Some(b' ' | b'.' | b'-')) && digit_at(i + 1)) {
                break;
            }
            i += 1;
        }
        let whole: Vec<u8> = groups
            .iter()
            .flat_map(|(_, digits)| digits.clone())
            .collect();
        if whole.len() == 9 {
            groups = vec![(groups[0].0, whole)];
        }
        if !after_plus {
            let bsn_like = groups
                .into_iter()
                .filter(|(_, digits)| passes_elfproef(digits));
            offsets.extend(bsn_like.map(|(start, _)| start));
        }
    }
    offsets
}

/// The BSN check: 9·d1 + 8·d2 + … + 2·d8 − d9 must be divisible by 11; all zeros is never issued.
fn passes_elfproef(digits: &[u8]) -> bool {
    if digits.len() != 9 || digits.iter().all(|&d| d == 0) {
        return false;
    }
    let sum: i32 = digits
        .iter()
        .zip([9, 8, 7, 6, 5, 4, 3, 2, -1])
        .map(|(&digit, weight)| i32::from(digit) * weight)
        .sum();
    sum.rem_euclid(11) == 0
}

/// Words with their byte offsets. Hyphens and apostrophes inside a word keep it whole ("burn-out",
/// "ADHD'er") so the warning shows the word as typed.
fn words(text: &str) -> Vec<(usize, &str)> {
    let is_joiner = |c: char| matches!(c, '-' | '\'' | '’');
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match start {
            None if c.is_alphanumeric() => start = Some(i),
            Some(s) if !(c.is_alphanumeric() || is_joiner(c)) => {
                words.push((s, text[s..i].trim_end_matches(is_joiner)));
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Tries the stem at the word start and after each hyphen, so "jeugd-ggz" is caught as well.
fn matches_stem(lower_word: &str, stem: &str, whole_word: bool) -> bool {
    let starts = std::iter::once(0).chain(lower_word.match_indices('-').map(|(i, _)| i + 1));
    starts
        .map(|start| &lower_word[start..])
        .filter_map(|rest| rest.strip_prefix(stem))
        .any(|after| !whole_word || after.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// Scans every free-text field a person typed.
pub fn scan_all<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<SensitiveFinding> {
    let mut findings: Vec<SensitiveFinding> = Vec::new();
    for text in texts {
        for finding in scan_free_text(text) {
            if !findings.contains(&finding) {
                findings.push(finding);
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use SensitiveFinding::PossibleBsn;

    fn special(word: &str, category: SensitiveCategory) -> SensitiveFinding {
        let word = word.to_owned();
        SensitiveFinding::SpecialCategory { word, category }
    }

    fn words_found(text: &str) -> Vec<String> {
        let mut words = Vec::new();
        for finding in scan_free_text(text) {
            if let SensitiveFinding::SpecialCategory { word, .. } = finding {
                words.push(word);
            }
        }
        words
    }

    #[test]
    fn elfproef() {
        let digits = |s: &str| s.bytes().map(|b| b - b'0').collect::<Vec<u8>>();
        assert!(passes_elfproef(&digits("123456782")));
        assert!(passes_elfproef(&digits("111222333")));
        assert!(!passes_elfproef(&digits("123456789")));
        assert!(!passes_elfproef(&digits("000000000")));
        assert!(!passes_elfproef(&digits("12345678")));
    }

    #[test]
    fn bsn_written_in_common_groupings() {
        let texts = "123456782|BSN: 123456782.|bsn 123.456.782 genoteerd|123 456 782|1234.56.782\
            |12-34-56-782|(BSN123456782)|geboren 12-03-2008 123456782|123456782 1";
        for text in texts.split('|') {
            assert_eq!(scan_free_text(text), [PossibleBsn], "{text}");
        }
        // Reported once, and the message never carries the number.
        let findings = scan_free_text("123456782 en ook 111222333");
        assert_eq!(findings, [PossibleBsn]);
        assert_eq!(findings[0].message(), Msg::new("sensitive-possible-bsn"));
    }

    #[test]
    fn numbers_that_are_not_a_bsn_and_plain_text() {
        assert_eq!(scan_free_text(""), []);
        let texts = "123456789|000000000|000.000.000|0612345678|06-12345678|06 1234 5678\
            |+31 612345678|1234567820|0123456782|123.456.78.2.1|123  456 782|123 - 456 - 782\
            |NL91 ABNA 0417 1643 00|postcode 1234 AB, kvk 12345678\
            |Stage bij de garage, afspraak 12-03-2026 om 10.30.";
        for text in texts.split('|') {
            assert_eq!(scan_free_text(text), [], "{text}");
        }
    }

    #[test]
    fn stems_match_case_insensitively_with_inflections() {
        let text = "Hij heeft ADHD en is gediagnosticeerd met autisme.";
        let expected = ["ADHD", "gediagnosticeerd", "autisme"].map(|word| special(word, Health));
        assert_eq!(scan_free_text(text), expected);
        for (words, category) in [
            ("Autistisch depressief Medicatie psychiater GGZ", Health),
            (
                "medicijnen zwangerschap suïcidaal SUÏCIDE suicide zelfmoord",
                Health,
            ),
            ("psycholoog psychologen psychologisch", Health),
            ("moskee ramadan religieus geloofsovertuiging", Religion),
            ("strafblad veroordeeld reclassering JJI delicten", Criminal),
            ("etnische afkomst", Ethnicity),
            ("lesbisch transgender", Sexuality),
            ("politieke vakbondslid", Politics),
        ] {
            for word in words.split(' ') {
                assert_eq!(scan_free_text(word), [special(word, category)], "{word}");
            }
        }
    }

    #[test]
    fn hyphenated_and_apostrophe_words_are_reported_whole() {
        let text = "Contact met jeugd-ggz over zijn burn-out; een ADHD'er.";
        assert_eq!(words_found(text), ["jeugd-ggz", "burn-out", "ADHD'er"]);
    }

    #[test]
    fn whole_word_stems_skip_ordinary_longer_words() {
        assert_eq!(words_found("Hij gaat naar de kerk."), ["kerk"]);
        assert_eq!(words_found("Ze is homo."), ["homo"]);
        assert_eq!(words_found("Van Marokkaanse afkomst."), ["afkomst"]);
        for text in [
            "Stage bij de bakker in de Kerkstraat, naast het kerkhof.",
            "Een homogene groep, afkomstig uit Utrecht.",
            "Ik geloof dat hij gemotiveerd is; zijn verhaal is geloofwaardig.",
            "Hij wil bij de politie werken. Vorige week was hij ziek.",
            "Goede medewerker; wil psychologie studeren of medisch secretaresse worden.",
            "Interesse in psychosociaal werk; een sterke conviction.",
            "Discriminatie-training en een transportopleiding.",
        ] {
            assert!(words_found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn known_trade_offs() {
        // Car diagnostics is flagged; compounds with the sensitive part at the end are not.
        let text = "Werkt goed met de diagnosebank.";
        assert_eq!(scan_free_text(text), [special("diagnosebank", Health)]);
        assert!(words_found("kinderpsychiater jeugdggz Christian").is_empty());
    }

    #[test]
    fn duplicates_are_dropped_case_insensitively_keeping_the_first_spelling() {
        let text = "adhd, ADHD en weer Adhd. Autisme en autisme.";
        let expected = [special("adhd", Health), special("Autisme", Health)];
        assert_eq!(scan_free_text(text), expected);
    }

    #[test]
    fn findings_keep_order_of_appearance_across_kinds() {
        let text = "Moskee bezocht, BSN 123456782, strafblad, ook depressie; moskee.";
        let expected = [
            special("Moskee", Religion),
            PossibleBsn,
            special("strafblad", Criminal),
            special("depressie", Health),
        ];
        assert_eq!(scan_free_text(text), expected);
    }

    #[test]
    fn messages_name_the_word_and_a_category_code_matching_the_label_id() {
        let expected = Msg::new("sensitive-special-category").arg("word", "ADHD");
        assert_eq!(
            special("ADHD", Health).message(),
            expected.arg("category", "health")
        );
        let codes = "health religion criminal ethnicity sexuality politics".split(' ');
        for (&category, code) in SensitiveCategory::ALL.iter().zip(codes) {
            assert_eq!(category.code(), code);
            assert_eq!(category.label_id(), format!("sensitive-category-{code}"));
        }
    }

    #[test]
    fn stem_table_is_lowercase_unique_and_matches_itself() {
        for (index, &(stem, category, _)) in SPECIAL_CATEGORY_STEMS.iter().enumerate() {
            assert_eq!(stem, stem.to_lowercase(), "{stem}");
            let later = &SPECIAL_CATEGORY_STEMS[index + 1..];
            assert!(later.iter().all(|&(other, _, _)| other != stem), "{stem}");
            let found = scan_free_text(stem);
            assert!(found.contains(&special(stem, category)), "{stem}");
        }
    }
}
