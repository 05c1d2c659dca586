# Following sessions up: escalations to the coordinator and agreements kept.

col-id = id
col-state = stand
col-agreement = afspraak
col-owner = wie
col-due = uiterlijk

escalation-open = open
escalation-acknowledged = beantwoord
escalation-acknowledged-by = beantwoord door { $name } op { $date }
escalation-reply-line = Antwoord op { $code } van { $date }, door { $name }: { $reply }
escalations-count = { $count ->
    [0] Geen escalaties.
    [one] 1 escalatie, waarvan { $open } open.
   *[other] { $count } escalaties, waarvan { $open } open.
}
ack-done = Escalatie over { $code } beantwoord. { $replied ->
    [yes] Je antwoord gaat met je volgende bundel mee naar { $coach }.
   *[no] { $coach } ziet met je volgende bundel dat je het gezien hebt.
}
ack-coordinator-only = Alleen de coördinator beantwoordt escalaties; dit is de database van een coach. Je coördinator ziet de escalatie na je volgende bundel. Er is niets veranderd.
ack-not-escalated = Het contact { $id } is niet naar de coördinator geëscaleerd, dus er valt niets te beantwoorden. Zie `stagecoach escalations` voor wat wel open staat; er is niets veranderd.
ack-already = Deze escalatie is al beantwoord door { $by } op { $on }. Er is niets veranderd.

agreement-open = open
agreement-past-due = over datum
agreement-kept-on = gedaan op { $date }
agreements-count = { $count ->
    [0] Geen afspraken.
    [one] 1 afspraak, waarvan { $open } open.
   *[other] { $count } afspraken, waarvan { $open } open.
}
agreement-not-found = Geen afspraak met id „{ $reference }”. Een afspraak heet CONTACT.N, zoals `stagecoach agreements` hem laat zien; er is niets veranderd.
agreement-already-done = De afspraak { $id } is al afgevinkt (op { $on }). Wil je hem opnieuw openen: `stagecoach agreement reopen { $id }`. Er is niets veranderd.
agreement-not-done = De afspraak { $id } staat nog open; er valt niets te heropenen. Er is niets veranderd.
agreement-marked-done = Afgevinkt: „{ $text }” (gedaan op { $date }).
agreement-reopened = Weer open: „{ $text }”.

profile-escalations = Naar de coördinator
field-reply = Antwoord

action-acknowledge = beantwoorden
action-tick-off = afvinken
form-title-acknowledge = Escalatie beantwoorden
form-context-acknowledge = { $coach } schreef: { $headline }
form-help-reply = Gaat met je volgende bundel naar de coach. Leeg mag ook.
agenda-escalation-by = van { $coach }

coachee-moved-away = { $code } is overgedragen aan { $coach }, dus je kunt dit dossier niet meer wijzigen. Wat je eerder vastlegde, gaat met je volgende bundel naar de coördinator en zo naar { $coach }; er is niets veranderd.
agenda-more-agreements = … en meer, minder lang over datum. Alle afspraken: stagecoach agreements --open
agenda-more-escalations = … en nog { $count }, minder lang open. Alle: stagecoach escalations --open
agenda-more-contacts = … en nog { $count }. De caseload toont ze allemaal: sorteer met o.
