//! Reaches what the encryption hides from `bundle_reader`: the zstd body, the postcard payload,
//! the sender's card, the signature and header checks, and, for a bundle that opens, a dry-run
//! import of its ops into a small programme. Every input is sealed inside the target to a fixed
//! test key, so decryption always succeeds; the first byte picks what the fuzzer controls:
//!
//! - 0 / 1: the op sequence, behind a valid card of a coordinator / a coach, signed properly;
//! - 2: the whole payload, card text included, signed properly;
//! - 3: the signed record (payload and signature) before compression;
//! - 4: the compressed body.
//!
//! Nothing may panic, hang or allocate without bound. Run (from the repository root):
//! `cargo +nightly fuzz run bundle_payload fuzz/seeds/bundle_payload -- -jobs=1`.
//! `STAGECOACH_FUZZ_WRITE_SEEDS=DIR` writes seed inputs made from a real programme into DIR.
#![no_main]

use std::io::Write;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use stagecoach::demo::{self, DemoOptions};
use stagecoach::domain::{DeviceId, Role, Session, SessionType};
use stagecoach::store::op::{Change, Op};
use stagecoach::store::{DeviceIdentity, Store};
use stagecoach::sync::bundle::{self, Addressed, BundleKind, Header, Payload, Seal, Unseal};
use stagecoach::sync::{Card, DeviceKeys};

/// Test keys made for this target only: they protect nothing.
const TEST_KEYS: &str = "stagecoach-keys 1
signing 38df5f18c671432422120b772d4b4f67416d005b383a3289321ebb1f3ba31191
age AGE-SECRET-KEY-1W5VUMYXE0UG6398LWLYJGL6KZYQ3T2HW3M6EGGW0HCWXWNGZL9XQTEV3LA
";

struct Fixture {
    _dir: tempfile::TempDir,
    keys: DeviceKeys,
    /// The sender's self-signed card text, as a coordinator and as a coach.
    coordinator_card: String,
    coach_card: String,
    header: Header,
    /// Magic, version and header: the clear part every bundle of this target starts with.
    clear: Vec<u8>,
    recipient: age::x25519::Recipient,
    /// The receiving programme; imports into it are dry runs, so it never changes.
    store: Mutex<Store>,
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn card_text(keys: &DeviceKeys, role: Role) -> (Card, String) {
    let identity = DeviceIdentity {
        device: DeviceId::from_bytes([0x5c; 16]),
        name: "Fuzz".into(),
        role,
        created: today(),
    };
    let card = Card::own(&identity, keys);
    let text = card.to_text(keys);
    (card, text)
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(DeviceKeys::path(dir.path()), TEST_KEYS).expect("keys file");
        let keys = DeviceKeys::load_or_create(dir.path()).expect("test keys");
        let (card, coordinator_card) = card_text(&keys, Role::Coordinator);
        let (_, coach_card) = card_text(&keys, Role::Coach);
        let header = Header {
            id: [7; 16],
            kind: BundleKind::Delta,
            created: today(),
            sender: card.device,
            sender_fingerprint: card.fingerprint(),
            addressed: Addressed::To(vec![card.fingerprint()]),
            frontier: Vec::new(),
            since: Vec::new(),
        };
        let recipient = card.age_recipient().expect("recipient");
        let sample = bundle::write_encoded(
            &header,
            Vec::new(),
            &keys,
            Seal::Recipients(vec![recipient.clone()]),
        )
        .expect("sample bundle");
        let clear = bundle::read_header(&sample).expect("own header").1.to_vec();
        let store = programme(&dir.path().join("receiver"), "Mila", 1);
        let fixture = Fixture {
            _dir: dir,
            keys,
            coordinator_card,
            coach_card,
            header,
            clear,
            recipient,
            store: Mutex::new(store),
        };
        if let Some(seeds) = std::env::var_os("STAGECOACH_FUZZ_WRITE_SEEDS") {
            write_seeds(&fixture, Path::new(&seeds));
        }
        fixture
    })
}

/// A small demo programme, as a coordinator's database.
fn programme(dir: &Path, name: &str, seed: u64) -> Store {
    let mut store = Store::init(dir, name, Role::Coordinator, today()).expect("store");
    let options = DemoOptions {
        coachees: Some(3),
        sessions: Some(8),
        seed,
        today: today(),
    };
    demo::generate(&mut store, &options, |_| {}).expect("demo");
    store
}

