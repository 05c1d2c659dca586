# The overview tab (tab 4).

overview-title = Overview · { $period }
overview-month = { $month } { $year }
overview-as-of = {" "}(as of { $date })
overview-active = active
overview-registered = newly registered
overview-contacts = contacts
overview-hours = hours
overview-stage-visits = stage visits
overview-no-shows = no-shows
overview-placements-started = placements started
overview-completed = completed
overview-dropped-out = dropped out
overview-coaches = Per coach · { $order } · ⚠ no bundle in 7 days
overview-no-coaches = No coach with young people yet. Assign young people with A in the caseload.
overview-col-coach = coach
overview-col-caseload = people
overview-col-active = active
overview-col-contacts = contacts
overview-col-hours = hours
overview-col-stage-visits = visits
overview-col-overdue = overdue
overview-col-escalations = escalated
overview-col-agreements = agreed
overview-col-last-bundle = last bundle
overview-sort-name = by name
overview-sort-contacts = most contacts first
overview-sort-overdue = most overdue first
overview-sort-last-bundle = oldest bundle first
overview-pipeline = Pipeline now
overview-weeks = Contacts per week
overview-placements = Running placements
overview-no-placements = No running placements.

action-previous-period = previous period
action-next-period = next period
action-whole-year = year/month

caseload-of-coach = Only the young people of { $coach }. Esc shows everyone again.
caseload-all-coaches = The young people of every coach again.
pane-caseload-coach = {" "}· { $coach }

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
overview-coaches-own = Per coach · { $order }
hint-all-coaches = every coach
