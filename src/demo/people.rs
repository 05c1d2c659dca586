//! The demo generator proper: employers, then one coachee at a time with their goals,
//! placements and sessions.

use std::collections::HashSet;

use chrono::{Days, NaiveDate, NaiveTime};
use rand::Rng;
use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;

use super::assets::Assets;
use super::timeline::{path_to, session_weight, step_dates};
use crate::domain::status::StatusChange;
use crate::domain::{
    AttentionFlag, CoachRef, Coachee, Consent, ConsentGiver, Contact, DeviceId, EducationLevel,
    Employer, EntityId, Goal, GoalStatus, Guardian, KvkNumber, LearningPath, Placement, Referrer,
    Role, Session, ShortCode, Status,
};

/// One coachee with everything that hangs under them.
#[derive(Debug, Clone)]
pub struct DemoCoachee {
    pub coachee: Coachee,
    pub goals: Vec<Goal>,
    pub placements: Vec<Placement>,
    pub sessions: Vec<Session>,
}

/// What is decided for every coachee up front, so that sessions can be shared out exactly.
struct Plan {
    status: Status,
    sessions: usize,
}

pub(super) struct DemoEmployerRef {
    pub(super) id: EntityId,
    pub(super) name: String,
    pub(super) contact: String,
}

pub struct Generator {
    pub(super) rng: ChaCha8Rng,
    pub(super) assets: &'static Assets,
    pub(super) today: NaiveDate,
    pub(super) coaches: Vec<CoachRef>,
    /// Who answers escalations: the owner of a coordinator's database, or a coach's
    /// fictional coordinator.
    pub(super) coordinator: CoachRef,
    pub(super) employers: Vec<DemoEmployerRef>,
    plans: Vec<Plan>,
    codes: HashSet<ShortCode>,
}

/// Five months of history.
const HISTORY_DAYS: u64 = 150;

impl Generator {
    pub fn new(
        mut rng: ChaCha8Rng,
        today: NaiveDate,
        role: Role,
        own: CoachRef,
        coachees: usize,
        sessions: usize,
    ) -> Self {
        let assets = Assets::get();
        // A coach's demo has a fictional coordinator too, made of the first names in the
        // assets (no random draw, so the rest of the programme stays as it was).
        let coordinator = match role {
            Role::Coordinator => own.clone(),
            Role::Coach => CoachRef {
                device: DeviceId::from_bytes([0xc0; 16]),
                name: format!("{} {}", assets.first_names[0], assets.last_names[0]),
            },
        };
        let coaches = match role {
            Role::Coach => vec![own],
            Role::Coordinator => (0..(coachees / 13).max(3))
                .map(|_| CoachRef {
                    device: DeviceId::from_bytes(rng.random()),
                    name: format!(
                        "{} {}",
                        assets.first_names.choose(&mut rng).expect("names"),
                        assets.last_names.choose(&mut rng).expect("names")
                    ),
                })
                .collect(),
        };
        let statuses: Vec<Status> = (0..coachees)
            .map(|i| pick_status(&mut rng, role, i))
            .collect();
        let plans = share_sessions(&statuses, sessions);
        Self {
            rng,
            assets,
            today,
            coaches,
            coordinator,
            employers: Vec::new(),
            plans,
            codes: HashSet::new(),
        }
    }

    /// How many records the coachees will produce (for progress reporting).
    pub fn planned_records(&self) -> usize {
        // A coachee, about 2.5 goals and one placement on average, and their sessions.
        self.plans.iter().map(|p| 4 + p.sessions).sum()
    }

