//! The bundle file: a clear header anyone can read (who from, for whom, what kind), then the
//! age ciphertext of the signed, compressed payload. See `docs/BUNDLE_FORMAT.md`.
//!
//! Reading is all-or-nothing: every check (magic, version, header, decryption, signature,
//! sender) happens before a caller gets a single op.

use std::io::{Read, Write};

use age::secrecy::SecretString;
use chrono::NaiveDate;
use ed25519_dalek::{Signature, Signer, Verifier};
use serde::{Deserialize, Serialize};

use super::{Card, DeviceKeys, SyncError};
use crate::domain::{DeviceId, EntityId, Role};
use crate::store::import::Incoming;
use crate::store::op::Op;

pub const MAGIC: &[u8; 17] = b"STAGECOACH-BUNDLE";
pub const VERSION: u16 = 1;
/// The first stagecoach release that reads this format. Every format keeps this string right
/// after the version, so an older reader can say which update it needs.
pub const READABLE_SINCE: &str = "0.1.0";
/// A version string longer than this is not something stagecoach writes.
const MAX_READABLE_SINCE: usize = 32;
/// Larger headers are not something stagecoach writes: refuse before allocating.
const MAX_HEADER: usize = 64 * 1024;
/// zstd level: bundles are small next to what they hold, and writing them stays fast.
const ZSTD_LEVEL: i32 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BundleKind {
    /// Everything the sender may share with the recipient.
    Full,
    /// Only what the recipient did not have at their last bundle.
    Delta,
}

/// Who can open the bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Addressed {
    /// The fingerprints of the recipients' cards.
    To(Vec<String>),
    /// Anyone with the passphrase (handover and welcome bundles).
    Passphrase,
}

/// The part of a bundle that is readable without keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub id: [u8; 16],
    pub kind: BundleKind,
    pub created: NaiveDate,
    pub sender: DeviceId,
    pub sender_fingerprint: String,
    pub addressed: Addressed,
    /// Per origin device, what the sender held (see [`crate::store::Store::frontier`]): what
    /// the recipient may leave out of its next bundle back.
    pub frontier: Vec<(DeviceId, u64)>,
    /// The frontier the sender assumed the recipient had when it chose the ops (empty for a
    /// full bundle): a recipient that has less knows the bundle leaves a gap.
    pub since: Vec<(DeviceId, u64)>,
}

impl Header {
    /// The bundle's ops with what this header says about them, ready for the store's import.
    pub fn incoming(
        &self,
        sender_role: Role,
        ops: Vec<Op>,
        handovers: Vec<(EntityId, u64)>,
    ) -> Incoming {
        Incoming {
            handovers: handovers.into_iter().collect(),
            bundle: self.id,
            sender: self.sender,
            sender_role,
            since: self.since.iter().copied().collect(),
            frontier: self.frontier.iter().copied().collect(),
            ops,
        }
    }
}

/// What the bundle carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payload {
    /// The sender's card as its self-signed text, so a recipient can trust it as it would a
    /// card file.
    pub card: String,
    pub ops: Vec<Op>,
    /// Coachees the sender (a coach) learnt had moved to another coach, each with the last of
    /// the sender's own ops written before it learnt so: those are its legitimate work, later
    /// ones are not (`store::import`). Encoded after the ops, so that readers of 0.1 ignore it
    /// and a payload that ends after the ops has none.
    pub handovers: Vec<(EntityId, u64)>,
    /// The sender's database was filled by `demo`: fictional people, which a real database
    /// refuses. Appended after the handovers, in the same way.
    pub demo: bool,
}

/// The start of every payload, as 0.1 wrote it whole.
#[derive(Deserialize)]
struct PayloadStart {
    card: String,
    ops: Vec<Op>,
}

