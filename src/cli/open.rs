//! Opening the database for a command, telling the user when opening repaired something.

use super::{Context, Failure};
use crate::Msg;
use crate::store::{Store, StoreError};

/// Opens the database of the data directory, saying so when opening took back an interrupted
/// import.
pub fn open(ctx: &Context) -> Result<Store, Failure> {
    let store = open_announcing_repairs(ctx)?;
    if store.undid_interrupted_import() {
        ctx.out.warn(&Msg::new("import-undone"));
    }
    Ok(store)
}

/// Opens the database, first saying so when its views must be rebuilt (that takes a while).
pub fn open_announcing_repairs(ctx: &Context) -> Result<Store, StoreError> {
    Store::open_announcing_repairs(&ctx.data_dir, || {
        ctx.out.warn(&Msg::new("views-rebuilding"));
    })
}
