# The overview tab (tab 4).

overview-title = Overzicht · { $period }
overview-month = { $month } { $year }
overview-as-of = {" "}(stand { $date })
overview-active = actief
overview-registered = nieuw aangemeld
overview-contacts = contacten
overview-hours = uur
overview-stage-visits = stagebezoeken
overview-no-shows = niet verschenen
overview-placements-started = plekken gestart
overview-completed = afgerond
overview-dropped-out = uitgevallen
overview-coaches = Per coach · { $order } · ⚠ geen bundel in 7 dagen
overview-no-coaches = Nog geen coach met jongeren. Wijs jongeren toe met A in de caseload.
overview-col-coach = coach
overview-col-caseload = jongeren
overview-col-active = actief
overview-col-contacts = contact
overview-col-hours = uur
overview-col-stage-visits = bezoek
overview-col-overdue = verlopen
overview-col-escalations = escalatie
overview-col-agreements = afspraak
overview-col-last-bundle = laatste bundel
overview-sort-name = op naam
overview-sort-contacts = meeste contacten eerst
overview-sort-overdue = meeste verlopen eerst
overview-sort-last-bundle = oudste bundel eerst
overview-pipeline = Traject nu
overview-weeks = Contacten per week
overview-placements = Lopende plekken
overview-no-placements = Geen lopende plekken.

action-previous-period = vorige periode
action-next-period = volgende periode
action-whole-year = jaar/maand

caseload-of-coach = Alleen de jongeren van { $coach }. Esc toont iedereen weer.
caseload-all-coaches = Weer de jongeren van alle coaches.
pane-caseload-coach = {" "}· { $coach }

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
overview-coaches-own = Per coach · { $order }
hint-all-coaches = alle coaches