impl Payload {
    /// Reads a payload, with or without the fields appended after its ops.
    fn decode(bytes: &[u8]) -> Result<Payload, SyncError> {
        let damaged = |_| SyncError::BundleDamaged;
        let (start, rest): (PayloadStart, &[u8]) =
            postcard::take_from_bytes(bytes).map_err(damaged)?;
        let (handovers, rest) = match rest {
            [] => (Vec::new(), rest),
            _ => postcard::take_from_bytes(rest).map_err(damaged)?,
        };
        let demo = match rest {
            [] => false,
            _ => postcard::from_bytes(rest).map_err(damaged)?,
        };
        Ok(Payload {
            card: start.card,
            ops: start.ops,
            handovers,
            demo,
        })
    }

    /// The sender's card, its self-signature checked.
    pub fn sender_card(&self) -> Result<Card, SyncError> {
        Card::parse(&self.card).map_err(|_| SyncError::BadSignature)
    }
}

#[derive(Serialize, Deserialize)]
struct Sealed {
    payload: Vec<u8>,
    signature: Vec<u8>,
}

/// How the body is encrypted.
pub enum Seal {
    Recipients(Vec<age::x25519::Recipient>),
    Passphrase(SecretString),
}

/// What opens the body.
pub enum Unseal<'a> {
    Keys(&'a DeviceKeys),
    Passphrase(SecretString),
}

/// The bytes that are signed: the whole clear part of the file and a hash of the payload.
fn signed_message(clear: &[u8], payload: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(clear.len() + 32);
    message.extend_from_slice(clear);
    message.extend_from_slice(blake3::hash(payload).as_bytes());
    message
}

/// Magic, version, the release that reads it, and the header: everything before the body.
fn clear_part(header_bytes: &[u8]) -> Vec<u8> {
    let mut clear = Vec::with_capacity(MAGIC.len() + 7 + READABLE_SINCE.len() + header_bytes.len());
    clear.extend_from_slice(MAGIC);
    clear.extend_from_slice(&VERSION.to_le_bytes());
    clear.push(READABLE_SINCE.len() as u8);
    clear.extend_from_slice(READABLE_SINCE.as_bytes());
    clear.extend_from_slice(&(header_bytes.len() as u32).to_le_bytes());
    clear.extend_from_slice(header_bytes);
    clear
}

/// Writes a bundle to bytes. The caller puts them on disk (temp file, fsync, rename).
pub fn write(
    header: &Header,
    payload: &Payload,
    keys: &DeviceKeys,
    seal: Seal,
) -> Result<Vec<u8>, SyncError> {
    let payload_bytes = postcard::to_allocvec(payload).map_err(|_| SyncError::BundleDamaged)?;
    write_encoded(header, payload_bytes, keys, seal)
}

/// A payload built op by op, already in its encoded form: an export of a whole programme
/// never holds every op as a value at once (half a gigabyte at 250,000 ops).
pub struct PayloadWriter {
    card: String,
    ops: Vec<u8>,
    count: usize,
    handovers: Vec<(EntityId, u64)>,
    demo: bool,
}

impl PayloadWriter {
    pub fn new(card: String) -> Self {
        Self {
            card,
            ops: Vec::new(),
            count: 0,
            handovers: Vec::new(),
            demo: false,
        }
    }

    /// Marks the payload as coming from a demo database (see [`Payload::demo`]).
    pub fn demo(&mut self, demo: bool) {
        self.demo = demo;
    }

    /// The coachees this device learnt had moved away (see [`Payload::handovers`]).
    pub fn handovers(&mut self, handovers: Vec<(EntityId, u64)>) {
        self.handovers = handovers;
    }

