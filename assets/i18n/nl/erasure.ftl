# Erasure: a young person or one contact removed for good (stagecoach forget).

forget-what = Zeg wie of wat er gewist moet worden: een code (stagecoach forget K7F3) of een contact (stagecoach forget --session ID).
forget-plan = Wissen: { $name } (code { $code }), met alles wat bij { $code } hoort:
forget-plan-records = { $sessions ->
        [one] 1 contact
       *[other] { $sessions } contacten
    }, { $goals ->
        [one] 1 doel
       *[other] { $goals } doelen
    }, { $placements ->
        [one] 1 stage of baan
       *[other] { $placements } stages of banen
    }, { $agreements ->
        [one] 1 afspraak
       *[other] { $agreements } afspraken
    }, { $escalations ->
        [one] 1 escalatie
       *[other] { $escalations } escalaties
    } en { $drafts ->
        [one] 1 half ingevuld formulier
       *[other] { $drafts } half ingevulde formulieren
    }.
forget-plan-backups = { $count ->
    [0] Er zijn geen back-ups op deze laptop.
    [one] De back-up op deze laptop wordt herschreven zonder deze persoon.
   *[other] De { $count } back-ups op deze laptop worden herschreven zonder deze persoon.
}
forget-plan-no-copies = Deze gegevens zijn in geen bundel naar iemand anders gegaan.
forget-plan-copies = Deze mensen hebben een kopie gekregen; die wordt gewist zodra zij je volgende bundel inlezen:
forget-plan-copy = - { $name } ({ $role }), laatste bundel op { $date }
forget-plan-in-transit = Bundels die nog onderweg zijn, en laptops die ze nog niet hebben ingelezen, wissen bij hun volgende import. Een back-up op een USB-stick of een andere schijf kan stagecoach niet bereiken: gooi die zelf weg.
forget-confirm = Voor altijd wissen? Dit kan niet ongedaan worden gemaakt. (ja/nee)
forget-session-confirm = Dit contact voor altijd wissen? (ja/nee)
forget-needs-yes = Wissen kan niet ongedaan worden gemaakt. Zonder terminal om het te vragen moet je --yes meegeven.
forget-cancelled = Niets gewist.
forget-done = { $code } is gewist: uit de database, het logboek, de bestanden en de back-ups op deze laptop.
forget-done-anonymised = { $code } is gewist, ook uit het logboek en de back-ups; er blijft alleen een anoniem spoor.
forget-session-plan = Wissen: het contact van { $date } ({ $type }) met { $code }, met de tekst, de afspraken en een escalatie erin.
forget-session-done = Het contact van { $date } met { $code } is gewist, ook uit het logboek, de bestanden en de back-ups.
forget-settled = { $rewritten ->
        [one] 1 back-up
       *[other] { $rewritten } back-ups
    } herschreven, { $wiped ->
        [one] 1 back-up
       *[other] { $wiped } back-ups
    } die niet te openen waren gewist. Je volgende bundel neemt het wissen mee naar je coördinator en coaches.
forget-vacuum-later = De database kon nu niet opnieuw worden geschreven (is de schijf vol?). De gegevens staan nergens meer in beeld of in het logboek; de laatste resten worden weggeschreven zodra stagecoach weer opent met genoeg ruimte.
import-erased = De bundel wiste gegevens van iemand; ook de bestanden en { $rewritten ->
        [one] 1 back-up
       *[other] { $rewritten } back-ups
    } zijn nu zonder die persoon ({ $wiped ->
        [one] 1 back-up
       *[other] { $wiped } back-ups
    } die niet te openen waren gewist).
erasure-backups-later = De back-ups konden nu niet worden herschreven (is de schijf vol, of de map niet te schrijven?). Daarin staat deze persoon nog; stagecoach probeert het opnieuw elke keer dat het opent.
forget-title = Voor altijd wissen?
forget-confirm-screen = Dit kan niet ongedaan worden gemaakt. Druk J (hoofdletter) om te wissen, A (hoofdletter) om te wissen en een anoniem spoor te laten voor de rapportage aan de financier (per maand de status, soort en duur van de contacten, stages; geen naam, code, contactgegevens of tekst), een andere toets om niets te doen.

# Retention: how long a closed file is kept (stagecoach policy, stagecoach retention).
policy-shown = Gesloten dossiers worden { $months } maanden bewaard na het sluiten{ $set ->
    [true] , zoals de coördinator heeft ingesteld.
   *[other] . Dat is de standaard; een coördinator kan het aanpassen met stagecoach policy --retention-months N.
}
policy-set = Gesloten dossiers worden nu { $months ->
    [one] 1 maand
   *[other] { $months } maanden
} bewaard. Je coaches krijgen dit met je volgende bundel.
policy-retention-range = { $value } maanden kan niet: kies 1 tot en met { $max } maanden.
retention-none = Geen gesloten dossiers die langer dan { $months ->
    [one] 1 maand
   *[other] { $months } maanden
} bewaard zijn.
retention-due = { $count ->
    [one] Eén gesloten dossier is langer bewaard dan { $months } maanden:
   *[other] { $count } gesloten dossiers zijn langer bewaard dan { $months } maanden:
}
retention-file = - { $code } { $name }, gesloten op { $closed }, te verwijderen sinds { $due }
retention-how = Wis ze met stagecoach retention --apply.
retention-confirm = Deze dossiers voor altijd wissen, met alles wat erbij hoort? (ja/nee)
retention-erased = { $count ->
    [one] Eén dossier gewist: uit de database, het logboek, de bestanden en de back-ups op deze laptop.
   *[other] { $count } dossiers gewist: uit de database, het logboek, de bestanden en de back-ups op deze laptop.
}

# Consent (stagecoach consent).
consent-recorded = Toestemming voor { $code } vastgelegd: gegeven door { $by } op { $date }.
consent-still-missing = Deze jongere is jonger dan 16: zonder toestemming van een ouder of voogd mag het programma de gegevens niet bewaren.
consent-none-to-withdraw = Van { $code } staat geen toestemming vastgelegd, dus er valt niets in te trekken. Wil de jongere helemaal niet geregistreerd staan? Wis het dossier dan met `stagecoach forget { $code }`.
consent-withdrawn-part = De toestemming van { $code } is aangepast; de inschrijving zelf blijft.
consent-withdrawn = { $code } heeft de toestemming ingetrokken. Zonder toestemming mogen de gegevens niet bewaard blijven.
consent-offer-forget = Nu alles van deze jongere wissen? (ja/nee)
consent-forget-how = Wis de gegevens met stagecoach forget { $code } zodra het dossier niet meer nodig is.
forget-plan-trace = Er blijft een anoniem spoor voor de rapportage aan de financier: per maand de status, soort en duur van de contacten, soort en uitkomst van stages, leeftijdsgroep en wijk. Geen naam, code, contactgegevens, geboortedatum of tekst.
consent-withdrawn-offer = Toestemming ingetrokken: zonder toestemming mogen de gegevens niet bewaard blijven. Nu wissen?
