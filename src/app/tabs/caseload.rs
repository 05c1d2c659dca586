//! The caseload list: every coachee row, and the filtered, sorted view of it the screen shows.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use std::collections::HashMap;

use crate::app::Action;
use crate::app::layer::{Hint, HintKey};
use crate::domain::EntityId;
use crate::service::{CoacheeRow, CurrentEmployer};

/// The orders the sort key cycles through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Soonest (and most overdue) next contact first; those without one last.
    #[default]
    NextContact,
    Name,
    Status,
    /// Longest without contact first.
    LastContact,
}

impl SortOrder {
    pub fn next(self) -> Self {
        match self {
            SortOrder::NextContact => SortOrder::Name,
            SortOrder::Name => SortOrder::Status,
            SortOrder::Status => SortOrder::LastContact,
            SortOrder::LastContact => SortOrder::NextContact,
        }
    }

    /// The name `config.toml` keeps it under.
    pub fn code(self) -> &'static str {
        match self {
            SortOrder::NextContact => "next-contact",
            SortOrder::Name => "name",
            SortOrder::Status => "status",
            SortOrder::LastContact => "last-contact",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [
            SortOrder::NextContact,
            SortOrder::Name,
            SortOrder::Status,
            SortOrder::LastContact,
        ]
        .into_iter()
        .find(|order| order.code() == code.trim())
    }

    pub fn label_id(self) -> &'static str {
        match self {
            SortOrder::NextContact => "sort-next-contact",
            SortOrder::Name => "sort-name",
            SortOrder::Status => "sort-status",
            SortOrder::LastContact => "sort-last-contact",
        }
    }
}

pub struct Caseload {
    rows: Vec<CoacheeRow>,
    /// Search text per row (code, name, school, course, status, employer, coach), built once
    /// in the matcher's own form: converting 10,000 texts on every keystroke cost as much as
    /// matching them.
    haystacks: Vec<Utf32String>,
    /// The rows the last filter matched, so that typing one more letter only searches those.
    last_match: Option<LastMatch>,
    /// The employers of each coachee's current placements: searched by the filter, counted
    /// by the employers tab (so that opening it reads no placements).
    employers: HashMap<EntityId, Vec<CurrentEmployer>>,
    /// Lowercased "last first" per row, so sorting by name allocates nothing per comparison.
    name_keys: Vec<String>,
    /// Indices into `rows`, filtered and sorted: what the list shows.
    visible: Vec<usize>,
    /// Scratch space for `refresh`: the rows the closed toggle shows, and each matching row's
    /// index and score.
    shown: Vec<usize>,
    scored: Vec<(usize, u32)>,
    /// Each row's place in the current sort order, and the order it was computed for (None
    /// after the rows changed).
    ranks: Vec<u32>,
    ranked_by: Option<SortOrder>,
    /// Position in `visible`.
    pub selected: usize,
    pub sort: SortOrder,
    pub show_closed: bool,
    pub filter: String,
    /// Only this coach's coachees (chosen in the overview), by the name on their card.
    coach: Option<String>,
    /// The filter field has the keyboard.
    pub filtering: bool,
    matcher: Matcher,
    /// A second matcher, for the half of a large list scored on another core.
    second_matcher: Matcher,
}

impl Caseload {
    pub fn new(rows: Vec<CoacheeRow>) -> Self {
        Self::with_employers(rows, HashMap::new())
    }

    /// A caseload whose filter also finds coachees by their current employers' names.
    pub fn with_employers(
        rows: Vec<CoacheeRow>,
        employers: HashMap<EntityId, Vec<CurrentEmployer>>,
    ) -> Self {
        let haystacks = rows
            .iter()
            .map(|r| Utf32String::from(haystack_of(r, employers.get(&r.coachee.id))))
            .collect();
        let name_keys = rows.iter().map(name_key_of).collect();
        let mut caseload = Self {
            rows,
            haystacks,
            last_match: None,
            employers,
            name_keys,
            visible: Vec::new(),
            shown: Vec::new(),
            scored: Vec::new(),
            ranks: Vec::new(),
            ranked_by: None,
            selected: 0,
            sort: SortOrder::default(),
            show_closed: false,
            filter: String::new(),
            coach: None,
            filtering: false,
            matcher: Matcher::new(Config::DEFAULT),
            second_matcher: Matcher::new(Config::DEFAULT),
        };
        caseload.refresh();
        caseload
    }

