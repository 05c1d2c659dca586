# The funder report (stagecoach report).

report-title = Rapportage jongeren naar werk
report-header = Periode { $from } t/m { $to } · gemaakt op { $on } door { $by }
report-header-coach = Alleen de jongeren van { $coach }.
report-mode-funder = Voor de financier: alleen totalen, geen namen of codes; aantallen van 1 tot 4 staan er als <5.
report-mode-exact = Exacte aantallen, alleen voor intern gebruik: niet doorsturen.
report-footnote-hidden-rate = * Weggelaten: een percentage over minder dan 5 jongeren zou naar personen kunnen wijzen.

report-section-reach = Bereik
report-reach-totals = In de periode
report-col-young-people = jongeren
report-active = Actief in de periode
report-registered = Nieuw aangemeld
report-minors-with-guardian = Minderjarig, met ouder of voogd in het dossier
report-reach-status = Status aan het eind van de periode
report-reach-age = Leeftijd aan het eind van de periode
report-age-under-16 = jonger dan 16
report-age-16-17 = 16–17
report-age-18-22 = 18–22
report-age-23-27 = 23–27
report-unknown = onbekend
report-reach-level = Opleidingsniveau
report-reach-referrer = Aangemeld door

report-section-pipeline = Traject
report-pipeline-transitions = Stappen in de periode (naar status)
report-col-transitions = stappen
report-pipeline-speed = Doorlooptijd
report-col-days = dagen
report-days-to-placement = Mediaan van aanmelding tot eerste plek

report-section-placements = Plekken
report-placements-started = Gestart in de periode
report-col-placements = plekken
report-placements-state = Aan het eind van de periode
report-running-at-end = Lopend
report-placements-ended = Beëindigd in de periode, naar uitkomst

report-section-contacts = Contacten
report-contacts-by-type = Naar soort
report-col-contacts = contacten
report-col-hours = uren
report-total = Totaal
report-contacts-touch = Bereikbaarheid
report-col-share = deel
report-out-of-touch = Actieve jongeren zonder contact in de laatste 14 dagen van de periode

report-section-per-coach = Per coach
report-per-coach = Caseload en werk per coach
report-col-caseload = caseload
report-col-active = actief
report-col-stage-visits = stagebezoeken
report-col-overdue = contact verlopen
report-col-escalations = escalaties open
report-col-agreements-past-due = afspraken over datum
report-col-last-bundle = laatste bundel

report-written = Rapportage geschreven naar { $path }.
report-not-written = De rapportage kon niet naar { $path } worden geschreven: { $reason }. Kies een andere plek met --out.
report-bad-year = { $year } is geen jaar dat stagecoach kent; geef een jaar als 2026.
report-period-backwards = De periode loopt achteruit: --to ligt vóór --from. Draai ze om.
report-csv-needs-out = Voor csv is een map nodig: geef die met --out MAP (één bestand per onderdeel).
report-csv-written = { $count } csv-bestanden geschreven in { $path }.

report-hours-title = Eigen uren als coach
report-mode-own = De contacten die ik zelf vastlegde; jongeren staan er alleen met hun code in.
report-section-hours = Uren
report-hours-per-week = Per week
report-hours-per-type = Per soort contact
report-hours-per-young-person = Per jongere (code)

report-section-what-works = Wat werkt
report-works-visits = Afgeronde plekken naar het aantal stagebezoeken tijdens de plek (zonder snuffel- en bliksemstages)
report-works-intensity = Uitval naar het aantal contacten per maand
report-col-placements-ended = beëindigd
report-col-completed = afgerond
report-col-dropped-out = uitgevallen
report-visits-none = geen bezoek
report-visits-one-two = 1–2 bezoeken
report-visits-three-plus = 3 of meer bezoeken
report-intensity-low = minder dan 1 per maand
report-intensity-middle = 1 tot 2 per maand
report-intensity-high = meer dan 2 per maand

report-reach-neighbourhood = Wijk
report-pipeline-dropout-reasons = Uitgevallen in de periode, naar reden
report-reason-moved = verhuisd
report-reason-work = werk gevonden of zelf zoeken
report-reason-education = naar een opleiding of school
report-reason-other-programme = naar een ander traject
report-reason-unreachable = niet meer bereikbaar
report-reason-no-time = geen tijd
report-reason-health = gezondheid
report-reason-no-longer-wanted = wil niet verder met begeleiding
report-reason-other = andere reden
report-placements-employers = Werkgevers met een lopende plek in de periode
report-col-employers = werkgevers
report-employers-involved = Betrokken werkgevers
report-employers-new = Nieuwe werkgevers (eerste plek in de periode)
report-employers-sbb = Erkend leerbedrijf (SBB)
report-placements-sector = Plekken in de periode, naar sector

report-xlsx-needs-out = Voor xlsx is een bestand nodig: geef het met --out BESTAND.xlsx.
report-xlsx-cover = Voorblad
report-xlsx-programme = Programma
report-xlsx-no-programme = (geen naam ingesteld: zet name = "…" onder [programme] in config.toml)
report-xlsx-period = Periode
report-xlsx-period-value = { $from } t/m { $to }
report-xlsx-mode = Soort
report-xlsx-generated-on = Gemaakt op
report-xlsx-by = Door
report-xlsx-coach = Alleen de jongeren van
