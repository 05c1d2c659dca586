## Meldingen van de opdrachtregel en van de database.

cli-error = Fout: { $message }
cli-warning = Let op: { $message }
panic = Er ging iets mis in stagecoach ({ $place }). Je opgeslagen werk is veilig: alles wat gemeld is als opgeslagen staat op schijf. Start stagecoach opnieuw; gebeurt dit vaker, geef dan deze melding door aan je coördinator.
no-data-dir = Er is geen map voor de gegevens te vinden. Geef er een op met --data-dir MAP of met de omgevingsvariabele STAGECOACH_DATA_DIR.
data-moved-local = Je gegevens staan nu in { $to }: eerdere versies bewaarden ze in { $from }, een map die scholen vaak naar hun server kopiëren. Verder verandert er niets.
data-move-failed = Je gegevens konden niet van { $from } naar { $to } worden verplaatst; ze staan nog heel op hun oude plek, en deze start gebruikt ze daar. Sluit stagecoach en start opnieuw om het nog eens te proberen.

orientation-with-db = stagecoach · gegevens in { $dir } · { $name } ({ $role }) · { $coachees ->
        [one] 1 jongere
       *[other] { $coachees } jongeren
    }.
    In een terminal opent `stagecoach` het scherm met je caseload. Via de opdrachtregel:
      stagecoach list coachees            je caseload
      stagecoach show K7F3                één jongere met doelen, plekken en contacten
      stagecoach log K7F3 --type stagebezoek --summary "…"
      stagecoach --help                   alle opdrachten
orientation-no-db = stagecoach · er staat nog geen database in { $dir }.
    Begin zo:
      stagecoach init --name "Je naam" --role coach     (of --role coordinator)
      stagecoach demo                                  probeer het eerst met een verzonnen programma
    Alle opdrachten: stagecoach --help

init-done = Database aangemaakt in { $dir } voor { $name } ({ $role }). Voeg een jongere toe met `stagecoach add coachee`, of probeer `stagecoach demo`.
demo-default-name-coach = Demo-coach
demo-default-name-coordinator = Demo-coördinator
progress-demo = Demoprogramma maken
progress-import = Bundel inlezen
progress-export = Bundel schrijven
progress-backup = Back-up schrijven
progress-restore = Back-up terugzetten
progress-rebuild = Overzichten opnieuw opbouwen
progress-line = { $work }: { $done } van { $total }
progress-left = nog
demo-done = Demoprogramma klaar: { $coachees ->
        [one] 1 jongere
       *[other] { $coachees } jongeren
    }, { $sessions ->
        [one] 1 contact
       *[other] { $sessions } contacten
    }, { $employers ->
        [one] 1 werkgever
       *[other] { $employers } werkgevers
    } en { $placements ->
        [one] 1 plek
       *[other] { $placements } plekken
    } ({ $seconds } s). Alles is verzonnen. Bekijk het met `stagecoach list coachees`.
demo-needs-empty = Er staan al { $coachees ->
        [one] 1 jongere
       *[other] { $coachees } jongeren
    } in deze database; demogegevens gaan alleen in een lege database. Gebruik een andere map: `stagecoach --data-dir /tmp/demo demo`.
demo-role-mismatch = Deze database is van een { $role }; de demo volgt die rol. Laat --role weg of kies een andere map met --data-dir.
demo-interrupted = Het vullen met demodata is de vorige keer afgebroken, dus deze database is maar half gevuld. Begin opnieuw met `stagecoach demo --restart`: dat gooit deze halve demodatabase weg en maakt de demo opnieuw.
demo-nothing-to-restart = Er is geen afgebroken demo om opnieuw te beginnen; --restart gooit alleen een halve demodatabase weg, nooit echt werk. Er is niets veranderd.
demo-restarting = De afgebroken demo is weggegooid; de demo begint opnieuw.

add-coachee-done = { $name } is aangemeld met code { $code }.
add-employer-done = Werkgever { $name } toegevoegd (id { $id }).
log-done = { $type } met { $code } op { $date } opgeslagen.
status-done = { $code }: { $from } → { $to }.
list-coachees-count = { $count ->
    [one] 1 jongere
   *[other] { $count } jongeren
}
list-sessions-count = { $count ->
    [one] 1 contact
   *[other] { $count } contacten
}
list-employers-count = { $count ->
    [one] 1 werkgever
   *[other] { $count } werkgevers
}
list-placements-count = { $count ->
    [one] 1 plek
   *[other] { $count } plekken
}

profile-age = ({ $age } jaar)
profile-age-minor = ({ $age } jaar, minderjarig)
profile-consent = gegeven door { $by } op { $date }
profile-no-consent = nog niet vastgelegd
profile-goals = Doelen
profile-placements = Plekken
profile-placements-here = { $count ->
    [one] 1 plek bij deze werkgever
   *[other] { $count } plekken bij deze werkgever
}
profile-open-agreements = Openstaande afspraken
profile-overdue = (te laat)
profile-sessions = { $count ->
    [one] Laatste contact (1 in totaal)
   *[other] Laatste contacten ({ $count } in totaal)
}
reminder-minor-without-guardian = deze jongere is minderjarig en er staat nog geen ouder of voogd bij.
reminder-no-consent = er is nog geen toestemming vastgelegd.

