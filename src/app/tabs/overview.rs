//! The overview tab: the programme's figures for a month or a year (from `report::overview`),
//! a table of coaches that can be sorted and opened, and keys to step through periods.

use chrono::{Datelike, Months, NaiveDate};

use crate::app::cursor::{moved, movement};
use crate::app::layer::Hint;
use crate::app::{Action, App, Effect, Tab};
use crate::message::Msg;
use crate::report::Period;
use crate::report::overview::{CoachLine, Overview};

/// What the tab looks at: a calendar month or a calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// The month that starts on this day.
    Month(NaiveDate),
    Year(i32),
}

impl Span {
    pub fn this_month(today: NaiveDate) -> Self {
        Span::Month(Period::month_of(today).from)
    }

    pub fn period(self) -> Period {
        match self {
            Span::Month(first) => Period::month_of(first),
            Span::Year(year) => {
                Period::year(year).unwrap_or_else(|| Period::month_of(first_of(year)))
            }
        }
    }

    /// The span before (`-1`) or after (`1`) this one, of the same length.
    fn step(self, by: i32) -> Self {
        match self {
            Span::Month(first) if by < 0 => Span::Month(first - Months::new(1)),
            Span::Month(first) => Span::Month(first + Months::new(1)),
            Span::Year(year) => Span::Year(year + by),
        }
    }
}

fn first_of(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// The orders the coach table cycles through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CoachSort {
    #[default]
    Name,
    /// Most contacts in the period first.
    Contacts,
    /// Most overdue next contacts first.
    Overdue,
    /// The coach whose last bundle is oldest (or who never sent one) first.
    LastBundle,
}

impl CoachSort {
    fn next(self) -> Self {
        match self {
            CoachSort::Name => CoachSort::Contacts,
            CoachSort::Contacts => CoachSort::Overdue,
            CoachSort::Overdue => CoachSort::LastBundle,
            CoachSort::LastBundle => CoachSort::Name,
        }
    }

    pub fn label_id(self) -> &'static str {
        match self {
            CoachSort::Name => "overview-sort-name",
            CoachSort::Contacts => "overview-sort-contacts",
            CoachSort::Overdue => "overview-sort-overdue",
            CoachSort::LastBundle => "overview-sort-last-bundle",
        }
    }

    fn sort(self, coaches: &mut [CoachLine]) {
        match self {
            CoachSort::Name => coaches.sort_by(|a, b| a.name.cmp(&b.name)),
            CoachSort::Contacts => coaches.sort_by_key(|c| std::cmp::Reverse(c.contacts)),
            CoachSort::Overdue => coaches.sort_by_key(|c| std::cmp::Reverse(c.overdue)),
            // No bundle at all is the oldest of all.
            CoachSort::LastBundle => coaches.sort_by_key(|c| c.last_bundle),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverviewTab {
    pub span: Span,
    pub sort: CoachSort,
    /// The figures for `span`, once read.
    pub figures: Option<Overview>,
    /// The selected row of the coach table.
    pub selected: usize,
}

impl OverviewTab {
    pub fn new(today: NaiveDate) -> Self {
        Self {
            span: Span::this_month(today),
            sort: CoachSort::default(),
            figures: None,
            selected: 0,
        }
    }

    /// Takes in freshly read figures, in the chosen order, keeping the same coach selected.
    pub fn show(&mut self, mut figures: Overview) {
        let keep = self.selected_coach().map(|c| c.name.clone());
        self.sort.sort(&mut figures.coaches);
        self.selected = keep
            .and_then(|name| figures.coaches.iter().position(|c| c.name == name))
            .unwrap_or(0);
        self.figures = Some(figures);
    }

    pub fn coaches(&self) -> &[CoachLine] {
        self.figures.as_ref().map_or(&[], |f| &f.coaches)
    }

    pub fn selected_coach(&self) -> Option<&CoachLine> {
        self.coaches().get(self.selected)
    }
}

/// Opening the tab: read the figures of the period it shows.
pub fn open(app: &mut App) -> Vec<Effect> {
    app.tab = Tab::Overview;
    if app.overview.is_none() {
        app.overview = Some(OverviewTab::new(app.today));
    }
    vec![Effect::LoadOverview]
}

pub fn overview_action(app: &mut App, action: Action) -> Vec<Effect> {
    let today = app.today;
    let tab = app.overview.get_or_insert_with(|| OverviewTab::new(today));
    match action {
        Action::PreviousPeriod | Action::NextPeriod | Action::WholeYear => {
            tab.span = match (action, tab.span) {
                (Action::PreviousPeriod, span) => span.step(-1),
                (Action::NextPeriod, span) => span.step(1),
                // The year of the month shown, and from the year back to this month.
                (_, Span::Month(first)) => Span::Year(first.year()),
                (_, Span::Year(_)) => Span::this_month(today),
            };
            return vec![Effect::LoadOverview];
        }
        Action::Sort => {
            tab.sort = tab.sort.next();
            if let Some(figures) = tab.figures.take() {
                tab.show(figures);
            }
            app.message =
                Some(Msg::new("sorted-by").arg("order", app.lang.text(tab.sort.label_id())));
        }
        Action::Open => {
            let Some(coach) = tab.selected_coach().filter(|c| c.caseload > 0) else {
                return Vec::new();
            };
            let name = coach.name.clone();
            app.caseload.set_coach(Some(name.clone()));
            app.tab = Tab::Caseload;
            app.focus = crate::app::Pane::List;
            app.message = Some(Msg::new("caseload-of-coach").arg("coach", name));
            return app.load_selected();
        }
        _ => {
            if let Some(step) = movement(action) {
                tab.selected = moved(tab.selected, step, tab.coaches().len());
            }
        }
    }
    Vec::new()
}

pub fn hints(app: &App) -> Vec<Hint> {
    let mut actions = vec![
        Action::PreviousPeriod,
        Action::NextPeriod,
        Action::WholeYear,
    ];
    if app
        .overview
        .as_ref()
        .is_some_and(|t| !t.coaches().is_empty())
    {
        actions.extend([Action::Open, Action::Sort]);
    }
    actions.into_iter().map(Hint::Action).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_years_step_by_their_own_length() {
        let november = Span::Month(NaiveDate::from_ymd_opt(2026, 11, 1).unwrap());
        assert_eq!(
            november.step(1),
            Span::Month(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
        );
        assert_eq!(
            november.step(1).step(1).period().from,
            NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()
        );
        assert_eq!(Span::Year(2026).step(-1), Span::Year(2025));
        assert_eq!(
            Span::Year(2026).period().to,
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
    }
}