    pub fn len(&self) -> usize {
        self.visible.len()
    }

    pub fn is_empty(&self) -> bool {
        self.visible.is_empty()
    }

    pub fn total(&self) -> usize {
        self.rows.len()
    }

    pub fn row(&self, position: usize) -> Option<&CoacheeRow> {
        self.visible.get(position).map(|i| &self.rows[*i])
    }

    /// Every coachee, whatever the filter shows.
    pub fn all_rows(&self) -> &[CoacheeRow] {
        &self.rows
    }

    /// Selects a coachee, clearing the filter or showing closed files if that hides them.
    pub fn select_id(&mut self, id: EntityId) -> bool {
        if self.visible_position(id).is_none() {
            self.filter.clear();
            self.filtering = false;
            self.show_closed = true;
            self.refresh();
        }
        match self.visible_position(id) {
            Some(position) => {
                self.selected = position;
                true
            }
            None => false,
        }
    }

    pub fn selected_row(&self) -> Option<&CoacheeRow> {
        self.row(self.selected)
    }

    /// Records the employers of a coachee's current placements (after a placement was saved).
    pub fn set_current_employers(&mut self, coachee: EntityId, employers: Vec<CurrentEmployer>) {
        if employers.is_empty() {
            self.employers.remove(&coachee);
        } else {
            self.employers.insert(coachee, employers);
        }
    }

    /// How many current placements each employer has.
    pub fn current_placements_by_employer(&self) -> HashMap<EntityId, usize> {
        let mut counts: HashMap<EntityId, usize> = HashMap::new();
        for employer in self.employers.values().flatten() {
            *counts.entry(employer.id).or_default() += 1;
        }
        counts
    }

    /// Puts a saved coachee's fresh row in place (or adds a new coachee) and selects them.
    pub fn upsert(&mut self, row: CoacheeRow) {
        let id = row.coachee.id;
        let haystack = Utf32String::from(haystack_of(&row, self.employers.get(&id)));
        self.last_match = None;
        self.ranked_by = None;
        let name_key = name_key_of(&row);
        match self.rows.iter().position(|r| r.coachee.id == id) {
            Some(i) => {
                self.rows[i] = row;
                self.haystacks[i] = haystack;
                self.name_keys[i] = name_key;
            }
            None => {
                self.rows.push(row);
                self.haystacks.push(haystack);
                self.name_keys.push(name_key);
            }
        }
        self.refresh();
        if let Some(position) = self.visible_position(id) {
            self.selected = position;
        }
    }

    /// Where a coachee is in the list as shown, if the filter and the closed toggle show them.
    fn visible_position(&self, id: EntityId) -> Option<usize> {
        self.visible
            .iter()
            .position(|i| self.rows[*i].coachee.id == id)
    }

    /// The coach whose coachees alone are shown, if one was chosen.
    pub fn coach(&self) -> Option<&str> {
        self.coach.as_deref()
    }

    /// Shows only `coach`'s coachees, or (None) everyone's again.
    pub fn set_coach(&mut self, coach: Option<String>) {
        self.coach = coach;
        // The last match was narrowed under the old choice of coach.
        self.last_match = None;
        self.selected = 0;
        self.refresh();
    }