    pub(super) fn id_on(&mut self, date: NaiveDate) -> EntityId {
        let millis = date
            .and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("noon"))
            .and_utc()
            .timestamp_millis()
            .max(0) as u64;
        let random: [u8; 10] = self.rng.random();
        EntityId(uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid())
    }

    pub fn employers(&mut self) -> Vec<Employer> {
        let count = (self.plans.len() / 10).max(25);
        let assets = self.assets;
        let mut employers = Vec::with_capacity(count);
        for i in 0..count {
            let base = &assets.employers[i % assets.employers.len()];
            let round = i / assets.employers.len();
            // Larger programmes reuse the fictional names with a branch suffix.
            let name = match round {
                0 => base.name.to_string(),
                _ => format!(
                    "{} {}",
                    base.name,
                    assets.neighbourhoods[round % assets.neighbourhoods.len()]
                ),
            };
            let name = if round >= assets.neighbourhoods.len() {
                format!("{name} ({round})")
            } else {
                name
            };
            let contacts = (0..self.rng.random_range(1..=2))
                .map(|n| Contact {
                    name: self.person_name(),
                    role: if n == 0 {
                        "praktijkopleider".to_string()
                    } else {
                        assets
                            .contact_roles
                            .choose(&mut self.rng)
                            .expect("roles")
                            .to_string()
                    },
                    phone: self.phone(),
                    email: String::new(),
                })
                .collect::<Vec<_>>();
            let id = self.id_on(self.today - Days::new(HISTORY_DAYS + 30));
            let kvk = format!("{:08}", self.rng.random_range(10_000_000..99_999_999u32));
            let employer = Employer {
                id,
                name,
                kvk: KvkNumber::parse(&kvk).ok(),
                sbb_recognised: base.sbb,
                sector: Some(base.sector),
                address: String::new(),
                neighbourhood: base.neighbourhood.to_string(),
                contacts,
                capacity: Some(base.capacity),
                notes: String::new(),
                last_contact: Some(self.today - Days::new(self.rng.random_range(0..60))),
            };
            self.employers.push(DemoEmployerRef {
                id,
                name: employer.name.clone(),
                contact: employer
                    .main_contact()
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
            });
            employers.push(employer);
        }
        employers
    }

    fn person_name(&mut self) -> String {
        format!(
            "{} {}",
            self.assets
                .first_names
                .choose(&mut self.rng)
                .expect("names"),
            self.assets.last_names.choose(&mut self.rng).expect("names")
        )
    }

    fn phone(&mut self) -> String {
        format!("06-{:08}", self.rng.random_range(10_000_000..99_999_999u32))
    }

    fn code(&mut self) -> ShortCode {
        loop {
            let code = ShortCode::from_random(|| self.rng.random());
            if self.codes.insert(code.clone()) {
                return code;
            }
        }
    }

    /// The `index`th coachee, or None past the end.
    pub fn coachee(&mut self, index: usize) -> Option<DemoCoachee> {
        let plan = self.plans.get(index)?;
        let (status, session_count) = (plan.status, plan.sessions);
        let assets = self.assets;
        let today = self.today;

        let started = if status == Status::Registered {
            today - Days::new(self.rng.random_range(0..14))
        } else {
            today - Days::new(self.rng.random_range(40..=HISTORY_DAYS))
        };
        // The first coachees show the whole pipeline, including a placement that ended early.
        let showcase = index < Status::ALL.len();
        let placed_before_dropping = showcase || self.rng.random_bool(0.5);
        let steps = path_to(status, placed_before_dropping);
        let last_step = today
            - Days::new(
                self.rng
                    .random_range(0..10)
                    .min((today - started).num_days() as u64),
            );
        let dates = step_dates(&mut self.rng, steps.len(), started, last_step);
        let path: Vec<(Status, NaiveDate)> = steps.iter().copied().zip(dates).collect();
        let history = path
            .iter()
            .enumerate()
            .map(|(i, (to, date))| StatusChange {
                from: i.checked_sub(1).map(|p| path[p].0),
                to: *to,
                date: *date,
                reason: match to {
                    Status::DroppedOut | Status::NotStarted => assets
                        .dropout_reasons
                        .choose(&mut self.rng)
                        .expect("reasons")
                        .to_string(),
                    Status::Paused => assets
                        .pause_reasons
                        .choose(&mut self.rng)
                        .expect("reasons")
                        .to_string(),
                    _ => String::new(),
                },
            })
            .collect::<Vec<_>>();

        let first_name = *assets.first_names.choose(&mut self.rng).expect("names");
        let last_name = *assets.last_names.choose(&mut self.rng).expect("names");
        let age_days = self.rng.random_range(15 * 365 + 30..26 * 365);
        let birth_date = today - Days::new(age_days);
        let (course, level) = *assets.courses.choose(&mut self.rng).expect("courses");
        let mut coachee = Coachee {
            id: self.id_on(started),
            code: self.code(),
            first_name: first_name.to_string(),
            last_name: last_name.to_string(),
            birth_date: Some(birth_date),
            phone: self.phone(),
            email: format!(
                "{}.{}@voorbeeld.nl",
                ascii_lower(first_name),
                ascii_lower(last_name)
            ),
            guardian: None,
            neighbourhood: assets
                .neighbourhoods
                .choose(&mut self.rng)
                .expect("places")
                .to_string(),
            school: assets
                .schools
                .choose(&mut self.rng)
                .expect("schools")
                .to_string(),
            education_level: level,
            course: course.to_string(),
            learning_path: level.filter(|l| is_mbo(*l)).map(|_| {
                if self.rng.random_bool(0.8) {
                    LearningPath::Bol
                } else {
                    LearningPath::Bbl
                }
            }),
            referrer: Some(
                *[
                    Referrer::School,
                    Referrer::School,
                    Referrer::Wijkteam,
                    Referrer::Jongerenwerk,
                    Referrer::Leerplicht,
                    Referrer::SelfReferral,
                    Referrer::Other,
                ]
                .choose(&mut self.rng)
                .expect("referrers"),
            ),
            coach: None,
            status,
            status_history: history,
            consent: None,
            attention_flags: Vec::new(),
            coach_note: String::new(),
            registered_on: Some(started),
            consent_history: Vec::new(),
        };
        // Who may consent depends on the age on the day consent was given.
        let age = crate::domain::coachee::age_on(birth_date, started);
        if coachee.is_minor(today) {
            coachee.guardian = Some(Guardian {
                name: format!(
                    "{} {}",
                    assets.first_names.choose(&mut self.rng).expect("names"),
                    last_name
                ),
                phone: self.phone(),
                relation: ["ouder", "ouder", "voogd"]
                    .choose(&mut self.rng)
                    .expect("relations")
                    .to_string(),
            });
        }
        coachee.consent = Some(Consent {
            given_by: if age < 16 {
                ConsentGiver::LegalRepresentative
            } else {
                ConsentGiver::Coachee
            },
            date: started,
            register: true,
            share_with_school: self.rng.random_bool(0.8),
            share_with_employer: self.rng.random_bool(0.9),
            withdrawn: None,
        });
        coachee.note_consent_change(None);
        if self.rng.random_bool(0.3) {
            coachee
                .attention_flags
                .push(*AttentionFlag::ALL.choose(&mut self.rng).expect("flags"));
        }
        if self.rng.random_bool(0.4) {
            coachee.coach_note = assets
                .coach_notes
                .choose(&mut self.rng)
                .expect("notes")
                .to_string();
        }
        let unassigned = matches!(
            status,
            Status::Registered | Status::Intake | Status::NotStarted
        ) && self.coaches.len() > 1
            && self.rng.random_bool(0.5);
        if !unassigned {
            coachee.coach = Some(self.coaches[index % self.coaches.len()].clone());
        }

        let employer = self.rng.random_range(0..self.employers.len());
        let goals = self.goals(&coachee, &path);
        let placements = self.placements(&coachee, &path, employer, showcase);
        let sessions = self.sessions(&coachee, &path, &goals, employer, session_count);
        Some(DemoCoachee {
            coachee,
            goals,
            placements,
            sessions,
        })
    }

    fn goals(&mut self, coachee: &Coachee, path: &[(Status, NaiveDate)]) -> Vec<Goal> {
        let count = self.rng.random_range(2..=3);
        let maturity = path.len().min(4) as u8;
        (0..count)
            .map(|_| {
                let (area, text) = *self.assets.goals.choose(&mut self.rng).expect("goals");
                let progress = self.rng.random_range(0..=maturity.min(3));
                Goal {
                    id: self.id_on(path[0].1),
                    coachee: coachee.id,
                    text: text.to_string(),
                    area: Some(area),
                    status: Some(if progress == 3 {
                        GoalStatus::Achieved
                    } else {
                        GoalStatus::Open
                    }),
                    progress,
                }
            })
            .collect()
    }
}

