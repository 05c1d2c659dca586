//! The bundle file through the library: round trips, the wrong key or passphrase, and every
//! kind of damage refused before a single op is handed out.

use age::secrecy::SecretString;
use chrono::NaiveDate;
use stagecoach::demo::{self, DemoOptions};
use stagecoach::domain::Role;
use stagecoach::store::Store;
use stagecoach::sync::bundle::{self, Addressed, BundleKind, Header, Payload, Seal, Unseal};
use stagecoach::sync::{Card, DeviceKeys, SyncError};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

struct Device {
    _dir: tempfile::TempDir,
    store: Store,
    keys: DeviceKeys,
    card: Card,
}

fn device(role: Role, name: &str, demo_data: bool) -> Device {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::init(dir.path(), name, role, today()).unwrap();
    if demo_data {
        let options = DemoOptions {
            coachees: Some(3),
            sessions: Some(12),
            seed: 9,
            today: today(),
        };
        demo::generate(&mut store, &options, |_| {}).unwrap();
    }
    let keys = DeviceKeys::load_or_create(dir.path()).unwrap();
    let card = Card::own(store.identity(), &keys);
    Device {
        _dir: dir,
        store,
        keys,
        card,
    }
}

fn bundle_from(sender: &Device, to: &Device) -> (Vec<u8>, Payload) {
    let header = Header {
        id: [7; 16],
        kind: BundleKind::Full,
        created: today(),
        sender: sender.card.device,
        sender_fingerprint: sender.card.fingerprint(),
        addressed: Addressed::To(vec![to.card.fingerprint()]),
        frontier: Vec::new(),
        since: Vec::new(),
    };
    let payload = Payload {
        card: sender.card.to_text(&sender.keys),
        ops: sender.store.ops().collect::<Result<_, _>>().unwrap(),
        handovers: Vec::new(),
        demo: false,
    };
    let recipient = to.card.age_recipient().unwrap();
    let bytes = bundle::write(
        &header,
        &payload,
        &sender.keys,
        Seal::Recipients(vec![recipient]),
    )
    .unwrap();
    (bytes, payload)
}

#[test]
fn a_bundle_opens_for_its_recipient_with_every_op_and_the_senders_card() {
    let coach = device(Role::Coach, "Sanne", true);
    let coordinator = device(Role::Coordinator, "Mila", false);
    let (bytes, payload) = bundle_from(&coach, &coordinator);
    assert!(!payload.ops.is_empty());
    let (header, opened) = bundle::open(&bytes, Unseal::Keys(&coordinator.keys)).unwrap();
    assert_eq!(opened, payload);
    assert_eq!(header.sender, coach.card.device);
    let (clear, _, _) = bundle::read_header(&bytes).unwrap();
    assert_eq!(clear, header, "the header is readable without keys");
}

#[test]
fn a_bundle_for_someone_else_is_refused() {
    let coach = device(Role::Coach, "Sanne", true);
    let coordinator = device(Role::Coordinator, "Mila", false);
    let other = device(Role::Coach, "Daan", false);
    let (bytes, _) = bundle_from(&coach, &coordinator);
    assert!(matches!(
        bundle::open(&bytes, Unseal::Keys(&other.keys)),
        Err(SyncError::NotForUs)
    ));
}

#[test]
fn a_passphrase_bundle_needs_the_right_passphrase() {
    let coordinator = device(Role::Coordinator, "Mila", true);
    let header = Header {
        id: [1; 16],
        kind: BundleKind::Full,
        created: today(),
        sender: coordinator.card.device,
        sender_fingerprint: coordinator.card.fingerprint(),
        addressed: Addressed::Passphrase,
        frontier: Vec::new(),
        since: Vec::new(),
    };
    let payload = Payload {
        card: coordinator.card.to_text(&coordinator.keys),
        ops: coordinator.store.ops().collect::<Result<_, _>>().unwrap(),
        handovers: Vec::new(),
        demo: false,
    };
    let secret = || SecretString::from("overdracht-2027".to_string());
    let bytes = bundle::write(
        &header,
        &payload,
        &coordinator.keys,
        Seal::Passphrase(secret()),
    )
    .unwrap();
    let (_, opened) = bundle::open(&bytes, Unseal::Passphrase(secret())).unwrap();
    assert_eq!(opened, payload);
    let wrong = SecretString::from("overdracht-2026".to_string());
    assert!(matches!(
        bundle::open(&bytes, Unseal::Passphrase(wrong)),
        Err(SyncError::WrongPassphrase)
    ));
    assert!(matches!(
        bundle::open(&bytes, Unseal::Keys(&coordinator.keys)),
        Err(SyncError::NeedsPassphrase)
    ));
}

#[test]
fn every_truncation_and_every_flipped_byte_is_refused() {
    let coach = device(Role::Coach, "Sanne", true);
    let coordinator = device(Role::Coordinator, "Mila", false);
    let (bytes, _) = bundle_from(&coach, &coordinator);
    // Many offsets spread over the whole file, the header densely.
    let offsets: Vec<usize> = (0..bytes.len().min(200))
        .chain((200..bytes.len()).step_by((bytes.len() / 150).max(1)))
        .collect();
    for &cut in &offsets {
        assert!(
            bundle::open(&bytes[..cut], Unseal::Keys(&coordinator.keys)).is_err(),
            "a bundle cut at {cut} of {} was accepted",
            bytes.len()
        );
    }
    for &at in &offsets {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x20;
        assert!(
            bundle::open(&flipped, Unseal::Keys(&coordinator.keys)).is_err(),
            "a flipped byte at {at} was accepted"
        );
    }
}

#[test]
fn other_files_and_newer_formats_are_told_apart() {
    let coordinator = device(Role::Coordinator, "Mila", false);
    let open = |bytes: &[u8]| bundle::open(bytes, Unseal::Keys(&coordinator.keys));
    assert!(matches!(open(b""), Err(SyncError::NotABundle)));
    assert!(matches!(
        open(b"PK\x03\x04 a zip file"),
        Err(SyncError::NotABundle)
    ));
    let mut newer = bundle::MAGIC.to_vec();
    newer.extend_from_slice(&(bundle::VERSION + 1).to_le_bytes());
    newer.push(5);
    newer.extend_from_slice(b"9.4.0");
    assert!(matches!(
        open(&newer),
        Err(SyncError::BundleTooNew { version, needs })
            if version == bundle::VERSION + 1 && needs == "9.4.0"
    ));
}

#[test]
fn a_bundle_signed_by_someone_else_than_its_card_says_is_refused() {
    let coach = device(Role::Coach, "Sanne", true);
    let impostor = device(Role::Coach, "Sanne", false);
    let coordinator = device(Role::Coordinator, "Mila", false);
    // The impostor carries Sanne's card but signs with its own key.
    let header = Header {
        id: [3; 16],
        kind: BundleKind::Delta,
        created: today(),
        sender: coach.card.device,
        sender_fingerprint: coach.card.fingerprint(),
        addressed: Addressed::To(vec![coordinator.card.fingerprint()]),
        frontier: Vec::new(),
        since: Vec::new(),
    };
    let payload = Payload {
        card: coach.card.to_text(&coach.keys),
        ops: Vec::new(),
        handovers: Vec::new(),
        demo: false,
    };
    let recipient = coordinator.card.age_recipient().unwrap();
    let bytes = bundle::write(
        &header,
        &payload,
        &impostor.keys,
        Seal::Recipients(vec![recipient]),
    )
    .unwrap();
    assert!(matches!(
        bundle::open(&bytes, Unseal::Keys(&coordinator.keys)),
        Err(SyncError::BadSignature)
    ));
}
