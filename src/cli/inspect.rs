//! `list` and `show`: reading the database as tables, profiles and JSON.

use std::collections::HashMap;

use super::json::{PlacementJson, coachee_json, session_json};
use super::open::{open, open_for_one_pass};
use super::output::table;
use super::{CliResult, Context, ListArgs, ListWhat, ShowArgs};
use crate::domain::{
    Coachee, Employer, EntityId, EntityKind, Goal, Placement, Session, SessionType, Status,
};
use crate::store::Store;
use crate::text::clip;
use crate::{Error, Msg};

pub fn list(ctx: &Context, args: ListArgs) -> CliResult {
    let store = open_for_one_pass(ctx)?;
    let coachee = match &args.coachee {
        Some(reference) => Some(store.resolve_coachee(reference)?),
        None => None,
    };
    let filter = Filter::read(ctx, &args)?;
    match args.what {
        ListWhat::Coachees => list_coachees(ctx, &store, &filter, args.json),
        ListWhat::Sessions => list_sessions(ctx, &store, coachee.as_ref(), &filter, args.json),
        ListWhat::Employers => list_employers(ctx, &store, args.json),
        ListWhat::Placements => list_placements(ctx, &store, coachee.as_ref(), args.json),
    }
}

fn io(e: std::io::Error) -> super::Failure {
    super::Failure::Lib(Error::Store(crate::store::StoreError::io(
        "write the output",
        "stdout",
        e,
    )))
}

/// Prints rows under translated headers, then a count line.
fn print_table(ctx: &Context, header_ids: &[&str], lines: &[Vec<String>], count: Msg) {
    let headers: Vec<String> = header_ids.iter().map(|id| ctx.out.text(id)).collect();
    ctx.out.print(&table(&headers, lines));
    ctx.out.say(&count);
}

/// A session as `list sessions --json` streams it: its document, with its employer's name.
struct ListedSession {
    session: Session,
    employer: Option<String>,
}

impl serde::Serialize for ListedSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut doc = session_json(&self.session);
        doc.employer = self.employer.as_deref();
        doc.serialize(serializer)
    }
}

/// What `list` narrows to, read and checked from the flags.
struct Filter {
    coach: Option<String>,
    status: Option<Status>,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    session_type: Option<SessionType>,
}

impl Filter {
    fn read(ctx: &Context, args: &ListArgs) -> Result<Filter, super::Failure> {
        let sense = crate::domain::dates::DateSense::Past;
        Ok(Filter {
            coach: args.coach.clone(),
            status: args
                .status
                .as_deref()
                .map(|s| super::add::choice("status", s, Status::parse, Status::allowed))
                .transpose()?,
            from: super::add::optional_date("from", &args.from, ctx.today, sense)?,
            to: super::add::optional_date("to", &args.to, ctx.today, sense)?,
            session_type: args
                .session_type
                .as_deref()
                .map(|t| {
                    super::add::choice("session_type", t, SessionType::parse, SessionType::allowed)
                })
                .transpose()?,
        })
    }

    fn coachee(&self, row: &crate::store::CoacheeRow) -> bool {
        let c = &row.coachee;
        self.status.is_none_or(|s| c.status == s)
            && self
                .coach
                .as_deref()
                .is_none_or(|name| c.coach.as_ref().is_some_and(|r| r.name == name))
    }

    fn session(&self, s: &Session) -> bool {
        self.session_type.is_none_or(|t| s.kind() == t)
            && self
                .coach
                .as_deref()
                .is_none_or(|name| s.author.as_ref().is_some_and(|a| a.name == name))
    }
}