/// The status of the `index`th coachee: the first ones cover every status once (so the demo
/// shows the whole pipeline), the rest follow a realistic spread.
fn pick_status(rng: &mut impl Rng, role: Role, index: usize) -> Status {
    if role == Role::Coordinator && index < Status::ALL.len() {
        return Status::ALL[index];
    }
    let spread: &[(Status, u32)] = &[
        (Status::Registered, 4),
        (Status::Intake, 10),
        (Status::Matching, 20),
        (Status::Placed, 35),
        (Status::Completed, 8),
        (Status::DroppedOut, 5),
        (Status::Aftercare, 8),
        (Status::Closed, 4),
        (Status::Paused, 4),
        (Status::NotStarted, 2),
    ];
    let total: u32 = spread.iter().map(|(_, w)| w).sum();
    let mut pick = rng.random_range(0..total);
    for (status, weight) in spread {
        if pick < *weight {
            return *status;
        }
        pick -= weight;
    }
    Status::Placed
}

/// Shares `total` sessions over the coachees by status weight, exactly (largest remainder),
/// with at least one session each when there are enough.
fn share_sessions(statuses: &[Status], total: usize) -> Vec<Plan> {
    let weights: Vec<f64> = statuses.iter().map(|s| session_weight(*s)).collect();
    let sum: f64 = weights.iter().sum();
    let floor = usize::from(total >= statuses.len());
    let spare = total.saturating_sub(floor * statuses.len());
    let exact: Vec<f64> = weights
        .iter()
        .map(|w| spare as f64 * w / sum.max(f64::MIN_POSITIVE))
        .collect();
    let mut counts: Vec<usize> = exact.iter().map(|e| e.floor() as usize + floor).collect();
    let mut left = total - counts.iter().sum::<usize>();
    let mut order: Vec<usize> = (0..statuses.len()).collect();
    order.sort_by(|a, b| {
        (exact[*b] - exact[*b].floor()).total_cmp(&(exact[*a] - exact[*a].floor()))
    });
    for i in order.into_iter().cycle().take(statuses.len() * 2) {
        if left == 0 {
            break;
        }
        counts[i] += 1;
        left -= 1;
    }
    statuses
        .iter()
        .zip(counts)
        .map(|(status, sessions)| Plan {
            status: *status,
            sessions,
        })
        .collect()
}

fn is_mbo(level: EducationLevel) -> bool {
    matches!(
        level,
        EducationLevel::Mbo1 | EducationLevel::Mbo2 | EducationLevel::Mbo3 | EducationLevel::Mbo4
    )
}

fn ascii_lower(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase()
}