    /// Recomputes the visible rows after a change of filter, sort or the closed toggle,
    /// keeping the same coachee selected when they are still visible.
    pub fn refresh(&mut self) {
        let keep = self.selected_row().map(|r| r.coachee.id);
        let pattern = Pattern::parse(&self.filter, CaseMatching::Ignore, Normalization::Smart);
        let narrowing = self.last_match.take().filter(|last| last.narrows_to(self));
        let candidates: Box<dyn Iterator<Item = usize>> = match &narrowing {
            Some(last) => Box::new(last.rows.iter().copied()),
            None => Box::new(0..self.rows.len()),
        };
        // Buffers kept between keystrokes: allocating and zeroing them anew was a tenth of a
        // keystroke's time at 10,000 rows.
        let mut shown = std::mem::take(&mut self.shown);
        shown.clear();
        let coach = self.coach.as_deref();
        shown.extend(candidates.filter(|i| {
            let c = &self.rows[*i].coachee;
            (self.show_closed || c.status.is_active())
                && coach.is_none_or(|name| c.coach.as_ref().is_some_and(|r| r.name == name))
        }));
        let mut scored = std::mem::take(&mut self.scored);
        scored.clear();
        if self.filter.is_empty() {
            scored.extend(shown.iter().map(|i| (*i, 0)));
        } else {
            self.score(&pattern, &shown, &mut scored);
        }
        if !self.filter.is_empty() {
            let mut rows = narrowing.map(|last| last.rows).unwrap_or_default();
            rows.clear();
            rows.extend(scored.iter().map(|(i, _)| *i));
            self.last_match = Some(LastMatch {
                filter: self.filter.clone(),
                show_closed: self.show_closed,
                rows,
            });
        }
        self.ensure_ranks();
        let ranks = &self.ranks;
        // While filtering the best match comes first; the sort order breaks ties. Sorting by
        // two integers per row instead of comparing dates and codes keeps a keystroke cheap.
        let filtered = !self.filter.is_empty();
        scored.sort_unstable_by_key(|(i, score)| {
            (
                std::cmp::Reverse(if filtered { *score } else { 0 }),
                ranks[*i],
            )
        });
        self.visible.clear();
        self.visible.extend(scored.iter().map(|(i, _)| *i));
        self.scored = scored;
        self.shown = shown;
        self.selected = keep
            .and_then(|id| self.visible_position(id))
            .unwrap_or(0)
            .min(self.visible.len().saturating_sub(1));
    }
}

/// From this many rows on, the filter scores half of them on a second core: the second letter
/// of a filter scores some 7,000 rows of a 10,000 caseload, ~8 ms on one core.
const SCORE_IN_TWO_FROM: usize = 2_000;

impl Caseload {
    /// The rows of `candidates` the pattern matches, with their scores, in the order given.
    fn score(&mut self, pattern: &Pattern, candidates: &[usize], out: &mut Vec<(usize, u32)>) {
        let haystacks = &self.haystacks;
        let score_part = |part: &[usize], matcher: &mut Matcher, out: &mut Vec<(usize, u32)>| {
            out.extend(part.iter().filter_map(|&i| {
                pattern
                    .score(haystacks[i].slice(..), matcher)
                    .map(|s| (i, s))
            }));
        };
        // On one core the two halves just run one after the other, at the cost of a thread.
        if candidates.len() < SCORE_IN_TWO_FROM {
            return score_part(candidates, &mut self.matcher, out);
        }
        let (first, second) = candidates.split_at(candidates.len() / 2);
        let (matcher, second_matcher) = (&mut self.matcher, &mut self.second_matcher);
        let mut second_scores = Vec::with_capacity(second.len());
        std::thread::scope(|scope| {
            scope.spawn(|| score_part(second, second_matcher, &mut second_scores));
            score_part(first, matcher, out);
        });
        out.extend(second_scores);
    }

    /// Each row's place in the sort order, computed again only when the order or the rows
    /// changed: by the order's key, then the code, then the row's index, so it is total.
    fn ensure_ranks(&mut self) {
        if self.ranked_by != Some(self.sort) || self.ranks.len() != self.rows.len() {
            let rows = &self.rows;
            let name_keys = &self.name_keys;
            let sort = self.sort;
            let mut order: Vec<usize> = (0..rows.len()).collect();
            order.sort_unstable_by(|a, b| {
                let (ra, rb) = (&rows[*a], &rows[*b]);
                match sort {
                    SortOrder::NextContact => {
                        let key = |r: &CoacheeRow| r.contact.as_ref().and_then(|c| c.next_contact);
                        option_first(key(ra), key(rb))
                    }
                    SortOrder::Name => name_keys[*a].cmp(&name_keys[*b]),
                    SortOrder::Status => ra.coachee.status.cmp(&rb.coachee.status),
                    SortOrder::LastContact => {
                        let key = |r: &CoacheeRow| r.contact.as_ref().and_then(|c| c.last_contact);
                        option_first(key(ra), key(rb))
                    }
                }
                .then_with(|| ra.coachee.code.cmp(&rb.coachee.code))
                .then_with(|| a.cmp(b))
            });
            self.ranks.clear();
            self.ranks.resize(rows.len(), 0);
            for (rank, row) in order.into_iter().enumerate() {
                self.ranks[row] = rank as u32;
            }
            self.ranked_by = Some(self.sort);
        }
    }
}

