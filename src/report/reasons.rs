//! Why trajectories ended early, in words a funder may read: a coach writes the reason in
//! their own words, and a report may never print free text, so each reason is placed in a
//! small vocabulary by the words it uses. A reason that uses none of them is "other".

/// The vocabulary, in the order a report prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum DropoutReason {
    Moved,
    Work,
    Education,
    OtherProgramme,
    Unreachable,
    NoTime,
    Health,
    NoLongerWanted,
    Other,
}

impl DropoutReason {
    pub(super) const ALL: [DropoutReason; 9] = [
        DropoutReason::Moved,
        DropoutReason::Work,
        DropoutReason::Education,
        DropoutReason::OtherProgramme,
        DropoutReason::Unreachable,
        DropoutReason::NoTime,
        DropoutReason::Health,
        DropoutReason::NoLongerWanted,
        DropoutReason::Other,
    ];

    pub(super) fn label_id(self) -> &'static str {
        match self {
            DropoutReason::Moved => "report-reason-moved",
            DropoutReason::Work => "report-reason-work",
            DropoutReason::Education => "report-reason-education",
            DropoutReason::OtherProgramme => "report-reason-other-programme",
            DropoutReason::Unreachable => "report-reason-unreachable",
            DropoutReason::NoTime => "report-reason-no-time",
            DropoutReason::Health => "report-reason-health",
            DropoutReason::NoLongerWanted => "report-reason-no-longer-wanted",
            DropoutReason::Other => "report-reason-other",
        }
    }

    /// The category of a reason as a coach wrote it, Dutch or English. The first category
    /// whose words occur wins, so the more telling ones come first: "verhuisd naar een
    /// andere gemeente" is a move, not a municipal programme.
    pub(super) fn of(reason: &str) -> DropoutReason {
        let reason = reason.to_lowercase();
        WORDS
            .iter()
            .find(|(_, words)| words.iter().any(|w| reason.contains(w)))
            .map_or(DropoutReason::Other, |(category, _)| *category)
    }
}

impl DropoutReason {
    /// A word that places a reason in this category and says nothing else: what an
    /// anonymised trace keeps of a reason ("" for other, which no word places).
    pub(super) fn keyword(self) -> &'static str {
        WORDS
            .iter()
            .find(|(category, _)| *category == self)
            .map_or("", |(_, words)| words[0])
    }
}

/// The words (as parts of words) that place a reason in a category.
const WORDS: [(DropoutReason, &[&str]); 8] = [
    (
        DropoutReason::Moved,
        &["verhuis", "verhuiz", "moved", "moving"],
    ),
    (
        DropoutReason::Unreachable,
        &[
            "geen contact",
            "onbereikbaar",
            "niet bereikbaar",
            "niet meer bereikt",
            "unreachable",
            "no contact",
            "no longer reached",
        ],
    ),
    (
        DropoutReason::NoTime,
        &["tijd", "no time", "too busy", "te druk"],
    ),
    (
        DropoutReason::Health,
        &["ziek", "gezondheid", "zorg", "health", "medisch", "medical"],
    ),
    (
        DropoutReason::Work,
        &["baan", "werk", "job", "work", "employ"],
    ),
    (
        DropoutReason::Education,
        &[
            "opleiding",
            "school",
            "bbl",
            "studie",
            "education",
            "course",
            "study",
        ],
    ),
    (
        DropoutReason::NoLongerWanted,
        &[
            "geen begeleiding",
            "wil niet",
            "niet meer wil",
            "andere manier",
            "motivatie",
            "no longer want",
            "motivation",
        ],
    ),
    (
        DropoutReason::OtherProgramme,
        &[
            "traject",
            "gemeente",
            "programma",
            "programme",
            "program",
            "municipal",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::DropoutReason::{self, *};

    #[test]
    fn reasons_in_a_coachs_words_fall_in_the_vocabulary() {
        let cases = [
            ("Verhuisd naar een andere gemeente", Moved),
            ("Geen contact meer ondanks herhaalde pogingen", Unreachable),
            ("Heeft zelf een baan gevonden buiten het programma", Work),
            (
                "Gestart met een opleiding met eigen stagebegeleiding",
                Education,
            ),
            (
                "Overgestapt naar een traject van de gemeente",
                OtherProgramme,
            ),
            ("Te weinig tijd naast school en bijbaan", NoTime),
            (
                "Heeft aangegeven geen begeleiding meer te willen",
                NoLongerWanted,
            ),
            (
                "Wil op een andere manier verder dan via het programma",
                NoLongerWanted,
            ),
            (
                "Begonnen aan een BBL-plek met begeleiding vanuit het bedrijf",
                Education,
            ),
            ("Found a job on his own", Work),
            ("", Other),
            ("onbekend", Other),
        ];
        for (reason, expected) in cases {
            assert_eq!(DropoutReason::of(reason), expected, "{reason}");
        }
    }
}
