//! Closed vocabularies (status, levels, session types, …) with stable codes and i18n label ids.
//!
//! The code (`vmbo_b`, `stagebezoek`) is what the CLI accepts and what JSON prints; the label is
//! what a person reads, looked up from the i18n files by [`label_id`](Status::label_id). Stored
//! values use the variant index, so variants are only ever appended, never reordered.

/// Declares an enum whose variants have a stable text code and an i18n label id.
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident, label_prefix = $prefix:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
                 serde::Serialize, serde::Deserialize)]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant ),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[ $( $name::$variant ),+ ];

            /// The stable code used on the command line and in JSON.
            pub fn code(self) -> &'static str {
                match self { $( $name::$variant => $code ),+ }
            }

            /// The Fluent id of the human label.
            pub fn label_id(self) -> &'static str {
                match self { $( $name::$variant => concat!($prefix, "-", $code) ),+ }
            }

            /// Accepts what a person types: any case, `-` or space for `_`.
            pub fn parse(input: &str) -> Option<Self> {
                let wanted = $crate::domain::codes::normalise_code(input);
                Self::ALL.iter().copied().find(|v| v.code() == wanted)
            }

            /// The accepted codes, for "allowed: …" in error messages.
            pub fn allowed() -> String {
                Self::ALL.iter().map(|v| v.code()).collect::<Vec<_>>().join(", ")
            }
        }

        impl $crate::domain::codes::Vocabulary for $name {
            fn all() -> &'static [Self] { Self::ALL }
            fn code(self) -> &'static str { $name::code(self) }
            fn label_id(self) -> &'static str { $name::label_id(self) }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}
pub(crate) use code_enum;

/// What every closed vocabulary offers, so forms can list any of them as choices.
pub trait Vocabulary: Copy + 'static {
    fn all() -> &'static [Self];
    fn code(self) -> &'static str;
    fn label_id(self) -> &'static str;
}

pub(crate) fn normalise_code(input: &str) -> String {
    input.trim().to_lowercase().replace(['-', ' '], "_")
}

code_enum! {
    /// Whether a device belongs to a coach or a coordinator.
    pub enum Role, label_prefix = "role" {
        Coach = "coach",
        Coordinator = "coordinator",
    }
}

code_enum! {
    /// Education level (onderwijsniveau) of a coachee.
    pub enum EducationLevel, label_prefix = "level" {
        Pro = "pro",
        Vso = "vso",
        VmboB = "vmbo_b",
        VmboK = "vmbo_k",
        VmboG = "vmbo_g",
        VmboT = "vmbo_t",
        Mbo1 = "mbo_1",
        Mbo2 = "mbo_2",
        Mbo3 = "mbo_3",
        Mbo4 = "mbo_4",
        Havo = "havo",
        Vwo = "vwo",
        NoDiploma = "geen",
    }
}

code_enum! {
    /// BOL (school-based, with internships) or BBL (work-based, with a job) in mbo.
    pub enum LearningPath, label_prefix = "path" {
        Bol = "bol",
        Bbl = "bbl",
    }
}

code_enum! {
    /// Who referred the young person to the programme.
    pub enum Referrer, label_prefix = "referrer" {
        School = "school",
        Wijkteam = "wijkteam",
        Jongerenwerk = "jongerenwerk",
        Leerplicht = "leerplicht",
        SelfReferral = "zelf",
        Other = "anders",
    }
}

code_enum! {
    /// Practical attention points on a coachee; flags, never diagnoses.
    pub enum AttentionFlag, label_prefix = "flag" {
        Language = "taal",
        Transport = "vervoer",
        Reachability = "bereikbaarheid",
        Planning = "planning",
        HomeSituation = "thuissituatie",
        Money = "geldzaken",
        ExtraSupport = "extra_begeleiding",
    }
}

code_enum! {
    /// Who gave consent for registration and sharing.
    pub enum ConsentGiver, label_prefix = "consent-by" {
        Coachee = "jongere",
        LegalRepresentative = "wettelijk_vertegenwoordiger",
    }
}

code_enum! {
    /// The area a goal belongs to: the three questions, or a hard/soft result.
    pub enum GoalArea, label_prefix = "goal-area" {
        WhoAmI = "wie_ben_ik",
        WhatCanI = "wat_kan_ik",
        WhatDoIWant = "wat_wil_ik",
        Hard = "hard",
        Soft = "zacht",
    }
}