backup-done = Back-up geschreven naar { $path } ({ $ops ->
        [one] 1 wijziging
       *[other] { $ops } wijzigingen
    }, { $kib } KiB).
restore-done = Database teruggezet in { $dir }: { $coachees ->
        [one] 1 jongere
       *[other] { $coachees } jongeren
    }.
doctor-summary = Logboek: { $ops ->
        [one] 1 wijziging
       *[other] { $ops } wijzigingen
    } van { $devices ->
    [one] 1 apparaat.
   *[other] { $devices } apparaten.
}
doctor-healthy = Alles klopt: de overzichten komen precies overeen met het logboek.
doctor-gaps = bij { $devices ->
    [one] 1 apparaat
   *[other] { $devices } apparaten
} ontbreken wijzigingen in het logboek.
doctor-sequence = de teller van dit apparaat loopt niet gelijk met het logboek.
doctor-stale = deze overzichten wijken af van het logboek: { $views }.
doctor-unhealthy = De database is niet in orde. Herstel de overzichten met `stagecoach doctor --rebuild`; je gegevens staan veilig in het logboek. Helpt dat niet, draai dan `stagecoach recover`.
doctor-rebuilt = Overzichten opnieuw opgebouwd uit { $ops ->
        [one] 1 wijziging
       *[other] { $ops } wijzigingen
    }.
import-undone = Het vorige importeren werd onderbroken voordat het klaar was. Het is teruggedraaid: de database is zoals hij daarvoor was. Importeer de bundel gewoon opnieuw.
views-rebuilding = De overzichten worden opnieuw opgebouwd uit het logboek. Bij een groot programma duurt dat even (tot een halve minuut).

coordinator-only = Dat kan alleen in de database van een coördinator.
session-coachee-closed = Het dossier van { $code } is gesloten, dus er kunnen geen contacten meer bij. Is dit een laat contact, zet het dossier dan op nazorg met `stagecoach status { $code } nazorg` (daarna kan het weer naar gesloten); begint er een nieuw traject, gebruik dan `stagecoach status { $code } aangemeld`.
session-not-yours = Dit contact is door iemand anders vastgelegd (bijvoorbeeld de intake door de coördinator), dus je kunt het niet wijzigen of verwijderen. Klopt er iets niet, leg dan een nieuw contact vast of vraag het de coördinator; er is niets veranderd.

resolve-not-found = Niets gevonden bij '{ $reference }'. Gebruik de code van een jongere (zoals K7F3) of een id; `stagecoach list coachees` toont de codes.
resolve-ambiguous = '{ $reference }' past bij meer dan één record: { $candidates }. Typ meer tekens van het id.
log-employer-unknown = Geen werkgever met '{ $reference }' in de naam. `stagecoach list employers` toont ze; een nieuwe voeg je toe met `stagecoach add employer`.
log-employer-ambiguous = '{ $reference }' past bij meer dan één werkgever: { $names }. Typ meer van de naam.
resolve-wrong-kind = '{ $reference }' is { $found ->
    [coachee] een jongere
    [session] een contact
    [goal] een doel
    [employer] een werkgever
   *[other] een plek
}, terwijl hier { $wanted ->
    [coachee] een jongere
    [employer] een werkgever
   *[other] iets anders
} nodig is.

status-not-allowed = Van { $from } naar { $to } kan niet. Vanuit { $from } kan het dossier naar: { $allowed }.
status-reason-required = Bij { $to } hoort een reden. Geef die mee met --reason "…".
status-before-previous = De datum ligt vóór de vorige statuswijziging ({ $previous }).
status-in-future = Een statuswijziging kan niet in de toekomst liggen.
status-unchanged = De status is al { $status }.

store-not-initialised = Er staat nog geen database in { $dir }. Maak er een met `stagecoach init --name "Je naam" --role coach` of probeer `stagecoach demo`.
store-already-initialised = In { $dir } staat al een database; er is niets veranderd. Wil je opnieuw beginnen, kies dan een andere map met --data-dir.
store-already-open = De database in { $dir } is al geopend in een ander stagecoach-venster. Sluit dat venster eerst (of wacht tot de andere opdracht klaar is) en probeer het dan opnieuw.
store-newer-schema = Deze database is gemaakt met een nieuwere versie van stagecoach (schema { $found }; deze versie kent tot en met { $supported }). Installeer de nieuwste versie; er is niets veranderd.
store-newer-value = Deze database bevat gegevens van een nieuwere versie van stagecoach. Installeer de nieuwste versie; er is niets veranderd.
store-corrupt = De database lijkt beschadigd. Draai `stagecoach recover`: dat zet je nieuwste back-up die heel is terug en bewaart de beschadigde database ernaast.
store-data-dir-is-file = { $dir } is een bestand, geen map, dus daar kan geen database staan. Kies een map met --data-dir (of STAGECOACH_DATA_DIR), of verplaats dat bestand; er is niets veranderd.

