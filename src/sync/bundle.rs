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
use crate::domain::DeviceId;
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

/// What the bundle carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payload {
    /// The sender's card as its self-signed text, so a recipient can trust it as it would a
    /// card file.
    pub card: String,
    pub ops: Vec<Op>,
}

impl Payload {
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
    let header_bytes = postcard::to_allocvec(header).map_err(|_| SyncError::BundleDamaged)?;
    let payload_bytes = postcard::to_allocvec(payload).map_err(|_| SyncError::BundleDamaged)?;
    let clear = clear_part(&header_bytes);
    let signature = keys.signing.sign(&signed_message(&clear, &payload_bytes));
    let sealed = postcard::to_allocvec(&Sealed {
        payload: payload_bytes,
        signature: signature.to_bytes().to_vec(),
    })
    .map_err(|_| SyncError::BundleDamaged)?;
    let compressed = zstd::encode_all(&sealed[..], ZSTD_LEVEL)
        .map_err(|e| SyncError::io("compress", "bundle", e))?;

    let encryptor = match &seal {
        Seal::Recipients(recipients) => {
            age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
                .map_err(|_| SyncError::NoRecipients)?
        }
        Seal::Passphrase(passphrase) => age::Encryptor::with_user_passphrase(passphrase.clone()),
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
            let identity = age::scrypt::Identity::new(passphrase.clone());
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
    let payload: Payload =
        postcard::from_bytes(&sealed.payload).map_err(|_| SyncError::BundleDamaged)?;
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