code_enum! {
    pub enum GoalStatus, label_prefix = "goal-status" {
        Open = "open",
        Achieved = "behaald",
        Dropped = "vervallen",
    }
}

code_enum! {
    /// The kind of contact a session records.
    pub enum SessionType, label_prefix = "session-type" {
        Intake = "intake",
        Introduction = "kennismaking",
        Coaching = "coachgesprek",
        StageVisit = "stagebezoek",
        MatchTalk = "klikgesprek",
        Phone = "telefonisch",
        Online = "online",
        MidReview = "tussenevaluatie",
        FinalReview = "eindevaluatie",
        Aftercare = "nazorg",
        NoShow = "no_show",
        Consultation = "overleg",
        Other = "overig",
    }
}

code_enum! {
    /// Who took part in a session besides the coach.
    pub enum Participant, label_prefix = "participant" {
        Coachee = "jongere",
        Employer = "werkgever",
        Guardian = "ouder",
        School = "school",
        Coordinator = "coordinator",
    }
}

code_enum! {
    /// Signals noticed in a session: a flag for follow-up, never a diagnosis.
    pub enum Signal, label_prefix = "signal" {
        Absence = "verzuim",
        Motivation = "motivatie",
        ConflictAtWork = "conflict_werk",
        HomeSituation = "thuissituatie",
        CareSignal = "zorgsignaal",
    }
}

code_enum! {
    /// Who is to carry out an agreement made in a session.
    pub enum AgreementOwner, label_prefix = "owner" {
        Coachee = "jongere",
        Coach = "coach",
        Employer = "werkgever",
        Guardian = "ouder",
        School = "school",
        Coordinator = "coordinator",
    }
}

code_enum! {
    pub enum Sector, label_prefix = "sector" {
        Care = "zorg",
        Hospitality = "horeca",
        Retail = "detailhandel",
        Logistics = "logistiek",
        Engineering = "techniek",
        Construction = "bouw",
        Ict = "ict",
        Childcare = "kinderopvang",
        Green = "groen",
        Facilities = "facilitair",
        Automotive = "automotive",
        Government = "overheid",
        Sport = "sport",
        Cleaning = "schoonmaak",
        Events = "evenementen",
        HairBeauty = "kappers_beauty",
        Other = "overig",
    }
}

code_enum! {
    /// The kinds of placement, from a one-day taster to a work-based apprenticeship.
    pub enum PlacementType, label_prefix = "placement-type" {
        Taster = "snuffelstage",
        FlashInternship = "bliksemstage",
        BolInternship = "bol_stage",
        Bbl = "bbl",
        WorkExperience = "werkervaringsplek",
        SideJob = "bijbaan",
        LearningJob = "leerbaan",
    }
}

impl PlacementType {
    /// A taster or flash internship: a day or two to look around, not a placement a coach
    /// visits (the report's "what works" leaves these out).
    pub fn is_a_day_or_two(self) -> bool {
        matches!(self, PlacementType::Taster | PlacementType::FlashInternship)
    }
}

code_enum! {
    pub enum PlacementStatus, label_prefix = "placement-status" {
        Planned = "gepland",
        Running = "lopend",
        Completed = "afgerond",
        Ended = "voortijdig_beeindigd",
    }
}

code_enum! {
    /// What a placement led to.
    pub enum Outcome, label_prefix = "outcome" {
        Diploma = "diploma",
        Job = "baan",
        FurtherEducation = "vervolgopleiding",
        Nothing = "geen",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_typed_variants_of_a_code() {
        assert_eq!(EducationLevel::parse("VMBO-b"), Some(EducationLevel::VmboB));
        assert_eq!(EducationLevel::parse(" mbo 2 "), Some(EducationLevel::Mbo2));
        assert_eq!(SessionType::parse("no-show"), Some(SessionType::NoShow));
        assert_eq!(SessionType::parse("visit"), None);
    }

    #[test]
    fn allowed_lists_every_code() {
        assert_eq!(LearningPath::allowed(), "bol, bbl");
        assert_eq!(PlacementType::ALL.len(), 7);
        assert_eq!(Sector::Care.label_id(), "sector-zorg");
    }
}