fn list_coachees(ctx: &Context, store: &Store, filter: &Filter, json: bool) -> CliResult {
    let mut rows = store.coachees()?;
    rows.retain(|row| filter.coachee(row));
    if json {
        let docs: Vec<_> = rows.iter().map(|r| coachee_json(r, ctx.today)).collect();
        return ctx.out.json(&docs).map_err(io);
    }
    let out = &ctx.out;
    let lines: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            let c = &row.coachee;
            let next = row.contact.as_ref().and_then(|s| s.next_contact);
            let overdue = next.is_some_and(|d| d < ctx.today);
            vec![
                c.code.to_string(),
                c.full_name(),
                format!("{} {}", c.status.symbol(), out.label(c.status.label_id())),
                c.coach
                    .as_ref()
                    .map_or_else(|| "–".into(), |r| r.name.clone()),
                format!("{}{}", out.date(next), if overdue { " !" } else { "" }),
            ]
        })
        .collect();
    print_table(
        ctx,
        &[
            "col-code",
            "col-name",
            "col-status",
            "col-coach",
            "col-next-contact",
        ],
        &lines,
        Msg::new("list-coachees-count").arg("count", rows.len()),
    );
    Ok(())
}

/// Sessions in date order (then by id), streamed: read one by one from the (date, id) list,
/// never all held at once.
fn list_sessions(
    ctx: &Context,
    store: &Store,
    coachee: Option<&Coachee>,
    filter: &Filter,
    json: bool,
) -> CliResult {
    let only: Option<std::collections::HashSet<EntityId>> = coachee.map(|c| [c.id].into());
    let refs = store.session_refs_by_date(filter.from, filter.to, only.as_ref())?;
    let matching = refs
        .into_iter()
        .filter_map(|r| match store.listed_session(r.id) {
            Ok(s) if filter.session(&s) => Some(Ok(s)),
            Ok(_) => None,
            Err(e) => Some(Err(e)),
        });
    if json {
        let names: HashMap<EntityId, String> = store
            .employers()?
            .into_iter()
            .map(|e| (e.id, e.name))
            .collect();
        // Reading and decoding the sessions takes as long as writing them out: one thread
        // does each, a few dozen sessions apart.
        let (sessions, arriving) = std::sync::mpsc::sync_channel(64);
        return std::thread::scope(|scope| {
            scope.spawn(move || {
                for session in matching {
                    if sessions.send(session).is_err() {
                        break;
                    }
                }
            });
            let docs = arriving.into_iter().map(|s| {
                s.map(|session| ListedSession {
                    employer: session.employer.and_then(|e| names.get(&e)).cloned(),
                    session,
                })
            });
            ctx.out.json_stream(docs).map_err(io)
        });
    }
    let sessions: Vec<Session> = matching.collect::<Result<_, _>>()?;
    let codes: HashMap<EntityId, String> = store
        .coachees()?
        .into_iter()
        .map(|r| (r.coachee.id, r.coachee.code.to_string()))
        .collect();
    let lines: Vec<Vec<String>> = sessions
        .iter()
        .map(|s| {
            vec![
                ctx.out.date(Some(s.date)),
                codes.get(&s.coachee).cloned().unwrap_or_default(),
                ctx.out.label(s.kind().label_id()),
                s.minutes.to_string(),
                clip(s.headline(), 60),
            ]
        })
        .collect();
    print_table(
        ctx,
        &[
            "col-date",
            "col-code",
            "col-type",
            "col-minutes",
            "col-summary",
        ],
        &lines,
        Msg::new("list-sessions-count").arg("count", sessions.len()),
    );
    Ok(())
}

fn list_employers(ctx: &Context, store: &Store, json: bool) -> CliResult {
    let employers = store.employers()?;
    if json {
        return ctx.out.json(&employers).map_err(io);
    }
    let lines: Vec<Vec<String>> = employers
        .iter()
        .map(|e| {
            vec![
                clip(&e.name, 40),
                e.sector
                    .map(|s| ctx.out.label(s.label_id()))
                    .unwrap_or_default(),
                e.neighbourhood.clone(),
                if e.sbb_recognised {
                    "SBB".into()
                } else {
                    String::new()
                },
                e.main_contact().map(|c| c.name.clone()).unwrap_or_default(),
            ]
        })
        .collect();
    print_table(
        ctx,
        &[
            "col-name",
            "col-sector",
            "col-neighbourhood",
            "col-sbb",
            "col-contact",
        ],
        &lines,
        Msg::new("list-employers-count").arg("count", employers.len()),
    );
    Ok(())
}

