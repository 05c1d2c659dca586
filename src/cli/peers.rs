//! `keys` (this device's card) and `trust` (a peer's card).

use std::path::PathBuf;

use super::open::open;
use super::output::Output;
use super::setup::parse_role;
use super::{CliResult, Context, Failure, KeysArgs, TrustArgs};
use crate::Msg;
use crate::sync::{self, Peer, SyncError, TrustChange, TrustRequest};

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
        out.say(
            &Msg::new("keys-written")
                .arg("path", path.display())
                .arg("role", card.role.code()),
        );
    }
    Ok(())
}

pub fn trust(ctx: &Context, args: TrustArgs) -> CliResult {
    let store = open(ctx)?;
    let request = TrustRequest {
        role: args.role.as_deref().map(parse_role).transpose()?,
        replace: args.replace,
    };
    let file = sync::read_card(&args.card)?;
    let change = sync::plan_trust(&store, &file, request, ctx.today)?;
    let out = &ctx.out;
    if let TrustChange::Replaced { before, after } = &change {
        out.say(&peer_line("trust-replace-before", before, out));
        out.say(&peer_line("trust-replace-after", after, out));
        if !args.yes && !super::confirmed(ctx, "trust-replace-confirm", "trust-replace-needs-yes")?
        {
            return Err(Failure::Message(Msg::new("trust-replace-cancelled")));
        }
    }
    sync::apply_trust(&store, &file, &change)?;
    let id = match change {
        TrustChange::New(_) => "trust-done",
        TrustChange::Unchanged(_) => "trust-already",
        TrustChange::Replaced { .. } => "trust-replaced",
    };
    out.say(&peer_line(id, change.peer(), out));
    Ok(())
}

fn peer_line(id: &'static str, peer: &Peer, out: &Output) -> Msg {
    Msg::new(id)
        .arg("name", &peer.card.name)
        .arg("role", out.label(peer.role.label_id()))
        .arg("fingerprint", peer.card.fingerprint())
}

/// A card holds only public keys, but it is written like everything else: whole or not at all.
fn write_card(path: &PathBuf, text: &str) -> Result<(), SyncError> {
    crate::store::files::replace_private(path, text.as_bytes())
        .map_err(|e| SyncError::io("write", path, e))
}