/// postcard's unsigned varint.
fn push_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// A payload as postcard writes it: the card text, then the op sequence as given.
fn payload_with(card: &str, op_sequence: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(card.len() + op_sequence.len() + 10);
    push_varint(&mut bytes, card.len() as u64);
    bytes.extend_from_slice(card.as_bytes());
    bytes.extend_from_slice(op_sequence);
    bytes
}

/// A bundle whose encrypted body is exactly `body`.
fn bundle_around(fixture: &Fixture, body: &[u8]) -> Vec<u8> {
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&fixture.recipient as &dyn age::Recipient))
            .expect("recipient");
    let mut out = fixture.clear.clone();
    let mut writer = encryptor.wrap_output(&mut out).expect("encrypt");
    writer.write_all(body).expect("encrypt");
    writer.finish().expect("encrypt");
    out
}

fn signed_bundle(fixture: &Fixture, payload: Vec<u8>) -> Vec<u8> {
    bundle::write_encoded(
        &fixture.header,
        payload,
        &fixture.keys,
        Seal::Recipients(vec![fixture.recipient.clone()]),
    )
    .expect("writing a bundle of any payload")
}

fn open_and_plan(fixture: &Fixture, bytes: &[u8]) {
    let Ok((header, payload)) = bundle::open(bytes, Unseal::Keys(&fixture.keys)) else {
        return;
    };
    let Ok(card) = payload.sender_card() else {
        return;
    };
    let incoming = header.incoming(card.role, payload.ops);
    let mut store = fixture.store.lock().unwrap_or_else(|e| e.into_inner());
    let _ = store.import(incoming, today(), true);
}

fuzz_target!(|data: &[u8]| {
    let fixture = fixture();
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let bytes = match mode % 5 {
        0 => signed_bundle(fixture, payload_with(&fixture.coordinator_card, rest)),
        1 => signed_bundle(fixture, payload_with(&fixture.coach_card, rest)),
        2 => signed_bundle(fixture, rest.to_vec()),
        3 => bundle_around(fixture, &zstd::bulk::compress(rest, 1).expect("compress")),
        _ => bundle_around(fixture, rest),
    };
    open_and_plan(fixture, &bytes);
});

/// Seeds from a real programme: its op sequence behind each card, its whole payload, and one
/// op carrying raw control characters, as an older or hostile version would send it.
fn write_seeds(fixture: &Fixture, dir: &Path) {
    std::fs::create_dir_all(dir).expect("seed folder");
    let source = tempfile::tempdir().expect("temp dir");
    let mut store = programme(&source.path().join("sender"), "Sanne", 2);
    let coachee = store.coachees().expect("coachees")[0].coachee.clone();
    let raw = Session {
        id: stagecoach::domain::EntityId::new(),
        coachee: coachee.id,
        date: today(),
        minutes: 40,
        session_type: Some(SessionType::StageVisit),
        summary: "x \x1b]0;PWNED\x07\x1b[2J\u{202e}".into(),
        ..Default::default()
    };
    store
        .save(vec![Change::put(None, &raw).expect("new record")])
        .expect("raw save");
    let ops: Vec<Op> = store.ops().collect::<Result<_, _>>().expect("ops");
    let sequence = |ops: &[Op]| postcard::to_allocvec(ops).expect("encode ops");
    let last = ops.len() - 1;
    let seeds: [(&str, u8, Vec<u8>); 4] = [
        ("programme-as-coordinator", 0, sequence(&ops)),
        ("programme-as-coach", 1, sequence(&ops)),
        ("raw-control-characters", 0, sequence(&ops[last..])),
        (
            "whole-payload",
            2,
            postcard::to_allocvec(&Payload {
                card: fixture.coordinator_card.clone(),
                ops: ops[..ops.len().min(12)].to_vec(),
            })
            .expect("encode payload"),
        ),
    ];
    for (name, mode, bytes) in seeds {
        let mut input = vec![mode];
        input.extend(bytes);
        std::fs::write(dir.join(name), input).expect("seed file");
    }
}
