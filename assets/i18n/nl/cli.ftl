## De opdrachtregel zelf: --help, de gebruiksregel en fouten in wat je intikte.
## Ids volgen de opdrachten: cli-cmd-PAD, cli-arg-PAD--OPTIE, cli-value-NAAM (src/cli/help.rs).

cli-heading-usage = Gebruik:
cli-heading-commands = Opdrachten
cli-heading-arguments = Argumenten
cli-heading-options = Opties
cli-heading-global = Algemene opties
cli-usage-options = [OPTIES]
cli-note-default = [standaard: { $value }]
cli-note-choices = [keuze: { $values }]
cli-note-env = [of via { $name }]

cli-error-unknown-argument = '{ $arg }' kent deze opdracht niet
cli-error-unknown-command = onbekende opdracht '{ $command }'
cli-error-value-missing = bij '{ $arg }' hoort een waarde, maar die ontbreekt
cli-error-invalid-value = '{ $value }' past niet bij '{ $arg }'
cli-error-unexpected-value = '{ $value }' is te veel: '{ $arg }' neemt niet meer waarden
cli-error-missing = dit moet je nog opgeven: { $args }
cli-error-missing-command = '{ $command }' wil nog een opdracht erachter
cli-error-conflict = '{ $arg }' gaat niet samen met '{ $other }'
cli-error-repeated = '{ $arg }' mag maar één keer
cli-error-not-utf8 = er staat een teken in dat geen geldige tekst is (UTF-8)
cli-error-choices = kies uit: { $values }
cli-error-did-you-mean = bedoel je '{ $suggestion }'?
cli-error-more-help = Meer uitleg: { $command } --help

cli-about = Je caseload en contacten met jongeren bijhouden, met het toetsenbord en zonder internet. Zonder opdracht opent het scherm.
cli-cmd-help = Toon deze uitleg, of die van de opdracht die je erachter zet.

cli-arg--data-dir = De map met je gegevens (standaard: de gegevensmap van je computer).
cli-arg--lang = Taal van de meldingen: nl (standaard) of en.
cli-arg--debug-timing = Meet het scherm: toont bij afsluiten hoe lang het starten en elke toets duurden.
cli-arg--help = Toon deze uitleg.
cli-arg--version = Toon het versienummer.

cli-cmd-init = Maak de database voor deze laptop aan, met je naam en rol.
cli-arg-init--name = Je naam zoals je coördinator je kent.
cli-arg-init--role = coach of coordinator.
cli-arg-init--recovery-passphrase = Stel meteen ook de herstelwachtzin in die je back-ups op een nieuwe laptop opent (gevraagd zonder dat je hem ziet, of uit STAGECOACH_PASSPHRASE).