io-permission-denied = Geen toestemming om { $path } te gebruiken ({ $detail }). Kies een map waar je mag schrijven, bijvoorbeeld met --data-dir.
io-read-only = { $path } staat op een schijf waarop niet geschreven kan worden. Kies een andere map met --data-dir.
io-disk-full = De schijf is vol; deze wijziging is niet opgeslagen (wat eerder gemeld is als opgeslagen, staat er nog). Maak ruimte vrij en probeer het opnieuw.
store-disk-almost-full = De schijf is (bijna) vol: maak ruimte vrij, er is niets veranderd. Er is nog { $free } MB vrij; stagecoach wil { $needed } MB vrij hebben voordat het schrijft, zodat de database nooit halverwege een schrijfactie zonder ruimte komt te zitten.
io-not-found = { $path } bestaat niet. Controleer de naam of de map.
io-other = Het lezen of schrijven van { $path } lukte niet ({ $detail }). Deze wijziging is niet opgeslagen.

invalid-record = Niet opgeslagen: { $count ->
    [one] één veld klopt niet.
   *[other] { $count } velden kloppen niet.
}
invalid-required = dit veld mag niet leeg zijn.
invalid-choice = kies een van: { $allowed }.
invalid-choice-value = '{ $value }' kennen we niet. Kies een van: { $allowed }.
invalid-score = { $value } kan niet: kies een cijfer van 1 tot en met 5.
invalid-phone = '{ $value }' is geen telefoonnummer (10 tot 15 cijfers, bijvoorbeeld 06-12345678).
invalid-email = '{ $value }' is geen e-mailadres (zoals naam@voorbeeld.nl).
invalid-birth-date-future = een geboortedatum kan niet in de toekomst liggen.
invalid-birth-date-age = met deze geboortedatum zou de jongere { $age } jaar zijn; klopt het jaartal?
invalid-consent-under-16 = de jongere was { $age } jaar toen de toestemming werd gegeven; onder de 16 geeft een ouder of wettelijk vertegenwoordiger toestemming (--consent-by wettelijk_vertegenwoordiger).
invalid-date-future = deze datum kan niet in de toekomst liggen.
invalid-session-date-future = een contact dat nog moet komen log je niet; zet het als volgend contact (--next) bij het laatste gesprek.
invalid-minutes = { $value } minuten kan niet: kies { $min } tot en met { $max }.
invalid-progress = voortgang gaat van 0 tot en met 3.
invalid-agreement-text = een afspraak heeft een tekst nodig.
invalid-agreement-format = schrijf een afspraak als "tekst", "wie|tekst" of "wie|tekst|datum", bijvoorbeeld "jongere|Cv aanvullen|vr".
invalid-next-before-session = het volgende contact ligt vóór dit contact.
invalid-time = '{ $value }' is geen tijd; schrijf uu:mm, bijvoorbeeld 14:30.
invalid-kvk = '{ $value }' is geen KvK-nummer: dat heeft precies 8 cijfers, hier staan er { $digits }.
invalid-capacity = het aantal plaatsen is minstens 1.
invalid-end-before-start = het einde ligt vóór de start.
invalid-days-per-week = dagen per week gaat van 1 tot en met 7.
invalid-hours-per-week = uren per week gaat van 1 tot en met 60.
backup-bad = Dit back-upbestand is beschadigd, onvolledig of geen back-up van stagecoach. Er is niets veranderd; kies een ander bestand of maak een nieuwe back-up.

## Het scherm.

tab-caseload = Caseload
tab-agenda = Agenda
tab-employers = Werkgevers
tab-overview = Overzicht
tab-sync = Uitwisselen
screen-too-small = Maak het venster groter: stagecoach heeft minstens { $min_width } × { $min_height } tekens nodig (nu { $width } × { $height }).
pane-caseload = Caseload { $shown }/{ $total }
pane-profile = Profiel
pane-sessions = Contacten ({ $count })
no-coachee-selected = Geen jongere gekozen. Pas het filter aan (Esc wist het) of toon gesloten dossiers (c).
caseload-column-code = Code
caseload-column-name = Naam
caseload-column-status = Status
caseload-column-last = Sinds
caseload-column-next = Volgt
caseload-column-coach = Coach
days-ago = { $days }d
status-line = { $name } · { $role } · { $dir } · { $changes ->
    [one] 1 wijziging nog niet in een bundel
   *[other] { $changes } wijzigingen nog niet in een bundel
}
hint-filter-keep = filter houden
hint-filter-clear = filter wissen
help-title = Toetsen
help-signs-title = Tekens en bestanden
help-signs-status = Status van een jongere
help-sign-here = waar je bent: de gekozen regel, of het veld waarin je typt
help-sign-overdue = het volgende contact had al moeten zijn
help-sign-signals = bij het laatste contact is een signaal genoteerd (verzuim, motivatie …)
help-sign-escalated = voorgelegd aan de coördinator, nog niet afgehandeld
help-sign-draft = er wacht een concept dat nog niet is opgeslagen
help-sign-consent = jonger dan 16, en nog geen toestemming van een ouder of voogd
help-sign-warning = let op: lang geen bundel ontvangen, of iets gevoeligs in een tekst
help-sign-done = afgevinkt, of wat nu gekozen is
help-files = Bestanden op deze computer
help-file-config = Instellingen
help-file-data = Gegevens
help-file-logs = Logboek
help-file-none = (geen map voor instellingen op dit systeem)
help-ctrl-c = stopt altijd, ook midden in iets
sorted-by = Gesorteerd op { $order }.
sort-next-contact = volgend contact
sort-name = naam
sort-status = status
sort-last-contact = laatste contact
closed-shown = Gesloten dossiers worden getoond.
closed-hidden = Gesloten dossiers zijn verborgen.
keymap-problem = Je toetsen in { $path } (regel { $line }): { $problem } De standaardtoetsen gelden.
keymap-syntax = dit is geen geldige TOML ({ $detail }).
keymap-unknown-action = '{ $name }' is geen actie; zie de lijst in het helpscherm (?).
keymap-unknown-key = '{ $key }' is geen toets die stagecoach kent.

