//! New passphrases (a handover bundle's, the recovery passphrase) must be strong, and every
//! passphrase-encrypted file is written with one scrypt work factor, so that opening it takes
//! the same time whichever laptop wrote it (issue 15, point 6).

mod common;

use common::Env;

const STRONG: &str = "vijf rode fietsen op het dak";

/// The scrypt work factor in the age header of a file (`-> scrypt SALT N`).
fn scrypt_log_n(bytes: &[u8]) -> u8 {
    let marker = b"-> scrypt ";
    let at = bytes
        .windows(marker.len())
        .position(|w| w == marker)
        .expect("an scrypt stanza");
    let line: Vec<u8> = bytes[at + marker.len()..]
        .iter()
        .copied()
        .take_while(|b| *b != b'\n')
        .collect();
    let line = String::from_utf8(line).unwrap();
    line.split(' ').nth(1).unwrap().parse().unwrap()
}

#[test]
fn a_weak_handover_passphrase_is_refused_with_the_reason_and_nothing_is_written() {
    let env = Env::new();
    env.ok(&["init", "--name", "Mila", "--role", "coordinator"]);
    env.add_coachee("Aziz", "Bakker");
    let file = env.temp.path().join("handover.stagecoach");
    for (weak, reason) in [
        ("welkom123", "veelgebruikte wachtwoorden"),
        ("asdfghjkl;'", "toetsen die naast elkaar liggen"),
        ("stagecoach2026", "te snel te raden"),
    ] {
        let out = env.handover(&file, weak).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{weak} accepted");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains(reason), "{weak}: {said}");
        assert!(said.contains("vier of vijf losse woorden"), "{said}");
        assert!(!file.exists(), "nothing written for {weak}");
    }
    env.handover(&file, STRONG).assert().success();
    assert_eq!(scrypt_log_n(&std::fs::read(&file).unwrap()), 18);
    // Opening needs no strength: an old bundle's passphrase is what it is.
    let next = Env::new();
    next.ok(&["init", "--name", "Noor", "--role", "coordinator"]);
    next.cmd()
        .args(["import", file.to_str().unwrap(), "--trust"])
        .env("STAGECOACH_PASSPHRASE", STRONG)
        .assert()
        .success();
}

#[test]
fn a_weak_recovery_passphrase_is_refused_and_a_strong_one_is_written_with_the_fixed_factor() {
    let env = Env::new();
    env.ok(&["init", "--name", "Sanne", "--role", "coach"]);
    let out = env
        .cmd()
        .arg("recovery-passphrase")
        .env("STAGECOACH_PASSPHRASE", "sanne2026")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("te snel te raden"));
    assert!(!env.dir().join("recovery.key").exists());
    env.cmd()
        .arg("recovery-passphrase")
        .env("STAGECOACH_PASSPHRASE", STRONG)
        .assert()
        .success();
    let key = std::fs::read_to_string(env.dir().join("recovery.key")).unwrap();
    let wrapped = key
        .lines()
        .find_map(|l| l.strip_prefix("wrapped "))
        .expect("the wrapped key");
    assert_eq!(scrypt_log_n(&hex::decode(wrapped).unwrap()), 18);
}
