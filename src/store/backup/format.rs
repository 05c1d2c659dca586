//! The backup file: a short clear part (which chain the file belongs to, when it was made, and
//! the passphrase-wrapped recovery key), then an age-encrypted, zstd-compressed body: the
//! device's state, its local trees and a set of op-log pages.
//!
//! age's STREAM authenticates every 64 KiB chunk and marks the last one, so a flipped bit or a
//! cut-off file fails to decrypt; the body repeats a BLAKE3 of the clear part, so a change to
//! the clear part is caught the same way.

use std::io::{BufReader, BufWriter, Read, Write};

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::error::BackupError;
use crate::store::hlc::Hlc;
use crate::store::oplog::{Page, PageKey};
use crate::store::{DeviceIdentity, StoreError, codec};

pub const MAGIC: &[u8; 8] = b"SCBACKUP";
/// 1: the op log unencrypted (`legacy.rs`); 2: this layout; 3: the same, with two more local
/// trees (handovers, marks), which a reader of 2 would call damage rather than "update".
pub const FORMAT: u8 = 3;
/// A clear part is a few hundred bytes; anything much longer is not one of ours.
pub const MAX_CLEAR: usize = 64 * 1024;
const MAX_FRAME: usize = 64 * 1024 * 1024;
const ZSTD_LEVEL: i32 = 3;
/// The highest scrypt work factor accepted from a passphrase-encrypted file — a recovery key
/// here, a handover bundle in `sync::bundle` (2^22: a few seconds); a higher one is a damaged
/// or hostile file. A fixed bound, not age's default (what this machine does in a second,
/// times 16, measured at decryption), which refused a sound file on a busy machine.
pub const MAX_SCRYPT_LOG_N: u8 = 22;

/// The scrypt work factor this version writes with: 2^18 (about half a second and 256 MiB
/// here). age's default measures the writing machine, so the same kind of file took 2^17 to
/// 2^20 from one export to the next, and opening it 5.8 s or 10.2 s on the receiving laptop.
pub const SCRYPT_LOG_N: u8 = 18;

/// The passphrase recipient every passphrase-encrypted file is written for.
pub fn passphrase_recipient(passphrase: &SecretString) -> age::scrypt::Recipient {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(SCRYPT_LOG_N);
    recipient
}

/// The part of a backup that can be read without a key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clear {
    /// The chain: one full backup (index 0) and the increments that build on it.
    pub chain: [u8; 16],
    pub index: u32,
    /// When it was made, in Unix milliseconds.
    pub made_at: i64,
    /// The recovery identity, encrypted with the recovery passphrase (age scrypt): a new
    /// laptop needs only this file and the passphrase.
    pub recovery: Option<Vec<u8>>,
}

/// The first frame of the encrypted body.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Body {
    /// BLAKE3 of the clear part as written.
    pub clear_digest: [u8; 32],
    /// BLAKE3 of the whole previous file of the chain.
    pub previous: Option<[u8; 32]>,
    pub identity: DeviceIdentity,
    pub clock: Hlc,
    pub last_seq: u64,
    /// The device's keys file, so a restored laptop signs and decrypts as before.
    pub device_keys: Vec<u8>,
    /// The local trees (sync bookkeeping, trusted peers, drafts) by name, whole.
    pub local: Vec<(String, Vec<codec::KeyValue>)>,
}

/// The frame after the last page holds the number of pages: 8 bytes, where a page frame is at
/// least a 24-byte key and a version byte.
const END_FRAME_LEN: usize = 8;