action-quit = stoppen
action-up = omhoog
action-down = omlaag
action-top = naar boven
action-bottom = naar beneden
action-page-up = pagina omhoog
action-page-down = pagina omlaag
action-next-pane = volgend paneel
action-prev-pane = vorig paneel
action-tab-caseload = caseload
action-tab-agenda = agenda
action-tab-employers = werkgevers
action-tab-overview = overzicht
action-tab-sync = uitwisselen
action-filter = zoeken
action-sort = sorteren
action-toggle-closed = gesloten tonen/verbergen
action-back = terug
action-help = help
action-open = openen
action-new-session = contact vastleggen
action-edit = wijzigen
action-delete = verwijderen
action-save = opslaan
action-discard-draft = concept weggooien
action-open-editor = in editor schrijven

# Forms
form-title-new-session = Nieuw contact
form-title-edit-session = Contact wijzigen
form-context-placement = Stage bij { $employer } · praktijkopleider { $supervisor }
form-help-summary = Wat er gebeurde, feitelijk; de coördinator leest mee. Enter = nieuwe regel.
form-help-goal-progress = Voortgang op dit doel: 0 (geen) tot 3 (behaald); ← → of een cijfer.
form-help-agreements = Enter of gewoon typen: een nieuwe afspraak. ↑↓ kiest er een, Enter past hem aan, Backspace haalt hem weg.
form-help-coach-note = Alleen voor jou: blijft op deze laptop en gaat nooit mee in een bundel.
form-none = –
form-agreement-add = nieuwe afspraak (Enter, of begin te typen)
form-agreement-not-added = De afspraak is niet toegevoegd.
form-help-agreement-due = Mag leeg blijven. Ook in woorden: "vr", "volgende week", "over 2 weken". Enter voegt de afspraak toe.
form-title-agreement = Afspraak
form-yes = ja
form-no = nee
form-has-errors = { $count ->
    [one] Eén veld klopt nog niet; zie de melding bij het veld.
   *[other] { $count } velden kloppen nog niet; zie de meldingen bij de velden.
}
form-privacy-check = Controleer de privacywaarschuwing onderaan; sla nogmaals op om toch te bewaren.
form-privacy-title = Deze tekst lijkt gevoelige gegevens te bevatten:
form-privacy-more = PageDown/PageUp: { $shown } van { $total } regels
form-privacy-choice = Pas de tekst aan, of druk nogmaals op opslaan als het zo moet blijven.
form-saved = Opgeslagen.
form-draft-kept = Concept bewaard: open het formulier opnieuw om verder te gaan.
form-draft-restored = Je concept van { $date } { $time } staat weer klaar.
form-draft-discarded = Concept weggegooid.
confirm-discard-title = Concept weggooien?
confirm-discard-draft = Dit concept weggooien? Wat je hebt getypt is dan weg. Druk j om het weg te gooien, een andere toets om verder te gaan.
form-draft-not-discarded = Niet weggegooid; je kunt verder waar je was.
status-drafts = { $count ->
    [one] 1 concept wacht
   *[other] { $count } concepten wachten
  }