/// What the last filter matched: a longer filter typed on from it can only match fewer of the
/// same rows, so only those are searched.
struct LastMatch {
    filter: String,
    show_closed: bool,
    rows: Vec<usize>,
}

impl LastMatch {
    fn narrows_to(&self, caseload: &Caseload) -> bool {
        // Negation (`!`), anchors (`^`, `$`) and escapes change what a longer pattern matches,
        // so only plain words narrow.
        let plain = |filter: &str| !filter.contains(['!', '^', '$', '\\', '\'']);
        plain(&self.filter)
            && plain(&caseload.filter)
            && self.show_closed == caseload.show_closed
            && caseload.filter.len() > self.filter.len()
            && caseload.filter.starts_with(&self.filter)
    }
}

fn name_key_of(row: &CoacheeRow) -> String {
    let c = &row.coachee;
    format!("{}\u{0} {}", c.last_name, c.first_name).to_lowercase()
}

/// What the fuzzy filter searches for one coachee.
fn haystack_of(row: &CoacheeRow, employers: Option<&Vec<CurrentEmployer>>) -> String {
    let c = &row.coachee;
    let employers = employers
        .map(|list| {
            let names: Vec<&str> = list.iter().map(|e| e.name.as_str()).collect();
            names.join(" ")
        })
        .unwrap_or_default();
    format!(
        "{} {} {} {} {} {} {}",
        c.code,
        c.full_name(),
        c.school,
        c.course,
        c.status.code(),
        employers,
        // A coordinator finds a coach's caseload by typing the coach's name.
        c.coach.as_ref().map_or("", |coach| coach.name.as_str())
    )
}

/// Dates ascending, with "no date" after every date.
fn option_first(a: Option<chrono::NaiveDate>, b: Option<chrono::NaiveDate>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

/// The caseload tab's hints, most useful first: for the session log, or for the list (where a
/// coordinator mostly hands out caseloads).
pub fn hints(app: &crate::app::App) -> Vec<Hint> {
    if app.focus == crate::app::Pane::Profile && app.selected_agreement().is_some() {
        return [
            Action::Down,
            Action::TickOff,
            Action::NewSession,
            Action::NextPane,
        ]
        .map(Hint::Action)
        .to_vec();
    }
    let actions: &[Action] = if app.focus == crate::app::Pane::Sessions {
        &[
            Action::Open,
            Action::NewSession,
            Action::Edit,
            Action::Delete,
            Action::NextPane,
        ]
    } else if app.owner.role == crate::domain::Role::Coordinator {
        &[
            Action::Assign,
            Action::NewSession,
            Action::Filter,
            Action::NextPane,
            Action::Sort,
            Action::ToggleClosed,
        ]
    } else {
        &[
            Action::NewSession,
            Action::Filter,
            Action::NextPane,
            Action::Sort,
            Action::ToggleClosed,
        ]
    };
    let mut hints: Vec<Hint> = actions.iter().copied().map(Hint::Action).collect();
    if app.caseload.coach().is_some() {
        hints.insert(0, Hint::Relabelled(Action::Back, "hint-all-coaches"));
    }
    hints
}

/// While the filter field has the keyboard.
pub fn filter_hints() -> Vec<Hint> {
    vec![
        Hint::Key(HintKey::Literal("Enter"), "hint-filter-keep"),
        Hint::Key(HintKey::Literal("Esc"), "hint-filter-clear"),
    ]
}