/// Writes a backup into memory: clear part, then the body encrypted to `recipients`.
pub fn write(
    clear: &Clear,
    mut body: Body,
    pages: impl Iterator<Item = Result<(sled::IVec, sled::IVec), StoreError>>,
    recipients: &[age::x25519::Recipient],
) -> Result<Vec<u8>, StoreError> {
    let mut out = clear_part(clear);
    body.clear_digest = *blake3::hash(&out).as_bytes();
    let io = |e: std::io::Error| StoreError::io("write the backup", "backup", e);
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|e| io(std::io::Error::other(e.to_string())))?;
    let sealed = encryptor.wrap_output(&mut out).map_err(io)?;
    // zstd works on large blocks: fed one small frame at a time, it spends most of its time
    // re-reading its window, so frames are gathered in a buffer first.
    let zstd = zstd::Encoder::new(sealed, ZSTD_LEVEL).map_err(io)?;
    let mut frames = BufWriter::with_capacity(1 << 20, zstd);
    write_frame(&mut frames, &codec::encode(&body)).map_err(io)?;
    let mut written: u64 = 0;
    for page in pages {
        let (key, page) = page?;
        let mut frame = Vec::with_capacity(key.len() + page.len());
        frame.extend_from_slice(&key);
        frame.extend_from_slice(&page);
        write_frame(&mut frames, &frame).map_err(io)?;
        written += 1;
    }
    write_frame(&mut frames, &written.to_le_bytes()).map_err(io)?;
    let zstd = frames.into_inner().map_err(|e| io(e.into_error()))?;
    zstd.finish().map_err(io)?.finish().map_err(io)?;
    Ok(out)
}

fn clear_part(clear: &Clear) -> Vec<u8> {
    let header = codec::encode(clear);
    let mut out = Vec::with_capacity(MAGIC.len() + 5 + header.len());
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    out.extend_from_slice(&(header.len() as u32).to_le_bytes());
    out.extend_from_slice(&header);
    out
}

/// The format byte of a file that starts like a backup.
pub fn format_of(bytes: &[u8]) -> Result<u8, StoreError> {
    match bytes.get(..MAGIC.len() + 1) {
        Some(start) if &start[..MAGIC.len()] == MAGIC => Ok(start[MAGIC.len()]),
        _ => Err(StoreError::BadBackup),
    }
}

/// The clear part of a backup, and where it ends.
pub fn read_clear(bytes: &[u8]) -> Result<(Clear, usize), StoreError> {
    let bad = || StoreError::BadBackup;
    match format_of(bytes)? {
        2 | FORMAT => {}
        version if version > FORMAT => return Err(StoreError::NewerValueFormat { version }),
        _ => return Err(bad()),
    }
    let at = MAGIC.len() + 1;
    let len = bytes.get(at..at + 4).ok_or_else(bad)?;
    let len = u32::from_le_bytes(len.try_into().map_err(|_| bad())?) as usize;
    if len > MAX_CLEAR {
        return Err(bad());
    }
    let end = at + 4 + len;
    let header = bytes.get(at + 4..end).ok_or_else(bad)?;
    let clear = codec::decode(header, "backup header").map_err(|_| bad())?;
    Ok((clear, end))
}

/// The keys a backup can be opened with: the device's own, and recovery keys unwrapped with
/// the passphrase (once per distinct wrapped key, since scrypt takes a second).
#[derive(Default)]
pub struct Keyring {
    identities: Vec<age::x25519::Identity>,
    passphrase: Option<SecretString>,
    unwrapped: Vec<Vec<u8>>,
}

impl Keyring {
    pub fn new(device: Option<age::x25519::Identity>, passphrase: Option<SecretString>) -> Self {
        Self {
            identities: device.into_iter().collect(),
            passphrase,
            unwrapped: Vec::new(),
        }
    }

    pub fn set_passphrase(&mut self, passphrase: SecretString) {
        self.passphrase = Some(passphrase);
    }

    /// Finds a key for a file whose body is addressed to none of the keys held so far.
    fn learn_from(&mut self, clear: &Clear) -> Result<(), StoreError> {
        let Some(wrapped) = &clear.recovery else {
            return Err(BackupError::NotForThisDevice.into());
        };
        if self.unwrapped.contains(wrapped) {
            // The recovery key of this file is held already and did not open it.
            return Err(StoreError::BadBackup);
        }
        let Some(passphrase) = &self.passphrase else {
            return Err(BackupError::NeedsPassphrase.into());
        };
        let identity = unwrap_recovery(wrapped, passphrase)?;
        self.identities.push(identity);
        self.unwrapped.push(wrapped.clone());
        Ok(())
    }
}

/// Encrypts a recovery identity with a passphrase (age scrypt).
pub fn wrap_recovery(
    identity: &age::x25519::Identity,
    passphrase: &SecretString,
) -> Result<Vec<u8>, StoreError> {
    use age::secrecy::ExposeSecret;
    let recipient = passphrase_recipient(passphrase);
    age::encrypt(&recipient, identity.to_string().expose_secret().as_bytes()).map_err(|e| {
        StoreError::io(
            "wrap the recovery key",
            "recovery key",
            std::io::Error::other(e.to_string()),
        )
    })
}

