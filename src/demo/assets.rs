//! The fictional names, employers and texts of the demo programme, read from `assets/demo/`.

use std::sync::OnceLock;

use crate::domain::{AgreementOwner, EducationLevel, GoalArea, Sector, SessionType};

/// One line of an asset file, split on `|`; comment lines (`#`) and blank lines are skipped.
fn records(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').map(str::trim).collect())
}

fn column(text: &'static str) -> Vec<&'static str> {
    records(text).map(|r| r[0]).collect()
}

pub struct DemoEmployer {
    pub name: &'static str,
    pub sector: Sector,
    pub neighbourhood: &'static str,
    pub sbb: bool,
    pub capacity: u8,
}

pub struct Assets {
    pub first_names: Vec<&'static str>,
    pub last_names: Vec<&'static str>,
    pub neighbourhoods: Vec<&'static str>,
    pub schools: Vec<&'static str>,
    pub courses: Vec<(&'static str, Option<EducationLevel>)>,
    pub employers: Vec<DemoEmployer>,
    pub contact_roles: Vec<&'static str>,
    pub goals: Vec<(GoalArea, &'static str)>,
    pub agreements: Vec<(AgreementOwner, &'static str)>,
    pub dropout_reasons: Vec<&'static str>,
    pub pause_reasons: Vec<&'static str>,
    pub locations: Vec<&'static str>,
    pub coach_notes: Vec<&'static str>,
    pub escalation_replies: Vec<&'static str>,
    summaries: Vec<(SessionType, Vec<&'static str>)>,
}

macro_rules! asset {
    ($path:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/demo/", $path))
    };
}

impl Assets {
    /// Parsed once; the files are compiled into the binary.
    pub fn get() -> &'static Assets {
        static ASSETS: OnceLock<Assets> = OnceLock::new();
        ASSETS.get_or_init(Assets::parse)
    }

    fn parse() -> Assets {
        let summaries = vec![
            (SessionType::Intake, column(asset!("summaries/intake.txt"))),
            (
                SessionType::Introduction,
                column(asset!("summaries/kennismaking.txt")),
            ),
            (
                SessionType::Coaching,
                column(asset!("summaries/coachgesprek.txt")),
            ),
            (
                SessionType::StageVisit,
                column(asset!("summaries/stagebezoek.txt")),
            ),
            (
                SessionType::MatchTalk,
                column(asset!("summaries/klikgesprek.txt")),
            ),
            (
                SessionType::Phone,
                column(asset!("summaries/telefonisch.txt")),
            ),
            (SessionType::Online, column(asset!("summaries/online.txt"))),
            (
                SessionType::MidReview,
                column(asset!("summaries/tussenevaluatie.txt")),
            ),
            (
                SessionType::FinalReview,
                column(asset!("summaries/eindevaluatie.txt")),
            ),
            (
                SessionType::Aftercare,
                column(asset!("summaries/nazorg.txt")),
            ),
            (SessionType::NoShow, column(asset!("summaries/no_show.txt"))),
            (
                SessionType::Consultation,
                column(asset!("summaries/overleg.txt")),
            ),
            (SessionType::Other, column(asset!("summaries/overig.txt"))),
        ];
        Assets {
            first_names: column(asset!("first_names.txt")),
            last_names: column(asset!("last_names.txt")),
            neighbourhoods: column(asset!("neighbourhoods.txt")),
            schools: column(asset!("schools.txt")),
            courses: records(asset!("courses.txt"))
                .map(|r| (r[0], EducationLevel::parse(r.get(1).copied().unwrap_or(""))))
                .collect(),
            employers: records(asset!("employers.txt"))
                .map(|r| DemoEmployer {
                    name: r[0],
                    sector: Sector::parse(r[1]).unwrap_or(Sector::Other),
                    neighbourhood: r[2],
                    sbb: r[3] == "ja",
                    capacity: r[4].parse().unwrap_or(1),
                })
                .collect(),
            contact_roles: column(asset!("contact_roles.txt")),
            goals: records(asset!("goals.txt"))
                .filter_map(|r| Some((GoalArea::parse(r[0])?, r[1])))
                .collect(),
            agreements: records(asset!("agreements.txt"))
                .filter_map(|r| Some((owner(r[0])?, r[1])))
                .collect(),
            dropout_reasons: column(asset!("reasons_dropout.txt")),
            pause_reasons: column(asset!("reasons_pause.txt")),
            locations: column(asset!("locations.txt")),
            coach_notes: column(asset!("coach_notes.txt")),
            escalation_replies: column(asset!("escalation_replies.txt")),
            summaries,
        }
    }

    pub fn summaries(&self, kind: SessionType) -> &[&'static str] {
        self.summaries
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[], |(_, lines)| lines.as_slice())
    }
}

/// The asset files name owners in Dutch-English mix; map them onto the vocabulary.
fn owner(code: &str) -> Option<AgreementOwner> {
    Some(match code {
        "coachee" => AgreementOwner::Coachee,
        "ouder" => AgreementOwner::Guardian,
        other => AgreementOwner::parse(other)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_asset_file_parses_into_enough_records() {
        let a = Assets::get();
        assert!(a.first_names.len() >= 100 && a.last_names.len() >= 100);
        assert!(a.employers.len() >= 25);
        assert!(
            a.employers
                .iter()
                .all(|e| a.neighbourhoods.contains(&e.neighbourhood))
        );
        assert_eq!(a.goals.len(), 36, "every goal line has a known area");
        assert_eq!(
            a.agreements.len(),
            36,
            "every agreement line has a known owner"
        );
        assert!(
            a.courses.iter().all(|(_, level)| level.is_some()),
            "course levels parse"
        );
        for kind in SessionType::ALL {
            assert!(a.summaries(*kind).len() >= 10, "{kind} summaries");
        }
    }

    #[test]
    fn summaries_use_only_known_placeholders() {
        let a = Assets::get();
        for kind in SessionType::ALL {
            for line in a.summaries(*kind) {
                let stripped = ["{naam}", "{werkgever}", "{contact}", "{opleiding}"]
                    .iter()
                    .fold(line.to_string(), |s, p| s.replace(p, ""));
                assert!(!stripped.contains('{'), "unknown placeholder in: {line}");
            }
        }
    }

    #[test]
    fn demo_texts_raise_no_privacy_warnings() {
        let a = Assets::get();
        let texts = SessionType::ALL
            .iter()
            .flat_map(|k| a.summaries(*k).iter())
            .chain(a.coach_notes.iter())
            .chain(a.agreements.iter().map(|(_, t)| t));
        for text in texts {
            let findings = crate::domain::sensitive::scan_free_text(text);
            assert!(findings.is_empty(), "{text}: {findings:?}");
        }
    }
}