cli-cmd-demo = Vul de database met een echt lijkend, verzonnen programma om mee te oefenen.
cli-arg-demo--coachees = Aantal jongeren (standaard: 15 voor een coach, 40 voor een coördinator).
cli-arg-demo--sessions = Aantal contacten in totaal (standaard: zo'n negen per jongere).
cli-arg-demo--seed = Startgetal van het toeval: hetzelfde getal geeft hetzelfde programma.
cli-arg-demo--role = Rol van een nieuwe database: coach (standaard) of coordinator.
cli-arg-demo--name = Naam van de eigenaar van een nieuwe database.
cli-arg-demo--restart = Begin opnieuw na een demo die halverwege is afgebroken (gooit die halfvolle demodatabase weg; geweigerd voor elke andere database).

cli-cmd-list = Toon een lijst van jongeren, contacten, werkgevers of stages en banen.
cli-arg-list--what = Wat je wilt zien: jongeren, contacten, werkgevers of stages en banen.
cli-arg-list--coachee = Alleen de contacten of stages en banen van deze jongere (code of id).
cli-arg-list--coach = Alleen de jongeren van deze coach, of de contacten die deze coach vastlegde.
cli-arg-list--status = Alleen jongeren met deze status (bijv. geplaatst).
cli-arg-list--from = Alleen contacten op of na deze dag.
cli-arg-list--to = Alleen contacten op of voor deze dag.
cli-arg-list--type = Alleen contacten van deze soort (bijv. stagebezoek).
cli-arg-list--json = Geef één JSON-document in plaats van een tabel.

cli-cmd-show = Toon één jongere (op code of id), contact, werkgever of stage of baan.
cli-arg-show--reference = Een code van een jongere (K7F3), een volledig id, of het begin van een id.
cli-arg-show--json = Geef één JSON-document in plaats van tekst.

cli-cmd-add = Schrijf een jongere of een werkgever in.
cli-cmd-add-coachee = Schrijf een jongere in.
cli-arg-add-coachee--first-name = Voornaam.
cli-arg-add-coachee--last-name = Achternaam.
cli-arg-add-coachee--birth-date = Geboortedatum, bijv. 14-03-2009 of 2009-03-14.
cli-arg-add-coachee--phone = Telefoonnummer.
cli-arg-add-coachee--email = E-mailadres.
cli-arg-add-coachee--guardian-name = Ouder of voogd (bij minderjarigen).
cli-arg-add-coachee--guardian-phone = Telefoonnummer van de ouder of voogd.
cli-arg-add-coachee--guardian-relation = Wie de ouder of voogd is, bijv. moeder, vader, voogd.
cli-arg-add-coachee--neighbourhood = Wijk waar de jongere woont.
cli-arg-add-coachee--school = School of ROC.
cli-arg-add-coachee--level = Niveau: pro, vso, vmbo-b/k/g/t, mbo-1…4, havo, vwo, geen.
cli-arg-add-coachee--course = De opleiding.
cli-arg-add-coachee--path = Leerweg: bol of bbl.
cli-arg-add-coachee--referrer = Wie de jongere aanmeldde: school, wijkteam, jongerenwerk, leerplicht, zelf, anders.
cli-arg-add-coachee--consent-by = Wie toestemming gaf: jongere of wettelijk_vertegenwoordiger.
cli-arg-add-coachee--consent-date = Datum van de toestemming (standaard: vandaag).
cli-arg-add-coachee--share-school = De toestemming geldt ook voor delen met de school.
cli-arg-add-coachee--share-employer = De toestemming geldt ook voor delen met de werkgever.
cli-arg-add-coachee--flag = Aandachtspunt (vaker te geven): taal, vervoer, bereikbaarheid, planning, thuissituatie, geldzaken, extra_begeleiding.
cli-arg-add-coachee--note = Je eigen werkaantekening (alleen voor jou: gaat nooit van deze laptop af).
cli-arg-add-coachee--registered = Datum van aanmelding (standaard: vandaag).
cli-cmd-add-employer = Voeg een werkgever (stagebedrijf) toe, met een contactpersoon.
cli-arg-add-employer--name = Naam van het bedrijf.
cli-arg-add-employer--kvk = KvK-nummer: acht cijfers.
cli-arg-add-employer--sbb = Door SBB erkend leerbedrijf.
cli-arg-add-employer--sector = Sector, bijv. zorg, techniek, horeca.
cli-arg-add-employer--address = Adres.
cli-arg-add-employer--neighbourhood = Wijk waar het bedrijf zit.
cli-arg-add-employer--contact-name = Contactpersoon (bijv. de praktijkopleider).
cli-arg-add-employer--contact-role = Functie van de contactpersoon.
cli-arg-add-employer--contact-phone = Telefoonnummer van de contactpersoon.
cli-arg-add-employer--contact-email = E-mailadres van de contactpersoon.
cli-arg-add-employer--capacity = Hoeveel stagiairs tegelijk.
cli-arg-add-employer--notes = Aantekeningen over de werkgever.

cli-cmd-log = Leg een contact met een jongere vast (een stagebezoek, coachgesprek, telefoontje …).
cli-arg-log--coachee = De jongere: code of id.
cli-arg-log--type = intake, kennismaking, coachgesprek, stagebezoek, klikgesprek, telefonisch, online, tussenevaluatie, eindevaluatie, nazorg, no_show, overleg, overig.
cli-arg-log--date = vandaag (standaard), gisteren, ma…zo, 12-11, 12-11-2026 of 2026-11-12.
cli-arg-log--time = Begintijd, UU:MM.
cli-arg-log--minutes = Duur in minuten (standaard: hangt af van de soort).
cli-arg-log--summary = Het feitelijke verslag van het contact.
cli-arg-log--location = Waar het contact was.
cli-arg-log--with = Wie er nog meer bij was (vaker te geven): werkgever, ouder, school, coordinator.
cli-arg-log--wellbeing = Hoe het met de jongere gaat, 1–5.
cli-arg-log--satisfaction = Hoe tevreden de werkgever is, 1–5 (bij stagebezoeken).
cli-arg-log--signal = Signaal om op te volgen (vaker te geven): verzuim, motivatie, conflict_werk, thuissituatie, zorgsignaal.
cli-arg-log--escalate = Vraag de coördinator hiernaar te kijken.
cli-arg-log--agreement = Een afspraak (vaker te geven): "TEKST", "WIE|TEKST" of "WIE|TEKST|DATUM".
cli-arg-log--next = Datum van het volgende contact. Zonder deze optie blijft een eerder gepland contact staan.
cli-arg-log--no-next = Zeg het geplande volgende contact af (zonder een nieuw te plannen).
cli-arg-log--employer = De bezochte werkgever (naam of id); standaard: de werkgever van de huidige stage of baan.
cli-arg-log--note = Je eigen werkaantekening (alleen voor jou: gaat nooit van deze laptop af).

cli-cmd-status = Zet een jongere op een andere status in het traject.
cli-arg-status--coachee = De jongere: code of id.
cli-arg-status--status = De nieuwe status, bijv. intake, matching, geplaatst, afgerond, uitgevallen.
cli-arg-status--reason = Waarom (verplicht bij uitgevallen, gepauzeerd, niet_gestart).
cli-arg-status--date = Wanneer (standaard: vandaag).

cli-cmd-backup = Schrijf een back-up van de hele database naar één bestand.
cli-arg-backup--to = Het bestand om te schrijven (standaard: een bestand met de datum in de map backups van de gegevensmap).

cli-cmd-restore = Maak de database uit een back-upbestand (in een lege gegevensmap).
cli-arg-restore--file = Een bestand van `stagecoach backup` (een bestand uit de map backups vindt de bestanden waarop het voortbouwt ernaast). De herstelwachtzin wordt zo nodig gevraagd zonder dat je hem ziet, of komt uit STAGECOACH_PASSPHRASE.

cli-cmd-recover = Haal een beschadigde database terug uit de nieuwste gave back-up (de beschadigde blijft bewaard).

cli-cmd-recovery-passphrase = Stel de wachtzin in (of wijzig hem) die je back-ups op een nieuwe laptop opent.

cli-cmd-keys = Toon de kaart van deze laptop (naam, rol, vingerafdruk) en schrijf hem naar een bestand voor een collega.
cli-arg-keys--out = Schrijf de kaart naar dit bestand (bijv. sanne.card) om aan je coördinator te geven.

cli-cmd-trust = Vertrouw de kaart van een collega, zodat je bundels met elkaar kunt uitwisselen.
cli-arg-trust--card = Een kaartbestand gemaakt met `stagecoach keys --out`.
cli-arg-trust--role = De rol die je van deze persoon verwacht: coach of coordinator. Op de kaart moet hetzelfde staan; met --replace verander je zo de rol van een bekende collega.
cli-arg-trust--replace = Vervang de kaart van iemand die je al vertrouwt (een nieuwe naam of rol, dezelfde sleutels).
cli-arg-trust--yes = Vraag niet eerst of de kaart vervangen mag (voor scripts).

cli-cmd-doctor = Controleer de database, of bouw de overzichten opnieuw op uit het logboek.
cli-arg-doctor--rebuild = Bouw alle overzichten opnieuw op uit het logboek.

cli-cmd-assign = Geef een jongere aan een coach (alleen voor de coördinator).
cli-arg-assign--coachee = De jongere: code of id.
cli-arg-assign--coach = De naam van de coach, zoals op de kaart die je vertrouwde.

cli-cmd-export = Schrijf een versleutelde, ondertekende bundel voor je coördinator, je coaches of een opvolger.
cli-arg-export--for = Voor wie de bundel is (vaker te geven; standaard: je coördinator, of als coördinator elke coach die je vertrouwt).
cli-arg-export--passphrase = Versleutel in plaats daarvan met een wachtzin (een volledige overdrachtsbundel); de wachtzin komt uit STAGECOACH_PASSPHRASE of wordt gevraagd zonder dat je hem ziet.
cli-arg-export--full = Alles wat de ontvanger mag hebben, niet alleen wat er nog ontbreekt.
cli-arg-export--to = Een map (één bestand per ontvanger) of, voor één bundel, een bestandsnaam.

cli-cmd-import = Neem een bundel in: toont eerst wat er verandert en wie hem stuurde.
cli-arg-import--file = Een .stagecoach-bestand.
cli-arg-import--dry-run = Toon wat er zou veranderen, verander niets.
cli-arg-import--trust = Vertrouw de kaart van de afzender als je dat nog niet doet (controleer eerst de vingerafdruk).
cli-arg-import--json = Geef het plan als JSON.

cli-cmd-sync = Wissel bundels uit via een gedeelde map (Syncthing, Nextcloud, OneDrive).
cli-arg-sync--folder = Een map die Syncthing, Nextcloud of OneDrive gelijk houdt tussen de laptops.

cli-cmd-conflicts = Toon de velden die twee mensen tegelijk wijzigden.
cli-arg-conflicts--json = Geef één JSON-document in plaats van een lijst.

cli-cmd-resolve = Los een conflict op: houd jouw waarde, die van de ander, of een nieuwe.
cli-arg-resolve--conflict = Het id van het conflict, zoals `stagecoach conflicts` het toont (het begin is genoeg).
cli-arg-resolve--keep = mine (de waarde van deze laptop), theirs (de andere waarde), of een nieuwe waarde als JSON-tekst.

cli-cmd-escalations = Toon de contacten die aan de coördinator zijn voorgelegd, open of beantwoord.
cli-arg-escalations--open = Alleen de vragen die nog op de coördinator wachten.
cli-arg-escalations--json = Geef één JSON-document in plaats van een lijst.

cli-cmd-ack = Beantwoord een voorgelegde vraag (alleen voor de coördinator), eventueel met een reactie voor de coach.
cli-arg-ack--escalation = Het id van de vraag, zoals `stagecoach escalations` het toont (het begin is genoeg).
cli-arg-ack--reply = Je antwoord aan de coach; dat gaat mee met je volgende bundel.

cli-cmd-agreements = Toon afspraken: van één jongere of van iedereen, nagekomen of open.
cli-arg-agreements--coachee = Alleen de afspraken van deze jongere (code of id).
cli-arg-agreements--open = Alleen de afspraken die nog niet zijn nagekomen.
cli-arg-agreements--json = Geef één JSON-document in plaats van een tabel.

cli-cmd-agreement = Vink een afspraak af, of zet hem weer open.
cli-cmd-agreement-done = Vink een afspraak af als nagekomen.
cli-arg-agreement-done--agreement = Het id van de afspraak, zoals `stagecoach agreements` het toont (CONTACT.N).
cli-arg-agreement-done--date = Wanneer hij is nagekomen: vandaag (standaard), gisteren, 12-11 …
cli-cmd-agreement-reopen = Zet een nagekomen afspraak weer open.
cli-arg-agreement-reopen--agreement = Het id van de afspraak, zoals `stagecoach agreements` het toont (CONTACT.N).

cli-cmd-report = De cijfers van het programma over een periode, voor de financier (of precies, voor het team).
cli-arg-report--from = Eerste dag van de periode (standaard: de eerste van deze maand).
cli-arg-report--to = Laatste dag van de periode (standaard: de laatste van deze maand).
cli-arg-report--year = In plaats daarvan een heel kalenderjaar, bijv. 2026.
cli-arg-report--quarter = Een kwartaal (1 tot 4) van --year, of van dit jaar.
cli-arg-report--exact = Precieze aantallen, voor intern gebruik (standaard: aantallen van 1 tot 4 als <5, voor een financier).
cli-arg-report--coach = Alleen de jongeren van deze coach (de naam zoals op de kaart).
cli-arg-report--mine = In plaats daarvan je eigen contacturen, per week en per soort, voor je school (jongeren alleen op code).
cli-arg-report--format = md: tabellen in Markdown; csv: één bestand per onderdeel in de map van --out; xlsx: een Excel-werkmap, één blad per onderdeel, in het bestand van --out.
cli-arg-report--csv-comma = CSV met `,` en een decimale punt (standaard: `;`, een decimale komma en een byte-order mark, zoals Nederlandse Excel het opent).
cli-arg-report--out = Schrijf het rapport naar dit bestand (een map bij csv) in plaats van naar het scherm.

cli-cmd-inzage = Alles wat deze laptop over één jongere bewaart, en wie het kreeg, om de jongere te laten lezen (AVG art. 15).
cli-arg-inzage--reference = De code (K7F3) of het id van de jongere.
cli-arg-inzage--out = Het bestand om te schrijven (alleen door jou te lezen).
cli-arg-inzage--format = md: om te lezen, in gewone woorden; json: elk veld zoals het is opgeslagen.

cli-cmd-forget = Wis een jongere (of met --session één contact) voorgoed van deze laptop: het logboek, de bestanden en de back-ups; het wissen gaat mee naar je collega's (AVG art. 17).
cli-arg-forget--reference = De code (K7F3) of het id van de jongere.
cli-arg-forget--session = Wis één contact (op zijn id, uit `list sessions`) in plaats van een jongere.
cli-arg-forget--anonymise = Bewaar een anoniem spoor voor het rapport aan de financier (maanden, soorten, minuten, uitkomsten, leeftijdsgroep, wijk), zodat eerdere periodes hun cijfers houden.
cli-arg-forget--yes = Vraag niet eerst (voor scripts).

cli-cmd-policy = Toon het beleid van het programma, of stel (als coördinator) in hoe lang gesloten dossiers bewaard blijven; coaches krijgen het met je volgende bundel.
cli-arg-policy--retention-months = Maanden dat een dossier bewaard blijft nadat het gesloten is, 1–120; standaard 24.

cli-cmd-consent = Leg de toestemming van een jongere vast (of van een ouder, onder 16), of de intrekking ervan, met datum.
cli-arg-consent--reference = De code (K7F3) of het id van de jongere.
cli-arg-consent--given-by = Wie toestemming gaf: jongere (de jongere zelf, 16 of ouder) of wettelijk_vertegenwoordiger (een ouder of voogd).
cli-arg-consent--date = De dag van de toestemming of intrekking (standaard: vandaag).
cli-arg-consent--scope = Waarvoor die geldt, met komma's: register, school, employer (standaard: register).
cli-arg-consent--withdraw = Trek de toestemming in voor de gegeven onderdelen (zonder --scope: helemaal).

cli-cmd-retention = Toon de gesloten dossiers die langer bewaard zijn dan de bewaartermijn van het programma, en wis ze met --apply zoals `forget` dat doet.
cli-arg-retention--apply = Wis de getoonde dossiers (vraagt eerst; --yes zonder terminal).
cli-arg-retention--anonymise = Bewaar van elk een anoniem spoor voor het rapport aan de financier, zoals `forget --anonymise`.
cli-arg-retention--yes = Vraag niet eerst (voor scripts).

cli-value-command = OPDRACHT
cli-value-address = ADRES
cli-value-agreement = AFSPRAAK
cli-value-agreements = AFSPRAAK
cli-value-birth-date = DATUM
cli-value-capacity = AANTAL
cli-value-card = KAART
cli-value-coach = COACH
cli-value-coachee = JONGERE
cli-value-coachees = AANTAL
cli-value-code = CODE
cli-value-conflict = CONFLICT
cli-value-consent-by = WIE
cli-value-consent-date = DATUM
cli-value-contact-email = E-MAIL
cli-value-contact-name = NAAM
cli-value-contact-phone = TELEFOON
cli-value-contact-role = FUNCTIE
cli-value-course = OPLEIDING
cli-value-d = DATUM
cli-value-date = DATUM
cli-value-dir = MAP
cli-value-email = E-MAIL
cli-value-employer = WERKGEVER
cli-value-escalation = VRAAG
cli-value-file = BESTAND
cli-value-file-dir = BESTAND|MAP
cli-value-first-name = VOORNAAM
cli-value-flags = PUNT
cli-value-format = VORM
cli-value-from = DATUM
cli-value-guardian-name = NAAM
cli-value-guardian-phone = TELEFOON
cli-value-guardian-relation = RELATIE
cli-value-id = ID
cli-value-id-code = ID|CODE
cli-value-kvk = NUMMER
cli-value-last-name = ACHTERNAAM
cli-value-level = NIVEAU
cli-value-location = PLEK
cli-value-mine-theirs-value = mine|theirs|WAARDE
cli-value-minutes = MINUTEN
cli-value-n = AANTAL
cli-value-name = NAAM
cli-value-neighbourhood = WIJK
cli-value-next = DATUM
cli-value-nl-en = nl|en
cli-value-note = TEKST
cli-value-notes = TEKST
cli-value-participants = WIE
cli-value-path = LEERWEG
cli-value-phone = TELEFOON
cli-value-quarter = KWARTAAL
cli-value-reason = REDEN
cli-value-referrer = VERWIJZER
cli-value-registered = DATUM
cli-value-reply = TEKST
cli-value-role = ROL
cli-value-satisfaction = CIJFER
cli-value-school = SCHOOL
cli-value-scopes = ONDERDELEN
cli-value-sector = SECTOR
cli-value-seed = GETAL
cli-value-session-type = SOORT
cli-value-sessions = AANTAL
cli-value-signals = SIGNAAL
cli-value-status = STATUS
cli-value-summary = TEKST
cli-value-time = TIJD
cli-value-to = DATUM
cli-value-type = SOORT
cli-value-wellbeing = CIJFER
cli-value-what = WAT
cli-value-who = WIE
cli-value-year = JAAR
