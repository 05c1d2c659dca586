//! The user's language: Dutch by default, English as a switch; every user-visible string comes
//! from the Fluent files in `assets/i18n/<lang>/`.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

use crate::message::Msg;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/i18n",
        fallback_language: "nl",
        // Unicode isolation marks would show up as garbage in many terminals.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

pub const LANG_ENV: &str = "STAGECOACH_LANG";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

static NL: LanguageIdentifier = langid!("nl");
static EN: LanguageIdentifier = langid!("en");

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Accepts `nl`, `en` and locale forms such as `en_GB.UTF-8`.
    pub fn parse(input: &str) -> Option<Lang> {
        let lower = input.trim().to_ascii_lowercase();
        match lower.get(..2)? {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }

    /// The text of a message id without arguments.
    pub fn text(self, id: &str) -> String {
        LOCALES.lookup(self.id(), id)
    }

    /// Renders a message with its arguments.
    pub fn render(self, msg: &Msg) -> String {
        if msg.args.is_empty() {
            return self.text(msg.id);
        }
        let args: HashMap<Cow<'static, str>, FluentValue> = msg
            .args
            .iter()
            .map(|(name, value)| {
                // Counts go in as numbers so that plural rules ("1 dag" / "2 dagen") work; text
                // with a leading zero (a phone number, "0123456") must keep it, so stays text.
                let numeric = value == "0" || !(value.starts_with('0') || value.starts_with("-0"));
                let value = match value.parse::<i64>() {
                    Ok(n) if numeric => FluentValue::from(n),
                    _ => FluentValue::from(value.clone()),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES.lookup_with_args(self.id(), msg.id, &args)
    }

    /// Whether a message id exists in this very language, without falling back to Dutch.
    pub fn has(self, id: &str) -> bool {
        match LOCALES.lookup_single_language::<&str>(self.id(), id, None) {
            Ok(_) => true,
            // The message exists but wants arguments; the error type is not exported, so this
            // tells it from "no such message" by its variant name.
            Err(e) => format!("{e:?}").starts_with("FluentError"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids_in(lang: &str) -> BTreeSet<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/i18n")
            .join(lang);
        let mut ids = BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                let first = line.chars().next();
                if first.is_some_and(|c| c.is_ascii_alphabetic())
                    && let Some((id, _)) = line.split_once('=')
                {
                    ids.insert(id.trim().to_string());
                }
            }
        }
        ids
    }

    #[test]
    fn dutch_and_english_define_the_same_messages() {
        let nl = ids_in("nl");
        let en = ids_in("en");
        let only_nl: Vec<_> = nl.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&nl).collect();
        assert!(
            only_nl.is_empty() && only_en.is_empty(),
            "nl only: {only_nl:?}, en only: {only_en:?}"
        );
        assert!(nl.len() > 50);
    }

    #[test]
    fn every_message_renders_in_both_languages() {
        for id in ids_in("nl") {
            for lang in Lang::ALL {
                assert!(lang.has(&id), "{id} missing in {lang:?}");
            }
        }
    }

    #[test]
    fn every_label_of_every_vocabulary_exists() {
        use crate::domain::*;
        let mut ids: Vec<&str> = Vec::new();
        ids.extend(Status::ALL.iter().map(|v| v.label_id()));
        ids.extend(Role::ALL.iter().map(|v| v.label_id()));
        ids.extend(EducationLevel::ALL.iter().map(|v| v.label_id()));
        ids.extend(LearningPath::ALL.iter().map(|v| v.label_id()));
        ids.extend(Referrer::ALL.iter().map(|v| v.label_id()));
        ids.extend(AttentionFlag::ALL.iter().map(|v| v.label_id()));
        ids.extend(ConsentGiver::ALL.iter().map(|v| v.label_id()));
        ids.extend(GoalArea::ALL.iter().map(|v| v.label_id()));
        ids.extend(GoalStatus::ALL.iter().map(|v| v.label_id()));
        ids.extend(SessionType::ALL.iter().map(|v| v.label_id()));
        ids.extend(Participant::ALL.iter().map(|v| v.label_id()));
        ids.extend(Signal::ALL.iter().map(|v| v.label_id()));
        ids.extend(AgreementOwner::ALL.iter().map(|v| v.label_id()));
        ids.extend(Sector::ALL.iter().map(|v| v.label_id()));
        ids.extend(PlacementType::ALL.iter().map(|v| v.label_id()));
        ids.extend(PlacementStatus::ALL.iter().map(|v| v.label_id()));
        ids.extend(Outcome::ALL.iter().map(|v| v.label_id()));
        for id in ids {
            for lang in Lang::ALL {
                assert!(lang.has(id), "label {id} missing in {lang:?}");
            }
        }
    }

    #[test]
    fn arguments_and_plurals_are_filled_in() {
        let msg = Msg::new("status-not-allowed")
            .arg("from", "aangemeld")
            .arg("to", "afgerond")
            .arg("allowed", "intake");
        let text = Lang::Nl.render(&msg);
        assert!(
            text.contains("afgerond") && text.contains("intake"),
            "{text}"
        );
        assert!(!text.contains('\u{2068}'), "no isolation marks");
    }
}
