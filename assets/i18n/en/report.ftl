# The funder report (stagecoach report).

report-title = Youth-to-work report
report-header = Period { $from } to { $to } · made on { $on } by { $by }
report-header-coach = Only { $coach }'s young people.
report-mode-funder = For the funder: totals only, no names or codes; counts from 1 to 4 are shown as <5.
report-mode-exact = Exact counts, for internal use only: do not pass on.
report-footnote-hidden-rate = * Left out: a share of fewer than 5 young people could point at persons.

report-section-reach = Reach
report-reach-totals = In the period
report-col-young-people = young people
report-active = Active in the period
report-registered = Newly registered
report-minors-with-guardian = Minors with a parent or guardian on file
report-reach-status = Status at the end of the period
report-reach-age = Age at the end of the period
report-age-under-16 = under 16
report-age-16-17 = 16–17
report-age-18-22 = 18–22
report-age-23-27 = 23–27
report-unknown = unknown
report-reach-level = Education level
report-reach-referrer = Referred by

report-section-pipeline = Pipeline
report-pipeline-transitions = Steps in the period (to status)
report-col-transitions = steps
report-pipeline-speed = Lead time
report-col-days = days
report-days-to-placement = Median from registration to first placement

report-section-placements = Placements
report-placements-started = Started in the period
report-col-placements = placements
report-placements-state = At the end of the period
report-running-at-end = Running
report-placements-ended = Ended in the period, by outcome

report-section-contacts = Contacts
report-contacts-by-type = By type
report-col-contacts = contacts
report-col-hours = hours
report-total = Total
report-contacts-touch = In touch
report-col-share = share
report-out-of-touch = Active young people without contact in the last 14 days of the period

report-section-per-coach = Per coach
report-per-coach = Caseload and work per coach
report-col-caseload = caseload
report-col-active = active
report-col-stage-visits = stage visits
report-col-overdue = contact overdue
report-col-escalations = escalations open
report-col-agreements-past-due = agreements past due
report-col-last-bundle = last bundle

report-written = Report written to { $path }.
report-not-written = The report could not be written to { $path }: { $reason }. Choose another place with --out.
report-bad-year = { $year } is not a year stagecoach knows; give a year such as 2026.
report-period-backwards = The period runs backwards: --to is before --from. Swap them.
report-csv-needs-out = csv needs a folder: give it with --out DIR (one file per section).
report-csv-written = { $count } csv files written in { $path }.

report-hours-title = My hours as a coach
report-mode-own = The contacts I logged myself; young people appear by their code only.
report-section-hours = Hours
report-hours-per-week = Per week
report-hours-per-type = Per contact type
report-hours-per-young-person = Per young person (code)

report-section-what-works = What works
report-works-visits = Completed placements by the number of stage visits during the placement (tasters and flash internships left out)
report-works-intensity = Dropout by the number of contacts a month
report-col-placements-ended = ended
report-col-completed = completed
report-col-dropped-out = dropped out
report-visits-none = no visit
report-visits-one-two = 1–2 visits
report-visits-three-plus = 3 or more visits
report-intensity-low = fewer than 1 a month
report-intensity-middle = 1 to 2 a month
report-intensity-high = more than 2 a month

report-reach-neighbourhood = Neighbourhood
report-pipeline-dropout-reasons = Dropped out in the period, by reason
report-reason-moved = moved away
report-reason-work = found work or looking themselves
report-reason-education = to education or school
report-reason-other-programme = to another programme
report-reason-unreachable = no longer reachable
report-reason-no-time = no time
report-reason-health = health
report-reason-no-longer-wanted = wants no more coaching
report-reason-other = other reason
report-placements-employers = Employers with a placement running in the period
report-col-employers = employers
report-employers-involved = Employers involved
report-employers-new = New employers (first placement in the period)
report-employers-sbb = Recognised training company (SBB)
report-placements-sector = Placements in the period, by sector

report-xlsx-needs-out = An xlsx needs a file: name it with --out FILE.xlsx.
report-xlsx-cover = Cover
report-xlsx-programme = Programme
report-xlsx-no-programme = (no name set: put name = "…" under [programme] in config.toml)
report-xlsx-period = Period
report-xlsx-period-value = { $from } to { $to }
report-xlsx-mode = Kind
report-xlsx-generated-on = Generated on
report-xlsx-by = By
report-xlsx-coach = Only the young people of
