//! Every message the code asks for exists in both languages: a typo in an id would otherwise
//! show the bare id to a coach.

use std::path::Path;

use stagecoach::i18n::Lang;

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn every_message_id_in_the_code_is_translated() {
    let mut files = Vec::new();
    rust_files(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    let mut ids = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, _) in text.match_indices("Msg::new(\"") {
            let rest = &text[i + "Msg::new(\"".len()..];
            let id = &rest[..rest.find('"').unwrap()];
            ids.push((file.clone(), id.to_string()));
        }
    }
    assert!(ids.len() > 100, "the scan found too few ids: {}", ids.len());
    for (file, id) in ids {
        for lang in [Lang::Nl, Lang::En] {
            assert!(
                lang.has(&id),
                "{id} (used in {}) is missing in {lang:?}",
                file.display()
            );
        }
    }
}
