//! The public card a device hands to its peers: name, role, device id, the two public keys and a
//! short fingerprint to read aloud. The card signs itself, so a card changed on its way (a name
//! or a key swapped) is refused rather than trusted.

use ed25519_dalek::{Signature, Signer, Verifier, VerifyingKey};

use super::error::SyncError;
use super::identity::DeviceKeys;
use crate::domain::{DeviceId, Role};
use crate::store::DeviceIdentity;

const HEADER: &str = "stagecoach-card 1";
/// Easy to read aloud: no 0/O, 1/I/L (the alphabet of coachee codes).
const FINGERPRINT_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Card {
    pub name: String,
    pub role: Role,
    pub device: DeviceId,
    /// The ed25519 key that signs this device's bundles.
    pub signing: [u8; 32],
    /// The age recipient (`age1…`) that bundles for this device are encrypted to.
    pub recipient: String,
}

impl Card {
    /// This device's own card.
    pub fn own(identity: &DeviceIdentity, keys: &DeviceKeys) -> Card {
        Card {
            name: identity.name.clone(),
            role: identity.role,
            device: identity.device,
            signing: keys.signing.verifying_key().to_bytes(),
            recipient: keys.decryption.to_public().to_string(),
        }
    }

    /// Four groups of four characters from a hash of both keys, e.g. `K7F3-9XQ2-MN4P-RT8W`.
    pub fn fingerprint(&self) -> String {
        let mut hasher = blake3::Hasher::new();
        hasher.update(b"stagecoach card fingerprint");
        hasher.update(&self.signing);
        hasher.update(self.recipient.as_bytes());
        let hash = hasher.finalize();
        let chars: Vec<char> = hash.as_bytes()[..16]
            .iter()
            .map(|b| FINGERPRINT_ALPHABET[*b as usize % FINGERPRINT_ALPHABET.len()] as char)
            .collect();
        chars
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-")
    }

    pub fn verifying_key(&self) -> Result<VerifyingKey, SyncError> {
        VerifyingKey::from_bytes(&self.signing).map_err(|_| SyncError::CardDamaged)
    }

    pub fn age_recipient(&self) -> Result<age::x25519::Recipient, SyncError> {
        self.recipient.parse().map_err(|_| SyncError::CardDamaged)
    }

    /// The lines the signature covers.
    fn body(&self) -> String {
        format!(
            "{HEADER}\nname {}\nrole {}\ndevice {}\nsigning {}\nage {}\nfingerprint {}\n",
            self.name,
            self.role.code(),
            self.device,
            hex::encode(self.signing),
            self.recipient,
            self.fingerprint()
        )
    }

    /// The card as a small text file, signed by the device it describes.
    pub fn to_text(&self, keys: &DeviceKeys) -> String {
        let body = self.body();
        let signature = keys.signing.sign(body.as_bytes());
        format!("{body}signature {}\n", hex::encode(signature.to_bytes()))
    }

    /// Reads a card file, checking its form, its keys and its self-signature.
    pub fn parse(text: &str) -> Result<Card, SyncError> {
        let damaged = || SyncError::CardDamaged;
        let mut lines = text.lines();
        match lines.next() {
            Some(HEADER) => {}
            Some(line) if line.starts_with("stagecoach-card ") => {
                return Err(SyncError::CardTooNew);
            }
            _ => return Err(SyncError::NotACard),
        }
        let mut field = |name: &str| -> Result<String, SyncError> {
            let line = lines.next().ok_or_else(damaged)?;
            line.strip_prefix(name)
                .and_then(|rest| rest.strip_prefix(' '))
                .map(str::to_string)
                .ok_or_else(damaged)
        };
        let name = field("name")?;
        let role = Role::parse(&field("role")?).ok_or_else(damaged)?;
        let device = field("device")?.parse().map_err(|_| damaged())?;
        let mut signing = [0u8; 32];
        hex::decode_to_slice(field("signing")?, &mut signing).map_err(|_| damaged())?;
        let recipient = field("age")?;
        let fingerprint = field("fingerprint")?;
        let mut signature = [0u8; 64];
        hex::decode_to_slice(field("signature")?, &mut signature).map_err(|_| damaged())?;
        let card = Card {
            name,
            role,
            device,
            signing,
            recipient,
        };
        card.age_recipient()?;
        if card.fingerprint() != fingerprint || name_is_unsafe(&card.name) {
            return Err(damaged());
        }
        card.verifying_key()?
            .verify(card.body().as_bytes(), &Signature::from_bytes(&signature))
            .map_err(|_| damaged())?;
        Ok(card)
    }
}

/// A name is one line of printable text; anything else in a card is a sign of tampering.
fn name_is_unsafe(name: &str) -> bool {
    name.trim().is_empty() || name.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card_and_keys() -> (Card, DeviceKeys) {
        let dir = tempfile::tempdir().unwrap();
        let keys = DeviceKeys::load_or_create(dir.path()).unwrap();
        let identity = DeviceIdentity {
            device: DeviceId::new(),
            name: "Sanne de Vries".into(),
            role: Role::Coach,
            created: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        };
        (Card::own(&identity, &keys), keys)
    }

    #[test]
    fn a_card_round_trips_through_its_text() {
        let (card, keys) = card_and_keys();
        let text = card.to_text(&keys);
        assert_eq!(Card::parse(&text).unwrap(), card);
        let fingerprint = card.fingerprint();
        assert_eq!(fingerprint.len(), 19);
        assert!(
            fingerprint
                .chars()
                .all(|c| c == '-' || FINGERPRINT_ALPHABET.contains(&(c as u8)))
        );
    }

    #[test]
    fn a_changed_name_key_or_signature_is_refused() {
        let (card, keys) = card_and_keys();
        let text = card.to_text(&keys);
        let renamed = text.replace("Sanne de Vries", "Mila");
        assert!(matches!(Card::parse(&renamed), Err(SyncError::CardDamaged)));
        let recoloured = text.replace("role coach", "role coordinator");
        assert!(matches!(
            Card::parse(&recoloured),
            Err(SyncError::CardDamaged)
        ));
        let mut bytes = text.into_bytes();
        let at = bytes.len() - 5;
        bytes[at] = if bytes[at] == b'0' { b'1' } else { b'0' };
        let flipped = String::from_utf8(bytes).unwrap();
        assert!(matches!(Card::parse(&flipped), Err(SyncError::CardDamaged)));
    }

    #[test]
    fn a_key_or_signature_that_is_not_hex_of_the_right_length_is_refused() {
        let (card, keys) = card_and_keys();
        let text = card.to_text(&keys);
        let signing = hex::encode(card.signing);
        for bad in [&signing[1..], "zz", &signing[..62]] {
            let broken = text.replace(&signing, bad);
            assert!(matches!(Card::parse(&broken), Err(SyncError::CardDamaged)));
        }
    }

    #[test]
    fn other_files_and_newer_cards_are_told_apart() {
        assert!(matches!(Card::parse("hello"), Err(SyncError::NotACard)));
        assert!(matches!(Card::parse(""), Err(SyncError::NotACard)));
        assert!(matches!(
            Card::parse("stagecoach-card 9\nname x\n"),
            Err(SyncError::CardTooNew)
        ));
    }
}