fn list_placements(
    ctx: &Context,
    store: &Store,
    coachee: Option<&Coachee>,
    json: bool,
) -> CliResult {
    let placements = match coachee {
        Some(c) => store.placements_of(c.id)?,
        None => store.placements()?,
    };
    let names: HashMap<EntityId, String> = store
        .employers()?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect();
    if json {
        let codes: HashMap<EntityId, String> = store
            .coachees()?
            .into_iter()
            .map(|r| (r.coachee.id, r.coachee.code.to_string()))
            .collect();
        let docs: Vec<_> = placements
            .iter()
            .map(|p| PlacementJson {
                id: p.id.to_string(),
                coachee_id: p.coachee.to_string(),
                coachee_code: codes.get(&p.coachee).map(String::as_str),
                employer_id: p.employer.to_string(),
                employer: names.get(&p.employer).map(String::as_str),
                placement_type: p.placement_type.map(|t| t.code()),
                status: p.state().code(),
                start: p.start,
                planned_end: p.planned_end,
                supervisor: &p.supervisor,
                outcome: p.outcome.map(|o| o.code()),
            })
            .collect();
        return ctx.out.json(&docs).map_err(io);
    }
    let lines: Vec<Vec<String>> = placements
        .iter()
        .map(|p| {
            vec![
                ctx.out.date(p.start),
                p.placement_type
                    .map(|t| ctx.out.label(t.label_id()))
                    .unwrap_or_default(),
                ctx.out.label(p.state().label_id()),
                clip(names.get(&p.employer).map_or("", String::as_str), 40),
            ]
        })
        .collect();
    print_table(
        ctx,
        &["col-start", "col-type", "col-status", "col-employer"],
        &lines,
        Msg::new("list-placements-count").arg("count", placements.len()),
    );
    Ok(())
}

pub fn show(ctx: &Context, args: ShowArgs) -> CliResult {
    let store = open(ctx)?;
    let resolved = store.resolve(&args.reference)?;
    let missing = || crate::store::ResolveError::NotFound {
        reference: args.reference.clone(),
    };
    match resolved.kind {
        EntityKind::Coachee => {
            let coachee: Coachee = store
                .get(resolved.id)?
                .ok_or_else(missing)
                .map_err(Error::from)?;
            super::profile::print(ctx, &store, &coachee, args.json)
        }
        EntityKind::Session => {
            let s: Session = store
                .get(resolved.id)?
                .ok_or_else(missing)
                .map_err(Error::from)?;
            if args.json {
                return ctx.out.json(&session_json(&s)).map_err(io);
            }
            super::profile::print_session(ctx, &store, &s);
            Ok(())
        }
        EntityKind::Employer => {
            let e: Employer = store
                .get(resolved.id)?
                .ok_or_else(missing)
                .map_err(Error::from)?;
            if args.json {
                return ctx.out.json(&e).map_err(io);
            }
            super::profile::print_employer(ctx, &store, &e)
        }
        EntityKind::Placement => {
            let p: Placement = store
                .get(resolved.id)?
                .ok_or_else(missing)
                .map_err(Error::from)?;
            ctx.out.json(&p).map_err(io)
        }
        EntityKind::Goal => {
            let g: Goal = store
                .get(resolved.id)?
                .ok_or_else(missing)
                .map_err(Error::from)?;
            ctx.out.json(&g).map_err(io)
        }
        EntityKind::Policy => {
            let policy: crate::domain::Policy = store
                .get(resolved.id)?
                .ok_or_else(missing)
                .map_err(Error::from)?;
            ctx.out.json(&policy).map_err(io)
        }
        EntityKind::Trace => {
            let trace: crate::domain::Trace = store
                .get(resolved.id)?
                .ok_or_else(missing)
                .map_err(Error::from)?;
            ctx.out.json(&trace).map_err(io)
        }
    }
}
