//! Opening the database for a command, telling the user when opening repaired something.

use super::{Context, Failure};
use crate::Msg;
use crate::store::{Cache, Store, StoreError};

/// Opens the database of the data directory, saying so when opening took back an interrupted
/// import.
pub fn open(ctx: &Context) -> Result<Store, Failure> {
    open_with(ctx, Cache::Working)
}

/// Opens the database for a command that reads each record once (a list, a report), with a
/// small cache; otherwise like [`open`].
pub fn open_for_one_pass(ctx: &Context) -> Result<Store, Failure> {
    open_with(ctx, Cache::OnePass)
}

fn open_with(ctx: &Context, cache: Cache) -> Result<Store, Failure> {
    let store = Store::open_with(&ctx.data_dir, cache, || {
        ctx.out.warn(&Msg::new("views-rebuilding"));
    })?;
    if store.undid_interrupted_import() {
        ctx.out.warn(&Msg::new("import-undone"));
    }
    // An erasure cut short (a kill between its commit and the rewrite of the files) is
    // finished before anything else reads the backups.
    let (store, settled) = crate::service::erasure::settle(store)?;
    if settled.erased {
        tracing::info!("an erasure left unfinished was completed on opening");
    }
    Ok(store)
}

/// Opens the database, first saying so when its views must be rebuilt (that takes a while).
pub fn open_announcing_repairs(ctx: &Context) -> Result<Store, StoreError> {
    Store::open_announcing_repairs(&ctx.data_dir, || {
        ctx.out.warn(&Msg::new("views-rebuilding"));
    })
}