screen-coachee-closed = Het dossier van { $code } is gesloten; heropen het eerst met de status (nazorg of aangemeld) om een contact vast te leggen.
session-deleted = Contact verwijderd.
session-popup-hint = { $edit } wijzigen · { $delete } verwijderen · Esc sluiten
delete-cancelled = Niet verwijderd.
confirm-title = Verwijderen?
confirm-delete-session = Dit contact voor altijd wissen? De tekst verdwijnt ook uit het logboek en de back-ups op deze laptop, en bij je coördinator na de volgende bundel. Druk j om te wissen, een andere toets om te annuleren.
editor-failed = De editor '{ $editor }' kon niet starten of gaf een fout; je tekst is niet veranderd. Stel $EDITOR in op een editor die je kent.
invalid-number = '{ $value }' is geen getal.
hint-choose = kiezen
hint-move = naar optie
hint-tick = aan/uit
hint-toggle = ja/nee
key-space = spatie
key-yes = j
key-yes-capital = J (hoofdletter)
key-anonymise-capital = A (hoofdletter)
key-other = andere toets
hint-yes = ja
hint-erase = wissen
hint-erase-anonymised = wissen, anoniem spoor
hint-no = nee
hint-next-field = volgend veld
action-new-coachee = jongere aanmelden
action-change-status = status wijzigen
action-goals = doelen
action-placements = stage of baan
action-new-employer = werkgever toevoegen
form-title-new-coachee = Nieuwe jongere
form-title-edit-coachee = Jongere wijzigen
form-title-status = Status wijzigen
form-title-goal = Doel toevoegen of wijzigen
form-title-placement = Stage of baan toevoegen of wijzigen
form-title-new-employer = Nieuwe werkgever
form-title-edit-employer = Werkgever wijzigen
form-context-status = Nu: { $symbol } { $status }. Alleen de stappen die vanaf hier kunnen, staan in de lijst.
form-new-goal = nieuw doel
form-new-placement = nieuwe stage of baan
form-help-guardian = Verplicht invullen bij een jongere onder de 18.
form-help-consent = Onder de 16 geeft een ouder of voogd toestemming, niet de jongere zelf.
form-help-consent-withdrawn = Alleen invullen als de jongere (of ouder/voogd) de toestemming intrekt. Daarna mogen de gegevens niet bewaard blijven.
form-help-reason = Verplicht bij pauzeren, uitval en niet gestart.
form-help-type-to-find = Typ een deel van de naam om te zoeken, of Enter voor de hele lijst; ← → bladert.
form-help-employer-notes = Gaat mee naar je coördinator; schrijf hier niets over jongeren.
action-palette = opdrachten zoeken
action-switch-language = taal wisselen (Nederlands/English)
action-switch-theme = hoog contrast aan/uit
preferences-not-saved = Je voorkeur is niet bewaard in { $path }: { $detail }. Het scherm werkt gewoon door.
language-switched = Taal: Nederlands.
theme-high-contrast = Hoog contrast staat aan.
theme-default = Gewone kleuren.
palette-title = Opdracht zoeken
palette-empty = Geen opdracht gevonden; probeer een ander woord.
welcome-title = Welkom bij stagecoach
welcome-intro = Er is nog geen database in { $dir }. Vul drie dingen in en druk Ctrl-S; Esc stopt zonder iets aan te maken.
welcome-name = Je naam
welcome-help-name = Zo ziet je coördinator wie de contacten schreef.
welcome-start = Beginnen met
welcome-start-demo = voorbeelddata (verzonnen, om te oefenen)
welcome-start-empty = een lege caseload
welcome-help-start = Met voorbeelddata kun je meteen alles uitproberen; alles daarin is verzonnen.
welcome-left = Er is niets aangemaakt. Start stagecoach opnieuw als je wilt beginnen (database: { $dir }).
debug-timing = tijden: eerste beeld { $first } ms; { $keys } toetsen: mediaan { $median } ms, p95 { $p95 } ms, max { $max } ms
agenda-title = Agenda: { $count ->
    [one] 1 punt
   *[other] { $count } punten
} · Enter gaat naar de jongere
agenda-escalated = Naar de coördinator ({ $count })
agenda-overdue = Volgend contact verlopen ({ $count })
agenda-upcoming = Contact in de komende 14 dagen ({ $count })
agenda-out-of-touch = Langer dan 14 dagen geen contact ({ $count })
agenda-none = niets
agenda-today = vandaag
agenda-days-ago = { $days ->
    [one] gisteren
   *[other] { $days } dagen geleden
}
agenda-in-days = { $days ->
    [one] morgen
   *[other] over { $days } dagen
}
agenda-never = nog nooit gesproken
agenda-days-late = { $days ->
    [one] ⚠ 1 dag te laat
   *[other] ⚠ { $days } dagen te laat
}
employers-title = Werkgevers ({ $count })
employers-placements = Geplaatst hier ({ $count })
agenda-agreements-past-due = Afspraken over hun datum ({ $count })

# Keys, cards and trust
keys-card = Dit apparaat: { $name } ({ $role }). Vingerafdruk: { $fingerprint } — lees die voor aan wie je kaart krijgt, zodat die kan controleren dat hij van jou is.
keys-written = Je kaart staat in { $path }. Er staan alleen openbare sleutels in; geef hem aan { $role ->
    [coordinator] je coaches.
   *[other] je coördinator.
}
trust-done = Vertrouwd: { $name } ({ $role }), vingerafdruk { $fingerprint }. Controleer die vingerafdruk met { $name } zelf, bijvoorbeeld door de telefoon.
trust-already = { $name } ({ $role }, { $fingerprint }) werd al vertrouwd; er is niets veranderd.
trust-replaced = Bijgewerkt: { $name } is nu vertrouwd als { $role }, vingerafdruk { $fingerprint }.
trust-replace-before = Nu vertrouwd:  { $name } ({ $role }), vingerafdruk { $fingerprint }
trust-replace-after = Nieuwe kaart:  { $name } ({ $role }), vingerafdruk { $fingerprint }
trust-replace-confirm = Deze kaart vervangen? Typ ja en Enter om te bevestigen:
trust-replace-cancelled = Niet vervangen; er is niets veranderd.
trust-replace-needs-yes = Het vervangen van een kaart moet je bevestigen. Zonder terminal kan dat alleen met --yes; er is niets veranderd.
confirm-unreadable = Je antwoord kon niet gelezen worden ({ $reason }); er is niets veranderd.
trust-card-changed = { $name } is al bekend, met dezelfde sleutels maar een andere kaart: nu vertrouwd als { $name } ({ $pinned ->
    [coach] coach
   *[coordinator] coördinator
  }), de nieuwe kaart zegt { $claimed_name } ({ $claimed ->
    [coach] coach
   *[coordinator] coördinator
  }), vingerafdruk { $fingerprint }. Er is niets veranderd. Klopt dit, controleer het dan met { $name } zelf en vervang de kaart met: stagecoach trust KAART --role { $claimed } --replace
