//! The text a form field hands to `$EDITOR`: the scratch file it waits in while the editor runs,
//! and taking that text back into the form's draft when the screen died before the editor
//! returned (a closed terminal, a kill, a power cut).
//!
//! Before the editor starts, the form's draft is stored with a mark naming the field that is
//! out in the editor; the mark is a pseudo-field, so [`crate::app::Form::restore`] ignores it.
//! Back from the editor, the draft is stored again without it. A mark next to a scratch file on
//! the next start therefore says exactly which form and field the file's text belongs to.

use std::path::{Path, PathBuf};

use crate::app::form::Form;
use crate::message::Msg;
use crate::service::Draft;
use crate::store::{Store, StoreError};

/// In the data dir, not in /tmp: it holds what the coach writes about a young person.
pub const SCRATCH_FILE: &str = ".editing.txt";
/// Where nano puts its buffer when the terminal goes away under it: newer than the file.
const NANO_RESCUE_FILE: &str = ".editing.txt.save";
/// The pseudo-field of a draft that names the field being edited in the editor. No form field
/// has an `@` in its name.
const MARK: &str = "@editor";

pub fn scratch_path(data_dir: &Path) -> PathBuf {
    data_dir.join(SCRATCH_FILE)
}

/// Stores the form's draft with the focused field marked as out in the editor, and writes that
/// field's text to the scratch file. Returns whether the form had a draft before, which
/// [`after_editing`] needs to leave the drafts as they were.
pub fn before_editing(store: &Store, form: &Form) -> Result<bool, StoreError> {
    let key = form.kind.draft_key();
    let had_draft = store.draft(&key)?.is_some();
    let mut draft = form.to_draft(chrono::Utc::now());
    draft
        .values
        .push((MARK.to_string(), form.focused().name.clone()));
    store.save_draft(&key, &draft)?;
    let path = scratch_path(store.dir());
    std::fs::write(&path, &form.focused().value)
        .map_err(|e| StoreError::io("write the text for the editor", &path, e))?;
    Ok(had_draft)
}

/// Back from the editor (whatever happened there): the scratch files go, and the draft is what
/// it would have been without the editor: stored again without the mark, or, when the form had
/// none and nothing changed, removed.
pub fn after_editing(store: &Store, form: &Form, had_draft: bool) -> Result<(), StoreError> {
    remove_scratch(store.dir());
    let key = form.kind.draft_key();
    if had_draft || form.dirty {
        store.save_draft(&key, &form.to_draft(chrono::Utc::now()))
    } else {
        store.discard_draft(&key)
    }
}

/// On start: text left in the scratch file by an editor the screen never saw return is put into
/// the draft of the form it came from, and the file is removed. Returns what to tell the user.
/// Text that no draft claims (left by an older version) stays where it is, and the user is told
/// where: it may be the only copy of what they wrote.
pub fn recover_left_text(store: &Store) -> Result<Option<Msg>, StoreError> {
    let dir = store.dir();
    let Some(text) = [NANO_RESCUE_FILE, SCRATCH_FILE]
        .iter()
        .find_map(|name| std::fs::read(dir.join(name)).ok())
    else {
        return Ok(None);
    };
    let text = String::from_utf8_lossy(&text)
        .trim_end_matches('\n')
        .to_string();
    let Some((key, mut draft, field)) = marked_draft(store)? else {
        if text.trim().is_empty() {
            remove_scratch(dir);
            return Ok(None);
        }
        return Ok(Some(
            Msg::new("editor-text-unclaimed").arg("path", scratch_path(dir).display()),
        ));
    };
    draft.values.retain(|(name, _)| name != MARK);
    match draft.values.iter_mut().find(|(name, _)| *name == field) {
        Some((_, value)) => *value = text,
        None => draft.values.push((field, text)),
    }
    draft.saved_at = chrono::Utc::now();
    // The draft is durable before the only other copy of the text goes.
    store.save_draft(&key, &draft)?;
    remove_scratch(dir);
    tracing::info!("text left by an interrupted editor was put back into its draft");
    Ok(Some(Msg::new("editor-text-recovered")))
}

