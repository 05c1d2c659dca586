//! Inzage (AVG art. 15): everything this device holds about one young person, and who has
//! received it, gathered into a `report::inzage::Inzage` to write out.

use std::path::Path;

use chrono::NaiveDate;

use crate::Error;
use crate::domain::{Coachee, EntityId, Role, ShortCode};
use crate::i18n::Lang;
use crate::report::inzage::{Inzage, Recipient};
use crate::store::Store;

/// Everything about `coachee`, made on `today` for `programme`.
pub fn gather(
    store: &Store,
    coachee: EntityId,
    today: NaiveDate,
    programme: Option<String>,
) -> Result<Inzage, Error> {
    let detail = super::detail::load_detail(store, coachee)?.ok_or_else(|| {
        crate::store::ResolveError::NotFound {
            reference: coachee.to_string(),
        }
    })?;
    let mut sessions = detail.sessions;
    sessions.reverse();
    let placements = detail
        .placements
        .into_iter()
        .map(|p| {
            let employer = detail.employers.get(&p.employer).map(|e| e.name.clone());
            (p, employer)
        })
        .collect();
    let identity = store.identity();
    Ok(Inzage {
        made_on: today,
        by: identity.name.clone(),
        role: identity.role,
        programme,
        recipients: recipients(store, &detail.coachee)?,
        coachee: detail.coachee,
        goals: detail.goals,
        placements,
        sessions,
    })
}

/// Writes the inzage of `coachee` to `path`, a file only the user can read: Markdown in
/// `lang`, or (`json`) every field as stored. Returns the person's code.
pub fn write(
    store: &Store,
    coachee: EntityId,
    today: NaiveDate,
    lang: Lang,
    json: bool,
    path: &Path,
) -> Result<ShortCode, Error> {
    let gathered = gather(store, coachee, today, crate::config::programme_name())?;
    let not_written = |reason: String| Error::InzageNotWritten {
        path: path.display().to_string(),
        reason,
    };
    let text = if json {
        crate::report::inzage::json(&gathered).map_err(|e| not_written(e.to_string()))?
    } else {
        crate::report::inzage::markdown(&gathered, lang)
    };
    crate::store::files::replace_private(path, text.as_bytes())
        .map_err(|e| not_written(e.to_string()))?;
    Ok(gathered.coachee.code)
}

/// The peers that bundles carrying this person went to: a coordinator receives every coach's
/// caseload, a coach only the young people they are (or were) the coach of.
pub(crate) fn recipients(store: &Store, coachee: &Coachee) -> Result<Vec<Recipient>, Error> {
    let mut recipients = Vec::new();
    for peer in super::exchange::overview(store)?.peers {
        let Some(last_sent) = peer.last_out else {
            continue;
        };
        let entitled = match peer.role {
            Role::Coordinator => true,
            Role::Coach => store.was_coach_of(coachee.id, peer.device)?,
        };
        if entitled {
            recipients.push(Recipient {
                name: peer.name,
                role: peer.role,
                last_sent,
            });
        }
    }
    Ok(recipients)
}