trust-role-not-on-card = De kaart zegt { $claimed ->
    [coach] coach
   *[coordinator] coördinator
  }, maar je vroeg om { $asked ->
    [coach] coach
   *[coordinator] coördinator
  }. Er is niets veranderd; vraag om een nieuwe kaart als de rol niet klopt.
sync-role-changed = De bundel van { $name } zegt { $claimed ->
    [coach] coach
   *[coordinator] coördinator
  } te zijn, maar dit apparaat vertrouwt { $name } als { $pinned ->
    [coach] coach
   *[coordinator] coördinator
  }. Er is niets geïmporteerd. Is de rol echt veranderd, vertrouw dan de nieuwe kaart van { $name } met: stagecoach trust KAART --role { $claimed } --replace
sync-io = { $path } kon niet gelezen of geschreven worden ({ $reason }). Er is niets veranderd.
sync-keys-damaged = Het sleutelbestand { $path } is beschadigd. Zet het terug uit een back-up van de map; maak het niet opnieuw, want dan herkent niemand dit apparaat meer.
sync-not-a-card = Dit is geen stagecoach-kaart. Vraag om het bestand dat `stagecoach keys --out` maakt.
sync-card-too-new = Deze kaart komt van een nieuwere stagecoach. Werk stagecoach bij en probeer het opnieuw.
sync-card-damaged = Deze kaart is onderweg veranderd of beschadigd, dus hij wordt niet vertrouwd. Vraag een nieuwe kaart aan de eigenaar, liefst rechtstreeks.
sync-own-card = Dit is de kaart van dit apparaat zelf; die hoef je niet te vertrouwen.
sync-key-changed = { $name } is al bekend, maar met andere sleutels. Dat kan betekenen dat iemand zich voordoet als { $name }. Controleer het met { $name } zelf; er is niets veranderd.
bundle-not-a-bundle = Dit bestand is geen stagecoach-bundel, of het is onderweg beschadigd. Er is niets veranderd. Vraag de afzender om de bundel opnieuw te maken en te sturen.
bundle-too-new = Deze bundel is gemaakt met een nieuwere stagecoach (formaat { $version }). Werk stagecoach bij tot minstens versie { $needs } en importeer hem dan opnieuw; er is niets veranderd.
bundle-damaged = Deze bundel is beschadigd of niet helemaal overgekomen. Vraag de afzender om hem opnieuw te sturen; er is niets veranderd.
bundle-not-for-us = Deze bundel is voor iemand anders bedoeld en kan op dit apparaat niet geopend worden; er is niets veranderd.
bundle-needs-passphrase = Deze bundel is met een wachtwoordzin beveiligd. Importeer hem met `stagecoach import BESTAND` in een terminal, die erom vraagt, of zet STAGECOACH_PASSPHRASE; er is niets veranderd.
bundle-wrong-passphrase = De bundel gaat niet open met deze wachtwoordzin: de wachtwoordzin klopt niet, of de bundel is onderweg beschadigd. Controleer de wachtwoordzin en probeer het opnieuw; lukt het dan nog niet, vraag om een nieuwe bundel. Er is niets veranderd.
bundle-bad-signature = De handtekening van deze bundel klopt niet: hij is onderweg veranderd of komt niet van wie hij zegt. Er is niets veranderd; vraag de afzender om een nieuwe bundel.
bundle-no-recipients = Er is niemand om de bundel voor te versleutelen. Vertrouw eerst de kaart van de ontvanger (stagecoach trust KAART).

# Bundels: exporteren, importeren, map-synchronisatie, conflicten, toewijzen
bundle-is-folder = { $path } is een map, geen bundel. Geef het .stagecoach-bestand in die map, of gebruik `stagecoach sync --folder { $path }`.
bundle-empty = Dit bestand is leeg, dus het is geen bundel (misschien werd het nog gekopieerd). Wacht tot het helemaal binnen is en probeer het opnieuw; er is niets veranderd.
bundle-own = Deze bundel is op deze laptop gemaakt; hij is voor iemand anders bedoeld. Er is niets veranderd.
bundle-untrusted = Deze bundel komt van { $name }, vingerafdruk { $fingerprint }, die op deze laptop nog niet vertrouwd wordt. Controleer die vingerafdruk met { $name } zelf; klopt hij, importeer dan opnieuw met --trust. Er is niets veranderd.
export-no-recipients = Er is niemand om een bundel voor te maken. Vertrouw eerst de kaart van je coördinator (stagecoach trust KAART), of noem iemand met --for.
export-unknown-peer = Niemand die je vertrouwt heet { $name }. Vertrouwd: { $known }.
export-needs-folder = Voor meerdere bundels is een map nodig, en { $path } is geen map. Geef een bestaande map met --to.
export-written = Geschreven: { $path } voor { $recipient } — { $ops ->
        [one] 1 wijziging
       *[other] { $ops } wijzigingen
    }, { $kib } KiB.
