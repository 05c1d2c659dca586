## Names of fields and of the fixed choices (status, level, kind of contact …).

yes = yes
no = no

field-code = Code
field-first_name = First name
field-last_name = Last name
field-birth_date = Date of birth
field-phone = Phone
field-email = E-mail
field-guardian = Parent/guardian
field-neighbourhood = Neighbourhood
field-school = School
field-education_level = Level
field-course = Course
field-learning_path = Learning path
field-referrer = Referred by
field-coach = Coach
field-status = Status
field-status_history = Status history
field-consent = Consent
field-attention_flags = Attention points
field-coach_note = Own note
field-registered_on = Registered on
field-coachee = Young person
field-date = Date
field-start_time = Start time
field-minutes = Minutes
field-session_type = Kind of contact
field-location = Location
field-participants = Present
field-summary = Report
field-goal_progress = Progress on goals
field-wellbeing = Wellbeing
field-employer_satisfaction = Employer satisfaction
field-signals = Signals
field-escalate = To coordinator
field-agreements = Agreements
field-agreement = Agreement
field-next_contact = Next contact
field-last_contact = Last contact
field-author = Author
field-employer = Employer
field-text = Text
field-owner = Who does it
field-agreement-text = What
field-due = By
field-conflict = Conflict
field-area = Area
field-progress = Progress
field-name = Name
field-kvk = KvK number
field-sbb_recognised = Recognised learning company (SBB)
field-sector = Sector
field-address = Address
field-contacts = Contact person
field-capacity = Places
field-notes = Notes
field-placement_type = Kind of placement
field-start = Start
field-planned_end = Planned end
field-days_per_week = Days per week
field-hours_per_week = Hours per week
field-agreement_signed = Placement agreement signed
field-end_reason = Reason for ending
field-outcome = Outcome
field-supervisor = Workplace supervisor
field-role = Role

role-coach = coach
role-coordinator = coordinator

status-aangemeld = registered
status-intake = intake
status-matching = matching
status-geplaatst = placed
status-afgerond = completed
status-uitgevallen = dropped out
status-nazorg = aftercare
status-gesloten = closed
status-gepauzeerd = paused
status-niet_gestart = not started

level-pro = practical education (PrO)
level-vso = special secondary (VSO)
level-vmbo_b = vmbo basic
level-vmbo_k = vmbo advanced
level-vmbo_g = vmbo combined
level-vmbo_t = vmbo theoretical
level-mbo_1 = mbo 1 (Entree)
level-mbo_2 = mbo 2
level-mbo_3 = mbo 3
level-mbo_4 = mbo 4
level-havo = havo
level-vwo = vwo
level-geen = no diploma

path-bol = BOL (school-based)
path-bbl = BBL (work-based)

referrer-school = school
referrer-wijkteam = neighbourhood team
referrer-jongerenwerk = youth work
referrer-leerplicht = school attendance officer
referrer-zelf = self-referred
referrer-anders = other

flag-taal = language
flag-vervoer = transport
flag-bereikbaarheid = reachability
flag-planning = planning
flag-thuissituatie = home situation
flag-geldzaken = money matters
flag-extra_begeleiding = extra support

consent-by-jongere = the young person
consent-by-wettelijk_vertegenwoordiger = legal representative

goal-area-wie_ben_ik = who am I
goal-area-wat_kan_ik = what can I do
goal-area-wat_wil_ik = what do I want
goal-area-hard = hard result
goal-area-zacht = soft result

goal-status-open = open
goal-status-behaald = achieved
goal-status-vervallen = dropped

session-type-intake = intake
session-type-kennismaking = introduction
session-type-coachgesprek = coaching talk
session-type-stagebezoek = stage visit
session-type-klikgesprek = match talk
session-type-telefonisch = phone call
session-type-online = online
session-type-tussenevaluatie = mid-term review
session-type-eindevaluatie = final review
session-type-nazorg = aftercare
session-type-no_show = no-show
session-type-overleg = consultation
session-type-overig = other

participant-jongere = young person
participant-werkgever = employer
participant-ouder = parent/guardian
participant-school = school
participant-coordinator = coordinator

signal-verzuim = absence
signal-motivatie = motivation
signal-conflict_werk = conflict at work
signal-thuissituatie = home situation
signal-zorgsignaal = care signal

owner-jongere = young person
owner-coach = coach
owner-werkgever = employer
owner-ouder = parent/guardian
owner-school = school
owner-coordinator = coordinator

sector-zorg = care
sector-horeca = hospitality
sector-detailhandel = retail
sector-logistiek = logistics
sector-techniek = engineering
sector-bouw = construction
sector-ict = ICT
sector-kinderopvang = childcare
sector-groen = green sector
sector-facilitair = facilities
sector-automotive = automotive
sector-overheid = government
sector-sport = sport
sector-schoonmaak = cleaning
sector-evenementen = events
sector-kappers_beauty = hair and beauty
sector-overig = other

placement-type-snuffelstage = taster day
placement-type-bliksemstage = flash internship
placement-type-bol_stage = BOL internship
placement-type-bbl = BBL job
placement-type-werkervaringsplek = work-experience place
placement-type-bijbaan = side job
placement-type-leerbaan = learning job

placement-status-gepland = planned
placement-status-lopend = running
placement-status-afgerond = completed
placement-status-voortijdig_beeindigd = ended early

outcome-diploma = diploma
outcome-baan = job
outcome-vervolgopleiding = further education
outcome-geen = none

col-code = code
col-name = name
col-status = status
col-coach = coach
col-next-contact = next contact
col-date = date
col-type = kind
col-minutes = min
col-summary = report
col-sector = sector
col-neighbourhood = area
col-sbb = SBB
col-contact = contact
col-start = start
col-employer = employer

# Form fields that split or name a record
field-guardian_name = Guardian: name
field-guardian_phone = Guardian: phone
field-guardian_relation = Guardian: relation
field-consent_given_by = Consent given by
field-consent_date = Consent: date
field-consent_withdrawn = Consent: withdrawn on
field-share_with_school = Share with school
field-share_with_employer = Share with employer
field-reason = Reason
field-goal = Goal
field-placement = Placement or job
field-contact_name = Contact: name
field-contact_role = Contact: role
field-contact_phone = Contact: phone
field-contact_email = Contact: e-mail