/// The newest draft that has a field out in the editor: its key, the draft and the field.
fn marked_draft(store: &Store) -> Result<Option<(String, Draft, String)>, StoreError> {
    let mut newest: Option<(String, Draft, String)> = None;
    for key in store.draft_keys()? {
        let Some(draft) = store.draft(&key)? else {
            continue;
        };
        let Some(field) = draft
            .values
            .iter()
            .find(|(name, _)| name == MARK)
            .map(|(_, field)| field.clone())
        else {
            continue;
        };
        if newest
            .as_ref()
            .is_none_or(|(_, best, _)| draft.saved_at > best.saved_at)
        {
            newest = Some((key, draft, field));
        }
    }
    Ok(newest)
}

fn remove_scratch(dir: &Path) {
    for name in [SCRATCH_FILE, NANO_RESCUE_FILE] {
        let _ = std::fs::remove_file(dir.join(name));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::FormKind;
    use crate::app::form::{Field, Input};
    use crate::domain::Role;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let store = Store::init(&dir.path().join("data"), "Coach", Role::Coach, today).unwrap();
        (dir, store)
    }

    fn employer_form() -> Form {
        let mut form = Form::new(
            FormKind::NewEmployer,
            vec![
                Field::named("name", Input::Text).value("Bakkerij Brood"),
                Field::named("notes", Input::Multiline).value("Eerste regel"),
            ],
        );
        form.focus = 1;
        form
    }

    /// The screen dies while the editor is open: what the editor wrote is in the file only.
    fn die_in_the_editor(store: &Store, form: &Form, written: &str) {
        before_editing(store, form).unwrap();
        std::fs::write(scratch_path(store.dir()), written).unwrap();
    }

    #[test]
    fn text_left_by_an_editor_goes_into_its_forms_draft_and_the_file_goes() {
        let (_dir, store) = store();
        let form = employer_form();
        die_in_the_editor(
            &store,
            &form,
            "Eerste regel\nen wat ik in de editor schreef\n",
        );

        let message = recover_left_text(&store).unwrap();
        assert_eq!(message.unwrap().id, "editor-text-recovered");
        assert!(
            !scratch_path(store.dir()).exists(),
            "the scratch file is gone"
        );
        let draft = store.draft(&form.kind.draft_key()).unwrap().unwrap();
        let mut reopened = employer_form();
        reopened.restore(&draft);
        assert_eq!(
            reopened.text("notes"),
            "Eerste regel\nen wat ik in de editor schreef"
        );
        assert_eq!(reopened.text("name"), "Bakkerij Brood");
        assert!(draft.values.iter().all(|(name, _)| name != MARK));
        assert_eq!(recover_left_text(&store).unwrap(), None, "once only");
    }

    #[test]
    fn nanos_rescue_file_is_newer_than_the_scratch_file() {
        let (_dir, store) = store();
        let form = employer_form();
        die_in_the_editor(&store, &form, "oud");
        std::fs::write(store.dir().join(NANO_RESCUE_FILE), "nieuwer\n").unwrap();
        recover_left_text(&store).unwrap().unwrap();
        let draft = store.draft(&form.kind.draft_key()).unwrap().unwrap();
        assert!(draft.values.contains(&("notes".into(), "nieuwer".into())));
        assert!(!store.dir().join(NANO_RESCUE_FILE).exists());
        assert!(!scratch_path(store.dir()).exists());
    }

    #[test]
    fn text_no_draft_claims_is_left_in_place_and_pointed_at() {
        let (_dir, store) = store();
        std::fs::write(scratch_path(store.dir()), "van een oudere versie").unwrap();
        let message = recover_left_text(&store).unwrap().unwrap();
        assert_eq!(message.id, "editor-text-unclaimed");
        assert_eq!(
            std::fs::read_to_string(scratch_path(store.dir())).unwrap(),
            "van een oudere versie"
        );
        assert!(store.draft_keys().unwrap().is_empty());
    }

    #[test]
    fn an_editor_that_returns_leaves_the_drafts_as_they_were() {
        let (_dir, store) = store();
        let form = employer_form();
        let had_draft = before_editing(&store, &form).unwrap();
        assert!(!had_draft);
        after_editing(&store, &form, had_draft).unwrap();
        assert!(store.draft_keys().unwrap().is_empty(), "nothing was typed");
        assert!(!scratch_path(store.dir()).exists());

        let mut typed = employer_form();
        typed.dirty = true;
        let had_draft = before_editing(&store, &typed).unwrap();
        after_editing(&store, &typed, had_draft).unwrap();
        let draft = store.draft(&typed.kind.draft_key()).unwrap().unwrap();
        assert!(draft.values.iter().all(|(name, _)| name != MARK));
    }
}