export-passphrase-recipient = wie de wachtwoordzin heeft
export-delta-hint = Elke coach krijgt alleen de eigen jongeren. Met --full krijgt een coach alles van zichzelf opnieuw.
passphrase-prompt = Wachtwoordzin
passphrase-again = Nog een keer dezelfde wachtwoordzin
-passphrase-advice = Kies vier of vijf losse woorden die niets met elkaar of met jou te maken hebben; hoofdletters en tekens zijn dan niet nodig. Er is niets geschreven.
passphrase-weak-guessable = Deze wachtwoordzin is te snel te raden. { -passphrase-advice }
passphrase-weak-keyboard = Deze wachtwoordzin is te snel te raden: toetsen die naast elkaar liggen zijn het eerste wat iemand probeert. { -passphrase-advice }
passphrase-weak-repeats = Deze wachtwoordzin is te snel te raden: herhalingen (aaa, abcabc) maken hem nauwelijks sterker. { -passphrase-advice }
passphrase-weak-common = Deze wachtwoordzin is te snel te raden: hij staat (bijna) zo in de lijsten met veelgebruikte wachtwoorden. { -passphrase-advice }
passphrase-weak-sequence = Deze wachtwoordzin is te snel te raden: reeksen als abc of 6543 zijn snel gevonden. { -passphrase-advice }
passphrase-weak-date = Deze wachtwoordzin is te snel te raden: jaartallen en datums zijn snel gevonden. { -passphrase-advice }
passphrase-weak-one-word = Deze wachtwoordzin is te snel te raden: één woord is snel gevonden. { -passphrase-advice }
passphrase-weak-name = Deze wachtwoordzin is te snel te raden: namen zijn snel gevonden. { -passphrase-advice }
passphrase-mismatch = De twee wachtwoordzinnen verschillen. Er is niets geschreven; probeer het opnieuw.
passphrase-unreadable = Hier kan geen wachtwoordzin worden getypt (er is geen terminal). Geef hem mee in de omgevingsvariabele STAGECOACH_PASSPHRASE.
output-failed = De uitvoer kon niet geschreven worden ({ $reason }).
import-from = Van { $name } ({ $role }), vingerafdruk { $fingerprint }.
import-newly-trusted = { $name } wordt vanaf nu vertrouwd op deze laptop.
import-would-trust = { $name } zou bij een echte import vanaf nu vertrouwd worden; deze proefimport vertrouwt niemand en verandert niets.
import-not-trusted-yet = { $name } wordt op deze laptop nog niet vertrouwd. Dit is wat de bundel zou doen. Controleer de vingerafdruk hierboven met { $name } zelf en importeer dan met --trust.
import-already = Deze bundel is al op { $date } geïmporteerd; er is niets veranderd.
import-plan = Deze import zou { $created ->
        [one] 1 gegeven
       *[other] { $created } gegevens
    } toevoegen en { $updated } wijzigen, { $purged } verwijderen, en { $known ->
        [one] 1 wijziging overslaan die er al is.
       *[other] { $known } wijzigingen overslaan die er al zijn.
    }
import-done = Geïmporteerd: { $created ->
        [one] 1 gegeven
       *[other] { $created } gegevens
    } toegevoegd, { $updated } gewijzigd, { $purged } verwijderd; { $known ->
        [one] 1 wijziging was er al.
       *[other] { $known } wijzigingen waren er al.
    }
import-kind-created = + { $count } { $kind }
import-kind-updated = ~ { $count } { $kind }
import-conflicts = { $count ->
    [one] 1 veld is aan twee kanten gewijzigd: zie `stagecoach conflicts`.
   *[other] { $count } velden zijn aan twee kanten gewijzigd: zie `stagecoach conflicts`.
}
import-refused = { $count ->
    [one] 1 wijziging is geweigerd: die ging over een jongere die niet bij deze coach hoort. De rest is geïmporteerd.
   *[other] { $count } wijzigingen zijn geweigerd: die gingen over jongeren die niet bij deze coach horen. De rest is geïmporteerd.
}
import-moved-away = Naar een andere coach gegaan en van deze laptop verwijderd: { $codes }.
import-moving-away = Naar een andere coach gegaan: { $codes }. Ze blijven hier tot je coördinator je laatste verslagen heeft; exporteer, dan gaan ze bij de volgende import.
import-dry-run = Proefdraai: er is niets veranderd.
import-backup = Een back-up van de database zoals hij was staat in { $path }.
sync-no-folder = { $path } is geen map. Geef de gedeelde map die Syncthing, Nextcloud of OneDrive gelijk houdt.
sync-imported = Bundel { $path }:
sync-untrusted = { $path } komt van { $name }, die nog niet vertrouwd wordt: controleer de vingerafdruk en doe dan `stagecoach import { $path } --trust`.
sync-failed = { $path } is overgeslagen: { $reason }
sync-nothing = Niets nieuws om te importeren, en niemand om naar te sturen.
conflicts-none = Geen open conflicten.
conflict-line = { $id }  { $code } ({ $kind }) is op twee laptops tegelijk gewijzigd:
conflict-field = { $field }: hier { $mine } — daar { $theirs } (nu geldt { $now ->
    [mine] die van hier
   *[theirs] die van daar
  })
