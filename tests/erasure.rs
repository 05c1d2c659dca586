//! Erasure (AVG art. 17, issue 15 point 2), checked the way an auditor would: after `forget`,
//! a byte search of the whole data dir — sled's files, backups, logs — finds nothing of the
//! person, on the coach's laptop and, once the purge bundle is imported, on the
//! coordinator's; a replayed old bundle does not bring them back; and deleting one contact
//! erases its text the same way, whether or not it had been exported.

mod common;

use common::holding;
use common::laptop::{Laptop, bundle_for, refusal_reasons, send};

/// A coordinator and a coach who trust each other, with two young people of the coach's:
/// one to erase (with a name, phone and a word no one else has written) and one to keep.
struct Programme {
    mila: Laptop,
    sanne: Laptop,
    code: String,
    kept: String,
}

const FIRST: &str = "Zoëlinde";
const LAST: &str = "Quakkelstein";
const PHONE: &str = "0687654321";
const WORD: &str = "Xylofoonwerkplaats";
const KEPT_WORD: &str = "Blijfwoordvoorbeeld";

fn programme() -> Programme {
    let mila = Laptop::new("coordinator", "Mila");
    let sanne = Laptop::new("coach", "Sanne");
    mila.trust(&sanne);
    mila.ok(&[
        "add",
        "coachee",
        "--first-name",
        FIRST,
        "--last-name",
        LAST,
        "--phone",
        PHONE,
    ]);
    mila.ok(&[
        "add",
        "coachee",
        "--first-name",
        "Bram",
        "--last-name",
        "Blijft",
    ]);
    let codes = mila.coachees();
    let code_of = |first: &str| {
        codes.iter().find(|c| c["first_name"] == first).unwrap()["code"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (code, kept) = (code_of(FIRST), code_of("Bram"));
    mila.ok(&["assign", &code, "Sanne"]);
    mila.ok(&["assign", &kept, "Sanne"]);
    let out = mila.export(&[]);
    sanne.import(bundle_for(&out, "sanne"), &["--trust"]);
    let summary = format!("Bezoek bij de {WORD}, loopt goed");
    sanne.ok(&["log", &code, "--type", "stagebezoek", "--summary", &summary]);
    let kept_summary = format!("Gesprek over de {KEPT_WORD}");
    sanne.ok(&[
        "log",
        &kept,
        "--type",
        "coachgesprek",
        "--summary",
        &kept_summary,
    ]);
    sanne.ok(&["backup"]);
    send(&sanne, &mila);
    mila.ok(&["backup"]);
    Programme {
        mila,
        sanne,
        code,
        kept,
    }
}

#[test]
fn a_forgotten_person_leaves_no_byte_on_either_laptop_and_does_not_come_back() {
    let p = programme();
    let needles = [FIRST, LAST, PHONE, WORD, p.code.as_str()];
    let old_bundles = p.sanne.export(&[]);
    assert!(
        !holding(&p.sanne.env.dir(), &[WORD]).is_empty(),
        "the search must find the word before the erasure, or it proves nothing"
    );

    let said = p.sanne.ok(&["forget", &p.code, "--yes"]);
    assert!(said.contains(&p.code), "{said}");
    assert!(said.contains("Mila"), "names who has a copy: {said}");
    // The backup made earlier is rewritten without them, not left as it was.
    assert!(
        said.contains("1 back-up herschreven")
            || said.contains("back-ups herschreven") && !said.contains(" 0 back-ups herschreven"),
        "{said}"
    );
    assert!(!said.contains("0 back-ups herschreven"), "{said}");
    assert_eq!(
        holding(&p.sanne.env.dir(), &needles),
        vec![],
        "the coach's data dir"
    );
    assert_eq!(p.sanne.codes(), vec![p.kept.clone()]);
    assert!(
        !holding(&p.sanne.env.dir(), &[KEPT_WORD]).is_empty(),
        "the other young person's contact is still there"
    );
    p.sanne.ok(&["doctor"]);

    send(&p.sanne, &p.mila);
    assert_eq!(p.mila.codes(), vec![p.kept.clone()]);
    assert_eq!(
        holding(&p.mila.env.dir(), &needles),
        vec![],
        "the coordinator's data dir"
    );
    p.mila.ok(&["doctor"]);

    // The bundle from before the erasure, imported again, brings nothing back.
    p.mila.import(bundle_for(&old_bundles, "mila"), &[]);
    assert_eq!(p.mila.codes(), vec![p.kept.clone()]);
    assert_eq!(holding(&p.mila.env.dir(), &needles), vec![]);

    // Nor does a restore from the backups folder: they were rewritten without the person.
    p.mila.ok(&["doctor", "--rebuild"]);
    assert_eq!(p.mila.codes(), vec![p.kept.clone()]);
}

#[test]
fn a_deleted_contact_is_erased_whether_or_not_it_was_exported() {
    let p = programme();
    let sessions = p
        .sanne
        .env
        .json(&["list", "sessions", "--coachee", &p.code, "--json"]);
    let exported = sessions.as_array().unwrap()[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let unsent_word = "Onverzondenwoordje";
    p.sanne.ok(&[
        "log",
        &p.code,
        "--type",
        "telefonisch",
        "--summary",
        &format!("Gebeld over {unsent_word}"),
    ]);
    let sessions = p
        .sanne
        .env
        .json(&["list", "sessions", "--coachee", &p.code, "--json"]);
    let unsent = sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["summary"].as_str().unwrap().contains(unsent_word))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();

    p.sanne.ok(&["forget", "--session", &exported, "--yes"]);
    p.sanne.ok(&["forget", "--session", &unsent, "--yes"]);
    assert_eq!(holding(&p.sanne.env.dir(), &[WORD, unsent_word]), vec![]);
    assert_eq!(p.sanne.codes().len(), 2, "the person themselves stays");

    send(&p.sanne, &p.mila);
    assert_eq!(holding(&p.mila.env.dir(), &[WORD, unsent_word]), vec![]);
    let left = p
        .mila
        .env
        .json(&["list", "sessions", "--coachee", &p.code, "--json"]);
    assert_eq!(left.as_array().unwrap().len(), 0, "{left}");
}

#[test]
fn forget_asks_first_and_without_a_terminal_needs_yes() {
    let p = programme();
    let before = p.sanne.env.dump();
    let said = p.sanne.env.fails(&["forget", &p.code]);
    assert!(said.contains("--yes"), "{said}");
    assert_eq!(p.sanne.env.dump(), before, "nothing was erased");
}

/// The report of a whole-month period before today, split into what must stay the same after
/// an anonymised erasure: every section up to the table per coach, and of that table the
/// period's own columns (caseload, active, contacts, hours, stage visits). The remaining
/// columns are today's work lists (contacts overdue, open escalations, agreements past their
/// date), which an erased person leaves.
fn period_figures(env: &common::Env, period: &[&str]) -> (String, Vec<Vec<String>>) {
    let mut args = vec!["report", "--exact"];
    args.extend_from_slice(period);
    let report = env.ok(&args);
    let (figures, per_coach) = report
        .split_once("## Per coach")
        .expect("a table per coach");
    let columns = per_coach
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| |"))
        .map(|l| {
            l.split('|')
                .skip(1)
                .take(6)
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect();
    (figures.to_string(), columns)
}

#[test]
fn anonymised_erasure_keeps_past_report_periods_identical_and_the_person_nowhere() {
    let env = common::Env::coordinator_demo();
    let sessions = env.json(&[
        "list",
        "sessions",
        "--from",
        "2026-07-01",
        "--to",
        "2026-09-30",
        "--json",
    ]);
    // The young person with the most contacts in the third quarter: the most to lose.
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    for s in sessions.as_array().unwrap() {
        *counts
            .entry(s["coachee_id"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    let (id, _) = counts.iter().max_by_key(|(_, n)| **n).unwrap();
    let person = env.json(&["show", id, "--json"]);
    let phone = person["phone"].as_str().unwrap().to_string();
    let email = person["email"].as_str().unwrap().to_string();
    assert!(!holding(&env.dir(), &[&phone, &email]).is_empty());

    let periods: [&[&str]; 3] = [
        &["--year", "2026", "--quarter", "3"],
        &["--year", "2026", "--quarter", "2"],
        &["--from", "2026-08-01", "--to", "2026-10-31"],
    ];
    let before: Vec<_> = periods.iter().map(|p| period_figures(&env, p)).collect();
    let said = env.ok(&["forget", id, "--anonymise", "--yes"]);
    assert!(said.contains("anoniem spoor"), "{said}");
    for (period, before) in periods.iter().zip(&before) {
        assert_eq!(&period_figures(&env, period), before, "{period:?}");
    }
    assert!(env.fails(&["show", id]).contains("Fout"));
    let traces = holding(&env.dir(), &[&phone, &email]);
    assert!(traces.is_empty(), "left behind: {traces:?}");

    // Without --anonymise the same figures would have dropped: the trace is what keeps them.
    let other = counts
        .iter()
        .filter(|(other, _)| *other != id)
        .max_by_key(|(_, n)| **n)
        .unwrap()
        .0;
    env.ok(&["forget", other, "--yes"]);
    assert_ne!(&period_figures(&env, periods[0]), &before[0]);
}

#[test]
fn work_logged_and_erased_between_two_bundles_arrives_as_its_erasure_alone() {
    let p = programme();
    let unsent = "Nooitverzondenbezoek";
    p.sanne.ok(&[
        "log",
        &p.code,
        "--type",
        "telefonisch",
        "--summary",
        &format!("Gebeld over {unsent}"),
    ]);
    let contacts = p
        .sanne
        .env
        .json(&["list", "sessions", "--coachee", &p.kept, "--json"]);
    let kept_contact = contacts[0]["id"].as_str().unwrap().to_string();
    p.sanne.ok(&[
        "log",
        &p.kept,
        "--type",
        "telefonisch",
        "--summary",
        "Even gebeld, ook dit verdwijnt",
    ]);
    let contacts = p
        .sanne
        .env
        .json(&["list", "sessions", "--coachee", &p.kept, "--json"]);
    let fresh_contact = contacts
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .find(|id| *id != kept_contact)
        .unwrap();
    p.sanne
        .ok(&["forget", "--session", &fresh_contact, "--yes"]);
    p.sanne.ok(&["forget", &p.code, "--yes"]);

    let plan = send(&p.sanne, &p.mila);
    assert_eq!(refusal_reasons(&plan), Vec::<String>::new(), "{plan}");
    assert_eq!(p.mila.codes(), vec![p.kept.clone()]);
    assert_eq!(holding(&p.mila.env.dir(), &[FIRST, WORD, unsent]), vec![]);
    // The coach's sequence arrives whole: no gap where the erased work was.
    let doctor = p.mila.ok(&["doctor"]);
    assert!(doctor.contains("Alles klopt"), "{doctor}");
}

#[test]
fn a_former_coach_erases_too_though_the_person_had_moved_on() {
    let p = programme();
    let kees = Laptop::new("coach", "Kees");
    p.mila.trust(&kees);
    p.mila.ok(&["assign", &p.code, "Kees"]);
    let moved = send(&p.mila, &p.sanne);
    assert!(moved["moved_away"].to_string().contains(&p.code), "{moved}");
    assert_eq!(p.sanne.codes(), vec![p.kept.clone()]);
    assert!(
        !holding(&p.sanne.env.dir(), &[WORD]).is_empty(),
        "the backup from before the move still holds the visit, or this test proves nothing"
    );

    p.mila.ok(&["forget", &p.code, "--yes"]);
    let erased = send(&p.mila, &p.sanne);
    assert_eq!(erased["purged"], 1, "{erased}");
    assert_eq!(
        holding(&p.sanne.env.dir(), &[FIRST, LAST, PHONE, WORD]),
        vec![],
        "the former coach's data dir"
    );
    p.sanne.ok(&["doctor"]);
    // A coach who never had them is not told anyone was erased.
    let out = p.mila.export(&[]);
    let unknown = kees.import(bundle_for(&out, "kees"), &["--trust"]);
    assert_eq!(unknown["purged"], 0, "{unknown}");
}

#[test]
fn a_coach_cannot_erase_someone_who_moved_to_another_coach() {
    let p = programme();
    let kees = Laptop::new("coach", "Kees");
    p.mila.trust(&kees);
    // Written after the last bundle: the coach still owes it to the coordinator.
    p.sanne.ok(&[
        "log",
        &p.code,
        "--type",
        "telefonisch",
        "--summary",
        "Nog te bezorgen",
    ]);
    p.mila.ok(&["assign", &p.code, "Kees"]);
    let moving = send(&p.mila, &p.sanne);
    assert!(
        moving["moving_away"].to_string().contains(&p.code),
        "{moving}"
    );
    let before = p.sanne.env.dump();
    let refused = p.sanne.env.fails(&["forget", &p.code, "--yes"]);
    assert!(refused.contains("Kees"), "{refused}");
    assert_eq!(p.sanne.env.dump(), before, "nothing was erased");
}

#[test]
fn a_person_anonymised_on_two_laptops_is_counted_once() {
    let p = programme();
    let period = ["--from", "2026-11-01", "--to", "2026-11-30"];
    p.mila.ok(&["forget", &p.code, "--anonymise", "--yes"]);
    let counted_once = period_figures(&p.mila.env, &period);
    // The coach erased them too, before hearing of it: their trace is the same trace.
    p.sanne.ok(&["forget", &p.code, "--anonymise", "--yes"]);
    let plan = send(&p.sanne, &p.mila);
    assert_eq!(refusal_reasons(&plan), Vec::<String>::new(), "{plan}");
    assert_eq!(period_figures(&p.mila.env, &period), counted_once);
    let conflicts = p.mila.conflicts();
    assert!(conflicts.is_empty(), "{conflicts:?}");
}