    pub fn push(&mut self, op: &Op) -> Result<(), SyncError> {
        self.ops = postcard::to_extend(op, std::mem::take(&mut self.ops))
            .map_err(|_| SyncError::BundleDamaged)?;
        self.count += 1;
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The bytes postcard writes for `Payload { card, ops, handovers, demo }`: the card string
    /// and the op sequence, each length-prefixed with a varint, then the appended fields.
    pub fn finish(self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.card.len() + self.ops.len() + 20);
        push_varint(&mut bytes, self.card.len() as u64);
        bytes.extend_from_slice(self.card.as_bytes());
        push_varint(&mut bytes, self.count as u64);
        bytes.extend_from_slice(&self.ops);
        let bytes = postcard::to_extend(&self.handovers, bytes).expect("a Vec<u8> takes more");
        postcard::to_extend(&self.demo, bytes).expect("a Vec<u8> takes more")
    }
}

/// postcard's unsigned varint: 7 bits per byte, low bits first.
fn push_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Writes a bundle whose payload is already encoded (see [`PayloadWriter`]).
pub fn write_encoded(
    header: &Header,
    payload_bytes: Vec<u8>,
    keys: &DeviceKeys,
    seal: Seal,
) -> Result<Vec<u8>, SyncError> {
    let header_bytes = postcard::to_allocvec(header).map_err(|_| SyncError::BundleDamaged)?;
    let clear = clear_part(&header_bytes);
    let signature = keys.signing.sign(&signed_message(&clear, &payload_bytes));
    // `Sealed` as postcard writes it, streamed into zstd rather than copied first: the
    // payload of a whole programme is a few hundred megabytes before compression.
    let signature = signature.to_bytes();
    let compress = |e| SyncError::io("compress", "bundle", e);
    let mut encoder = zstd::Encoder::new(Vec::new(), ZSTD_LEVEL).map_err(compress)?;
    let mut prefix = Vec::with_capacity(10);
    push_varint(&mut prefix, payload_bytes.len() as u64);
    encoder.write_all(&prefix).map_err(compress)?;
    encoder.write_all(&payload_bytes).map_err(compress)?;
    drop(payload_bytes);
    encoder
        .write_all(&[signature.len() as u8])
        .map_err(compress)?;
    encoder.write_all(&signature).map_err(compress)?;
    let compressed = encoder.finish().map_err(compress)?;

    let encryptor = match &seal {
        Seal::Recipients(recipients) => {
            age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
                .map_err(|_| SyncError::NoRecipients)?
        }
        Seal::Passphrase(passphrase) => {
            let recipient = crate::store::backup::format::passphrase_recipient(passphrase);
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .map_err(|_| SyncError::NoRecipients)?
        }
    };
    let mut out = Vec::with_capacity(compressed.len() + clear.len() + 512);
    out.extend_from_slice(&clear);
    let io = |e| SyncError::io("encrypt", "bundle", e);
    let mut writer = encryptor.wrap_output(&mut out).map_err(io)?;
    writer.write_all(&compressed).map_err(io)?;
    writer.finish().map_err(io)?;
    Ok(out)
}

/// The clear header, the clear part of the file it was read from, and the encrypted body,
/// without decrypting anything.
pub fn read_header(bytes: &[u8]) -> Result<(Header, &[u8], &[u8]), SyncError> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(SyncError::NotABundle);
    }
    let rest = &bytes[MAGIC.len()..];
    let damaged = || SyncError::BundleDamaged;
    let version = u16::from_le_bytes(rest.get(..2).ok_or_else(damaged)?.try_into().expect("2"));
    let since_len = usize::from(*rest.get(2).ok_or_else(damaged)?);
    if since_len > MAX_READABLE_SINCE {
        return Err(damaged());
    }
    let since = rest.get(3..3 + since_len).ok_or_else(damaged)?;
    if version > VERSION {
        let needs = String::from_utf8_lossy(since).into_owned();
        // A newer format names a newer release. If the release it names is this one or older,
        // the version field itself was damaged: "update to 0.1.0" would send a coach in circles.
        if !is_newer_release(&needs) {
            return Err(damaged());
        }
        return Err(SyncError::BundleTooNew { version, needs });
    }
    let rest = &rest[3 + since_len..];
    let len = u32::from_le_bytes(rest.get(..4).ok_or_else(damaged)?.try_into().expect("4"));
    let len = len as usize;
    if len > MAX_HEADER {
        return Err(damaged());
    }
    let header_bytes = rest.get(4..4 + len).ok_or_else(damaged)?;
    let header: Header = postcard::from_bytes(header_bytes).map_err(|_| damaged())?;
    let clear_len = bytes.len() - rest.len() + 4 + len;
    Ok((header, &bytes[..clear_len], &rest[4 + len..]))
}