conflict-value-needs-one-field = Dit conflict gaat over meerdere velden; kies mine of theirs en pas daarna het dossier aan als geen van beide klopt.
conflicts-hint = Los er een op met `stagecoach resolve ID --keep mine`, `--keep theirs` of `--keep WAARDE`.
conflict-unknown = Geen open conflict heeft een id dat begint met { $id }. Zie `stagecoach conflicts`.
conflict-ambiguous = Meerdere conflicten beginnen met { $id }; geef meer tekens.
conflict-bad-value = Die waarde past niet in het veld { $field }. Geef hem zoals `stagecoach conflicts --json` de waarden laat zien.
conflict-resolved = Conflict { $id } ({ $code }) is opgelost; de keuze gaat mee met je volgende bundel.
assign-unknown-coach = Geen vertrouwde coach heet { $name }. Vertrouwde coaches: { $known }. Vertrouw eerst hun kaart (stagecoach trust KAART).
assign-done = { $code } is nu een jongere van { $coach }; de volgende bundel voor { $coach } bevat het hele dossier.
kind-coachee = jongeren
kind-session = gesprekken
kind-goal = doelen
kind-employer = werkgevers
kind-placement = plaatsingen

# Tabblad Synchronisatie
sync-card-title = Deze laptop
sync-this-laptop = { $name } ({ $role }) · vingerafdruk { $fingerprint } — lees die voor als je je kaart overhandigt (stagecoach keys --out BESTAND).
sync-peers-title = Vertrouwd ({ $count })
sync-no-peers = Nog niemand wordt vertrouwd. Wissel kaarten uit: `stagecoach keys --out NAAM.card`, en dan `stagecoach trust KAART` op de andere laptop.
sync-col-name = Naam
sync-col-role = Rol
sync-col-fingerprint = Vingerafdruk
sync-col-in = Laatst in
sync-col-out = Laatst uit
sync-col-unsent = Onverstuurd
sync-conflicts-title = Open conflicten ({ $count })
sync-conflicts-in-effect = ✓ geldt nu
sync-col-record = Wie
sync-col-field = Veld
sync-col-here = Hier
sync-col-there = Daar
sync-field-recipients = Voor
sync-choose-recipient = Vink minstens één ontvanger aan.
sync-field-folder = Map
sync-help-folder = Waar de bundels heen gaan: een USB-stick, of een map die Syncthing, Nextcloud of OneDrive deelt.
sync-field-full = Alles
sync-help-full = Alles opnieuw sturen in plaats van alleen wat de ander nog mist.
sync-field-file = Bundel
sync-help-file = Een .stagecoach-bestand; Tab vult de naam aan.
sync-field-trust = Nieuwe afzender vertrouwen
sync-help-trust = Alleen nadat je de vingerafdruk met de afzender zelf hebt gecontroleerd.
sync-exported = { $count ->
    [one] 1 bundel geschreven naar { $folder }.
   *[other] { $count } bundels geschreven naar { $folder }.
}
sync-preview-title = Deze bundel importeren?
sync-preview-new-sender = { $name } wordt nog niet vertrouwd: controleer de vingerafdruk hierboven met { $name } voordat je ja zegt.
sync-preview-question = Importeren? j = ja, elke andere toets = nee
sync-import-already = Deze bundel van { $name } was al geïmporteerd; er is niets veranderd.
sync-imported-short = Geïmporteerd van { $name }: { $created } toegevoegd, { $updated } gewijzigd, { $conflicts ->
    [one] 1 nieuw conflict
   *[other] { $conflicts } nieuwe conflicten
}.
import-cancelled = Niet geïmporteerd; er is niets veranderd.
conflict-resolved-short = Conflict van { $code } opgelost; je keuze gaat mee met de volgende bundel.
status-conflicts = { $count ->
    [one] 1 conflict
   *[other] { $count } conflicten
}
hint-agreement-add = afspraak toevoegen
hint-agreement-cancel = niet toevoegen
hint-agreement-open = afspraak openen of nieuw
hint-agreement-remove = afspraak weghalen
picker-count = { $shown } van { $total } · typ om te zoeken
picker-empty = Niets gevonden; Backspace haalt een letter weg.
hint-pick = kiezen
hint-help-signs = tekens en bestanden
hint-help-keys = toetsen
hint-complete = aanvullen
form-title-export = Bundels schrijven
form-title-import = Bundel importeren
form-title-assign = Coach toewijzen
assign-help = De coach krijgt het hele dossier met de volgende bundel.
assign-no-coaches = Er wordt nog geen coach vertrouwd: vertrouw eerst de kaart van een coach (stagecoach trust KAART).
assign-coordinator-only = Alleen een coördinator deelt jongeren toe aan coaches; dit is de database van een coach. Vraag je coördinator om de toewijzing, dan komt die met de volgende bundel mee.
action-assign = coach toewijzen
action-export = bundels schrijven
action-import = bundel importeren
action-keep-mine = mijn versie
action-keep-theirs = hun versie
record-coachee = jongere
record-session = contact
record-goal = doel
record-employer = werkgever
record-placement = plaatsing
agenda-consent-missing = Jonger dan 16 zonder toestemming van ouder of voogd ({ $count })
agenda-to-erase = Te verwijderen: bewaartermijn verstreken ({ $count })
theme-light = Kleuren voor een lichte achtergrond.
