## Namen van velden en van de vaste keuzes (status, niveau, soort contact …).

yes = ja
no = nee

field-code = Code
field-first_name = Voornaam
field-last_name = Achternaam
field-birth_date = Geboortedatum
field-phone = Telefoon
field-email = E-mail
field-guardian = Ouder/voogd
field-neighbourhood = Wijk
field-school = School
field-education_level = Niveau
field-course = Opleiding
field-learning_path = Leerweg
field-referrer = Aangemeld door
field-coach = Coach
field-status = Status
field-status_history = Statusgeschiedenis
field-consent = Toestemming
field-attention_flags = Aandachtspunten
field-coach_note = Eigen notitie
field-registered_on = Aanmelddatum
field-coachee = Jongere
field-date = Datum
field-start_time = Begintijd
field-minutes = Minuten
field-session_type = Soort contact
field-location = Locatie
field-participants = Aanwezig
field-summary = Verslag
field-goal_progress = Voortgang doelen
field-wellbeing = Welbevinden
field-employer_satisfaction = Tevredenheid werkgever
field-signals = Signalen
field-escalate = Naar coördinator
field-agreements = Afspraken
field-agreement = Afspraak
field-next_contact = Volgend contact
field-last_contact = Laatste contact
field-author = Auteur
field-employer = Werkgever
field-text = Tekst
field-owner = Wie doet het
field-agreement-text = Wat
field-due = Uiterlijk
field-conflict = Conflict
field-area = Gebied
field-progress = Voortgang
field-name = Naam
field-kvk = KvK-nummer
field-sbb_recognised = Erkend leerbedrijf (SBB)
field-sector = Sector
field-address = Adres
field-contacts = Contactpersoon
field-capacity = Plaatsen
field-notes = Notities
field-placement_type = Soort plek
field-start = Start
field-planned_end = Gepland einde
field-days_per_week = Dagen per week
field-hours_per_week = Uren per week
field-agreement_signed = Stageovereenkomst getekend
field-end_reason = Reden einde
field-outcome = Resultaat
field-supervisor = Praktijkopleider
field-role = Rol

role-coach = coach
role-coordinator = coördinator

status-aangemeld = aangemeld
status-intake = intake
status-matching = matching
status-geplaatst = geplaatst
status-afgerond = afgerond
status-uitgevallen = uitgevallen
status-nazorg = nazorg
status-gesloten = gesloten
status-gepauzeerd = gepauzeerd
status-niet_gestart = niet gestart

level-pro = praktijkonderwijs
level-vso = vso
level-vmbo_b = vmbo basis
level-vmbo_k = vmbo kader
level-vmbo_g = vmbo gemengd
level-vmbo_t = vmbo theoretisch
level-mbo_1 = mbo 1 (Entree)
level-mbo_2 = mbo 2
level-mbo_3 = mbo 3
level-mbo_4 = mbo 4
level-havo = havo
level-vwo = vwo
level-geen = geen diploma

path-bol = BOL
path-bbl = BBL

referrer-school = school
referrer-wijkteam = wijkteam
referrer-jongerenwerk = jongerenwerk
referrer-leerplicht = leerplicht
referrer-zelf = zelf aangemeld
referrer-anders = anders

flag-taal = taal
flag-vervoer = vervoer
flag-bereikbaarheid = bereikbaarheid
flag-planning = planning
flag-thuissituatie = thuissituatie
flag-geldzaken = geldzaken
flag-extra_begeleiding = extra begeleiding

consent-by-jongere = de jongere zelf
consent-by-wettelijk_vertegenwoordiger = wettelijk vertegenwoordiger

goal-area-wie_ben_ik = wie ben ik
goal-area-wat_kan_ik = wat kan ik
goal-area-wat_wil_ik = wat wil ik
goal-area-hard = hard resultaat
goal-area-zacht = zacht resultaat

goal-status-open = open
goal-status-behaald = behaald
goal-status-vervallen = vervallen

session-type-intake = intake
session-type-kennismaking = kennismaking
session-type-coachgesprek = coachgesprek
session-type-stagebezoek = stagebezoek
session-type-klikgesprek = klikgesprek
session-type-telefonisch = telefonisch
session-type-online = online
session-type-tussenevaluatie = tussenevaluatie
session-type-eindevaluatie = eindevaluatie
session-type-nazorg = nazorg
session-type-no_show = niet verschenen
session-type-overleg = overleg
session-type-overig = overig

participant-jongere = jongere
participant-werkgever = werkgever
participant-ouder = ouder/voogd
participant-school = school
participant-coordinator = coördinator

signal-verzuim = verzuim
signal-motivatie = motivatie
signal-conflict_werk = conflict op het werk
signal-thuissituatie = thuissituatie
signal-zorgsignaal = zorgsignaal

owner-jongere = jongere
owner-coach = coach
owner-werkgever = werkgever
owner-ouder = ouder/voogd
owner-school = school
owner-coordinator = coördinator

sector-zorg = zorg
sector-horeca = horeca
sector-detailhandel = detailhandel
sector-logistiek = logistiek
sector-techniek = techniek
sector-bouw = bouw
sector-ict = ict
sector-kinderopvang = kinderopvang
sector-groen = groen
sector-facilitair = facilitair
sector-automotive = automotive
sector-overheid = overheid
sector-sport = sport
sector-schoonmaak = schoonmaak
sector-evenementen = evenementen
sector-kappers_beauty = kappers en beauty
sector-overig = overig

placement-type-snuffelstage = snuffelstage
placement-type-bliksemstage = bliksemstage
placement-type-bol_stage = BOL-stage
placement-type-bbl = BBL-baan
placement-type-werkervaringsplek = werkervaringsplek
placement-type-bijbaan = bijbaan
placement-type-leerbaan = leerbaan

placement-status-gepland = gepland
placement-status-lopend = lopend
placement-status-afgerond = afgerond
placement-status-voortijdig_beeindigd = voortijdig beëindigd

outcome-diploma = diploma
outcome-baan = baan
outcome-vervolgopleiding = vervolgopleiding
outcome-geen = geen

col-code = code
col-name = naam
col-status = status
col-coach = coach
col-next-contact = volgend contact
col-date = datum
col-type = soort
col-minutes = min
col-summary = verslag
col-sector = sector
col-neighbourhood = wijk
col-sbb = SBB
col-contact = contactpersoon
col-start = start
col-employer = werkgever

# Form fields that split or name a record
field-guardian_name = Ouder/voogd: naam
field-guardian_phone = Ouder/voogd: telefoon
field-guardian_relation = Ouder/voogd: relatie
field-consent_given_by = Toestemming gegeven door
field-consent_date = Toestemming: datum
field-consent_withdrawn = Toestemming: ingetrokken op
field-share_with_school = Delen met school
field-share_with_employer = Delen met werkgever
field-reason = Reden
field-goal = Doel
field-placement = Stage of baan
field-contact_name = Contactpersoon: naam
field-contact_role = Contactpersoon: functie
field-contact_phone = Contactpersoon: telefoon
field-contact_email = Contactpersoon: e-mail