/// Whether `release` ("1.4.0") is a well-formed release newer than this build.
fn is_newer_release(release: &str) -> bool {
    fn parse(text: &str) -> Option<Vec<u64>> {
        let parts: Option<Vec<u64>> = text.split('.').map(|p| p.parse().ok()).collect();
        parts.filter(|p| p.len() == 3)
    }
    match (parse(release), parse(env!("CARGO_PKG_VERSION"))) {
        (Some(theirs), Some(ours)) => theirs > ours,
        _ => false,
    }
}

/// Opens a bundle: checks the header, decrypts, decompresses, and verifies the signature with
/// the card the payload carries. Whether that card is trusted is the caller's decision.
pub fn open(bytes: &[u8], unseal: Unseal) -> Result<(Header, Payload), SyncError> {
    let (header, clear, body) = read_header(bytes)?;
    let decryptor = age::Decryptor::new(body).map_err(|_| SyncError::BundleDamaged)?;
    let passphrase_bundle = decryptor.is_scrypt();
    let reader = match (&unseal, passphrase_bundle) {
        (Unseal::Keys(keys), false) => {
            decryptor.decrypt(std::iter::once(&keys.decryption as &dyn age::Identity))
        }
        (Unseal::Passphrase(passphrase), true) => {
            let mut identity = age::scrypt::Identity::new(passphrase.clone());
            identity.set_max_work_factor(crate::store::backup::format::MAX_SCRYPT_LOG_N);
            decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))
        }
        (Unseal::Keys(_), true) => return Err(SyncError::NeedsPassphrase),
        (Unseal::Passphrase(_), false) => return Err(SyncError::NotForUs),
    };
    let mut reader = reader.map_err(|e| match e {
        // scrypt cannot tell a wrong passphrase from a damaged stanza; the wrong passphrase is
        // by far the likelier, and "check it" is the right advice for both.
        age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed
            if passphrase_bundle =>
        {
            SyncError::WrongPassphrase
        }
        age::DecryptError::NoMatchingKeys => SyncError::NotForUs,
        _ => SyncError::BundleDamaged,
    })?;
    let mut compressed = Vec::new();
    reader
        .read_to_end(&mut compressed)
        .map_err(|_| SyncError::BundleDamaged)?;
    let sealed_bytes = zstd::decode_all(&compressed[..]).map_err(|_| SyncError::BundleDamaged)?;
    let sealed: Sealed =
        postcard::from_bytes(&sealed_bytes).map_err(|_| SyncError::BundleDamaged)?;
    let payload = Payload::decode(&sealed.payload)?;
    let signature: [u8; 64] = sealed
        .signature
        .try_into()
        .map_err(|_| SyncError::BadSignature)?;
    let card = payload.sender_card()?;
    card.verifying_key()?
        .verify(
            &signed_message(clear, &sealed.payload),
            &Signature::from_bytes(&signature),
        )
        .map_err(|_| SyncError::BadSignature)?;
    // The clear header must name the device whose key signed it.
    if card.device != header.sender || card.fingerprint() != header.sender_fingerprint {
        return Err(SyncError::BadSignature);
    }
    Ok((header, payload))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{EntityId, EntityKind};
    use crate::store::hlc::Hlc;
    use crate::store::op::{FieldWrite, OpBody};

    #[test]
    fn a_payload_built_op_by_op_encodes_like_the_whole_payload() {
        let ops: Vec<Op> = (1..=300u64)
            .map(|seq| Op {
                origin: DeviceId::from_bytes([7; 16]),
                seq,
                hlc: Hlc::new(1_700_000_000_000 + seq, 0),
                body: OpBody::Put {
                    kind: EntityKind::Session,
                    entity: EntityId::new(),
                    writes: vec![FieldWrite {
                        tag: 3,
                        value: vec![1; seq as usize],
                        base: None,
                    }],
                },
            })
            .collect();
        let card = "stagecoach-card 1\nname Sanne\n".repeat(10);
        let mut writer = PayloadWriter::new(card.clone());
        for op in &ops {
            writer.push(op).unwrap();
        }
        let handovers = vec![(EntityId::from_bytes([5; 16]), 7)];
        writer.handovers(handovers.clone());
        writer.demo(true);
        let whole = postcard::to_allocvec(&Payload {
            card,
            ops,
            handovers,
            demo: true,
        })
        .unwrap();
        assert_eq!(writer.finish(), whole);
    }

    #[test]
    fn a_payload_as_0_1_wrote_it_reads_with_no_handovers() {
        #[derive(Serialize)]
        struct Old {
            card: String,
            ops: Vec<Op>,
        }
        let bytes = postcard::to_allocvec(&Old {
            card: "stagecoach-card 1\n".into(),
            ops: Vec::new(),
        })
        .unwrap();
        let payload = Payload::decode(&bytes).unwrap();
        assert_eq!(payload.card, "stagecoach-card 1\n");
        assert!(payload.handovers.is_empty());
        assert!(!payload.demo);
        // And 0.1's reader, which knew only the card and the ops, reads a new payload.
        let mut writer = PayloadWriter::new("c".into());
        writer.handovers(vec![(EntityId::from_bytes([1; 16]), 3)]);
        let new: PayloadStart = postcard::from_bytes(&writer.finish()).unwrap();
        assert_eq!(new.card, "c");
    }

    #[test]
    fn a_bundle_written_from_encoded_bytes_opens_with_every_op() {
        let dir = tempfile::tempdir().unwrap();
        let keys = DeviceKeys::load_or_create(dir.path()).unwrap();
        let identity = crate::store::DeviceIdentity {
            device: DeviceId::from_bytes([3; 16]),
            name: "Mila".into(),
            role: crate::domain::Role::Coordinator,
            created: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        };
        let card = Card::own(&identity, &keys);
        let header = Header {
            id: [9; 16],
            kind: BundleKind::Full,
            created: identity.created,
            sender: card.device,
            sender_fingerprint: card.fingerprint(),
            addressed: Addressed::To(vec![card.fingerprint()]),
            frontier: Vec::new(),
            since: Vec::new(),
        };
        let payload = Payload {
            card: card.to_text(&keys),
            ops: Vec::new(),
            handovers: vec![(EntityId::from_bytes([4; 16]), 12)],
            demo: false,
        };
        let recipient = card.age_recipient().unwrap();
        let bytes = write(&header, &payload, &keys, Seal::Recipients(vec![recipient])).unwrap();
        let (_, opened) = open(&bytes, Unseal::Keys(&keys)).unwrap();
        assert_eq!(opened, payload);
    }

    #[test]
    fn a_flipped_version_byte_is_damage_not_a_newer_format() {
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&(VERSION + 1).to_le_bytes());
        bytes.push(READABLE_SINCE.len() as u8);
        bytes.extend_from_slice(READABLE_SINCE.as_bytes());
        bytes.extend_from_slice(&[0; 16]);
        // This release reads format 1 since 0.1.0: a "format 2 readable since 0.1.0" is a
        // format-1 bundle whose version byte was changed.
        assert!(matches!(read_header(&bytes), Err(SyncError::BundleDamaged)));
        assert!(is_newer_release("99.0.0"));
        assert!(!is_newer_release(env!("CARGO_PKG_VERSION")));
        assert!(!is_newer_release("0.0.9"));
        assert!(!is_newer_release("nonsense"));
    }
}
