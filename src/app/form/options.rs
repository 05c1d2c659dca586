//! Editing the fields that are not text: a choice, a multi-choice and a scale.

use super::field::{Choice, Edit, Field};
use crate::i18n::Lang;

/// Left/Right and Space step through the options; typing jumps to the first option whose label
/// starts with what was typed, so a long list (employers) is quick to reach.
pub(super) fn edit_choice(field: &mut Field, options: &[Choice], edit: Edit, lang: Lang) {
    let mut codes: Vec<&str> = Vec::new();
    if !field.required {
        codes.push("");
    }
    codes.extend(options.iter().map(|o| o.code.as_str()));
    if codes.is_empty() {
        return;
    }
    let current = codes.iter().position(|c| *c == field.value).unwrap_or(0);
    let step = |delta: isize| {
        let len = codes.len() as isize;
        codes[((current as isize + delta).rem_euclid(len)) as usize].to_string()
    };
    match edit {
        Edit::Right | Edit::Toggle => field.value = step(1),
        Edit::Left => field.value = step(-1),
        Edit::Home => field.value = codes[0].to_string(),
        Edit::End => field.value = codes[codes.len() - 1].to_string(),
        Edit::Backspace | Edit::Delete if !field.required => field.value.clear(),
        Edit::Insert(c) => {
            let typed = c.to_lowercase().to_string();
            // Start after the current option, so pressing the same letter again moves on.
            let found = (1..=options.len())
                .map(|i| {
                    let start = options
                        .iter()
                        .position(|o| o.code == field.value)
                        .map_or(0, |p| p + 1);
                    &options[(start + i - 1) % options.len()]
                })
                .find(|o| o.label.render(lang).to_lowercase().starts_with(&typed));
            if let Some(option) = found {
                field.value = option.code.clone();
            }
        }
        _ => {}
    }
}

pub(super) fn edit_multi(field: &mut Field, options: &[Choice], edit: Edit) {
    if options.is_empty() {
        return;
    }
    field.cursor = field.cursor.min(options.len() - 1);
    match edit {
        Edit::Left => field.cursor = field.cursor.saturating_sub(1),
        Edit::Right => field.cursor = (field.cursor + 1).min(options.len() - 1),
        Edit::Home => field.cursor = 0,
        Edit::End => field.cursor = options.len() - 1,
        Edit::Toggle => {
            let code = options[field.cursor].code.as_str();
            let mut chosen: Vec<&str> = field.chosen();
            if let Some(at) = chosen.iter().position(|c| *c == code) {
                chosen.remove(at);
            } else {
                chosen.push(code);
            }
            // Keep the vocabulary's order, whatever order they were ticked in.
            let ordered: Vec<&str> = options
                .iter()
                .map(|o| o.code.as_str())
                .filter(|c| chosen.contains(c))
                .collect();
            field.value = ordered.join(",");
        }
        _ => {}
    }
}

pub(super) fn edit_scale(field: &mut Field, min: u8, max: u8, edit: Edit) {
    let current: Option<u8> = field.value.parse().ok();
    let next = match edit {
        Edit::Insert(c) => c
            .to_digit(10)
            .map(|d| d as u8)
            .filter(|d| (min..=max).contains(d))
            .or(current),
        Edit::Right | Edit::Toggle => Some(current.map_or(min, |v| (v + 1).min(max))),
        Edit::Left => current.and_then(|v| (v > min).then(|| v - 1)),
        Edit::Backspace | Edit::Delete => None,
        _ => current,
    };
    field.value = next.map(|v| v.to_string()).unwrap_or_default();
}
