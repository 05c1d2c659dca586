//! `report`: the programme's aggregates over a period, as Markdown, CSV or an Excel workbook,
//! for a funder (small counts hidden) or, with `--exact`, for the team itself.

use super::add::optional_date;
use super::open::open;
use super::{CliResult, Context, Failure, InzageArgs, InzageFormat, ReportArgs, ReportFormat};
use chrono::Datelike;

use crate::domain::dates::DateSense;
use crate::message::Msg;
use crate::report::csv_files::Dialect;
use crate::report::{self, Mode, Period};

pub fn report(ctx: &Context, args: ReportArgs) -> CliResult {
    let store = open(ctx)?;
    let period = period(ctx, &args)?;
    let (mode, mut computed) = if args.mine {
        (Mode::Own, report::own_hours(&store, period, ctx.today)?)
    } else {
        let mode = if args.exact {
            Mode::Exact
        } else {
            Mode::Funder
        };
        let computed = report::compute(&store, period, args.coach.as_deref(), ctx.today)?;
        (mode, computed)
    };
    computed.programme = crate::config::programme_name();
    let not_written = |path: &std::path::Path, reason: String| {
        Failure::Message(
            Msg::new("report-not-written")
                .arg("path", path.display().to_string())
                .arg("reason", reason),
        )
    };
    if args.format == ReportFormat::Xlsx {
        let Some(path) = &args.out else {
            return Err(Failure::Message(Msg::new("report-xlsx-needs-out")));
        };
        let bytes = report::xlsx::write(&computed, mode, ctx.out.lang)
            .map_err(|e| not_written(path, e.to_string()))?;
        crate::store::files::replace_private(path, &bytes)
            .map_err(|e| not_written(path, e.to_string()))?;
        ctx.out
            .say(&Msg::new("report-written").arg("path", path.display().to_string()));
        return Ok(());
    }
    if args.format == ReportFormat::Csv {
        let Some(dir) = &args.out else {
            return Err(Failure::Message(Msg::new("report-csv-needs-out")));
        };
        let dialect = if args.csv_comma {
            Dialect::Comma
        } else {
            Dialect::DutchExcel
        };
        let files = report::csv_files::write_dir(&computed, mode, ctx.out.lang, dir, dialect)
            .map_err(|e| not_written(dir, e.to_string()))?;
        ctx.out.say(
            &Msg::new("report-csv-written")
                .arg("count", files.len())
                .arg("path", dir.display().to_string()),
        );
        return Ok(());
    }
    let text = report::markdown::write(&computed, mode, ctx.out.lang);
    match &args.out {
        None => ctx.out.print(&text),
        Some(path) => {
            crate::store::files::replace_private(path, text.as_bytes())
                .map_err(|e| not_written(path, e.to_string()))?;
            ctx.out
                .say(&Msg::new("report-written").arg("path", path.display().to_string()));
        }
    }
    Ok(())
}

/// The period asked for: a quarter, a year, from/to, or the current month (either end defaults
/// to it).
fn period(ctx: &Context, args: &ReportArgs) -> Result<Period, Failure> {
    let bad_year = |year: i32| Failure::Message(Msg::new("report-bad-year").arg("year", year));
    if let Some(quarter) = args.quarter {
        let year = args.year.unwrap_or_else(|| ctx.today.year());
        return Period::quarter(year, quarter).ok_or_else(|| bad_year(year));
    }
    if let Some(year) = args.year {
        return Period::year(year).ok_or_else(|| bad_year(year));
    }
    let month = Period::month_of(ctx.today);
    let from = optional_date("from", &args.from, ctx.today, DateSense::Past)?.unwrap_or(month.from);
    let to = optional_date("to", &args.to, ctx.today, DateSense::Past)?.unwrap_or(month.to);
    if to < from {
        return Err(Failure::Message(Msg::new("report-period-backwards")));
    }
    Ok(Period { from, to })
}

/// `inzage`: everything about one young person, into a private file.
pub fn inzage(ctx: &Context, args: InzageArgs) -> CliResult {
    let store = open(ctx)?;
    let coachee = store.resolve_coachee(&args.reference)?;
    let json = args.format == InzageFormat::Json;
    let code = crate::service::inzage::write(
        &store,
        coachee.id,
        ctx.today,
        ctx.out.lang,
        json,
        &args.out,
    )?;
    ctx.out.say(
        &Msg::new("inzage-written")
            .arg("code", code)
            .arg("path", args.out.display().to_string()),
    );
    Ok(())
}