/// Decrypts a wrapped recovery identity. scrypt cannot tell a wrong passphrase from a damaged
/// key, so both are one error.
pub fn unwrap_recovery(
    wrapped: &[u8],
    passphrase: &SecretString,
) -> Result<age::x25519::Identity, StoreError> {
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(MAX_SCRYPT_LOG_N);
    let plain =
        age::decrypt(&identity, wrapped).map_err(|_| BackupError::WrongPassphraseOrDamaged)?;
    std::str::from_utf8(&plain)
        .ok()
        .and_then(|text| text.parse().ok())
        .ok_or_else(|| BackupError::WrongPassphraseOrDamaged.into())
}

/// A backup being read: its clear part and body, then its pages one at a time.
pub struct Opened<'a> {
    pub clear: Clear,
    pub body: Body,
    frames: Box<dyn Read + 'a>,
    pages: u64,
}

impl Opened<'_> {
    /// The next page, checked; after the last, checks the count and that nothing follows.
    pub fn next_page(&mut self) -> Result<Option<(PageKey, Vec<u8>)>, StoreError> {
        let bad = || StoreError::BadBackup;
        let frame = read_frame(&mut self.frames)?.ok_or_else(bad)?;
        if frame.len() == END_FRAME_LEN {
            let count = u64::from_le_bytes(frame.try_into().map_err(|_| bad())?);
            if count != self.pages || read_frame(&mut self.frames)?.is_some() {
                return Err(bad());
            }
            return Ok(None);
        }
        let (key, page) = frame.split_at_checked(24).ok_or_else(bad)?;
        let key: PageKey = key.try_into().map_err(|_| bad())?;
        Page::read(Some(page)).map_err(|_| bad())?;
        self.pages += 1;
        Ok(Some((key, page.to_vec())))
    }
}

/// Opens a backup held in memory with the keys of `keyring` (asking it for the recovery key
/// when the device's own does not fit).
pub fn open<'a>(bytes: &'a [u8], keyring: &mut Keyring) -> Result<Opened<'a>, StoreError> {
    let (clear, end) = read_clear(bytes)?;
    let sealed = &bytes[end..];
    let reader = loop {
        let decryptor = age::Decryptor::new(sealed).map_err(|_| StoreError::BadBackup)?;
        if decryptor.is_scrypt() {
            return Err(StoreError::BadBackup);
        }
        let identities = keyring.identities.iter().map(|i| i as &dyn age::Identity);
        match decryptor.decrypt(identities) {
            Ok(reader) => break reader,
            Err(age::DecryptError::NoMatchingKeys) => keyring.learn_from(&clear)?,
            Err(_) => return Err(StoreError::BadBackup),
        }
    };
    let zstd = zstd::Decoder::new(BufReader::new(reader)).map_err(|_| StoreError::BadBackup)?;
    let mut frames: Box<dyn Read + 'a> = Box::new(zstd);
    let first = read_frame(&mut frames)?.ok_or(StoreError::BadBackup)?;
    let body: Body = codec::decode(&first, "backup").map_err(|_| StoreError::BadBackup)?;
    if body.clear_digest != *blake3::hash(&bytes[..end]).as_bytes() {
        return Err(StoreError::BadBackup);
    }
    Ok(Opened {
        clear,
        body,
        frames,
        pages: 0,
    })
}

fn write_frame(out: &mut impl Write, bytes: &[u8]) -> std::io::Result<()> {
    out.write_all(&(bytes.len() as u32).to_le_bytes())?;
    out.write_all(bytes)
}

/// The next length-prefixed frame; None at a clean end.
pub fn read_frame(input: &mut impl Read) -> Result<Option<Vec<u8>>, StoreError> {
    let bad = || StoreError::BadBackup;
    let mut len = [0u8; 4];
    match input.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(_) => return Err(bad()),
    }
    let len = u32::from_le_bytes(len) as usize;
    if len > MAX_FRAME {
        return Err(bad());
    }
    let mut frame = vec![0; len];
    input.read_exact(&mut frame).map_err(|_| bad())?;
    Ok(Some(frame))
}
