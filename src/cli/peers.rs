//! `keys` (this device's card) and `trust` (a peer's card).

use std::path::PathBuf;

use super::setup::open;
use super::{CliResult, Context, Failure, KeysArgs, TrustArgs};
use crate::Msg;
use crate::sync::{self, SyncError};

impl From<SyncError> for Failure {
    fn from(e: SyncError) -> Self {
        Failure::Lib(e.into())
    }
}

pub fn keys(ctx: &Context, args: KeysArgs) -> CliResult {
    let store = open(ctx)?;
    let (card, keys) = sync::own_card(&store)?;
    let out = &ctx.out;
    out.say(
        &Msg::new("keys-card")
            .arg("name", &card.name)
            .arg("role", out.label(card.role.label_id()))
            .arg("fingerprint", card.fingerprint()),
    );
    if let Some(path) = args.out {
        write_card(&path, &card.to_text(&keys))?;
        out.say(&Msg::new("keys-written").arg("path", path.display()));
    }
    Ok(())
}

pub fn trust(ctx: &Context, args: TrustArgs) -> CliResult {
    let store = open(ctx)?;
    let (peer, new) = sync::trust(&store, &args.card, ctx.today)?;
    let out = &ctx.out;
    let id = if new { "trust-done" } else { "trust-already" };
    out.say(
        &Msg::new(id)
            .arg("name", &peer.card.name)
            .arg("role", out.label(peer.card.role.label_id()))
            .arg("fingerprint", peer.card.fingerprint()),
    );
    Ok(())
}

/// A card holds only public keys, but it is written like everything else: whole or not at all.
fn write_card(path: &PathBuf, text: &str) -> Result<(), SyncError> {
    let partial = path.with_extension("card.partial");
    std::fs::write(&partial, text)
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|e| SyncError::io("write", path, e))
}
