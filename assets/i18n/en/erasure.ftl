# Erasure: a young person or one contact removed for good (stagecoach forget).

forget-what = Say who or what to erase: a code (stagecoach forget K7F3) or a contact (stagecoach forget --session ID).
forget-plan = Erasing: { $name } (code { $code }), with everything that belongs to { $code }:
forget-plan-records = { $sessions ->
        [one] 1 contact
       *[other] { $sessions } contacts
    }, { $goals ->
        [one] 1 goal
       *[other] { $goals } goals
    }, { $placements ->
        [one] 1 placement
       *[other] { $placements } placements
    }, { $agreements ->
        [one] 1 agreement
       *[other] { $agreements } agreements
    }, { $escalations ->
        [one] 1 escalation
       *[other] { $escalations } escalations
    } and { $drafts ->
        [one] 1 half-filled form
       *[other] { $drafts } half-filled forms
    }.
forget-plan-backups = { $count ->
    [0] There are no backups on this laptop.
    [one] The backup on this laptop is rewritten without this person.
   *[other] The { $count } backups on this laptop are rewritten without this person.
}
forget-plan-no-copies = No bundle has taken this data to anyone else.
forget-plan-copies = These people received a copy; it is erased when they import your next bundle:
forget-plan-copy = - { $name } ({ $role }), last bundle on { $date }
forget-plan-in-transit = Bundles still on their way, and laptops that have not imported them yet, erase on their next import. A backup on a USB stick or another disk is out of stagecoach's reach: throw it away yourself.
forget-confirm = Erase for good? This cannot be undone. (yes/no)
forget-session-confirm = Erase this contact for good? (yes/no)
forget-needs-yes = Erasing cannot be undone. Without a terminal to ask on, give --yes.
forget-cancelled = Nothing was erased.
forget-done = { $code } is erased: from the database, the log, the files and the backups on this laptop.
forget-done-anonymised = { $code } is erased, from the log and the backups too; only an anonymous trace stays.
forget-session-plan = Erasing: the contact of { $date } ({ $type }) with { $code }, with its text, its agreements and any escalation.
forget-session-done = The contact of { $date } with { $code } is erased, from the log, the files and the backups too.
forget-settled = { $rewritten ->
        [one] 1 backup
       *[other] { $rewritten } backups
    } rewritten, { $wiped ->
        [one] 1 backup
       *[other] { $wiped } backups
    } that could not be opened wiped. Your next bundle takes the erasure to your coordinator and coaches.
forget-vacuum-later = The database could not be rewritten now (is the disk full?). The data is gone from every view and from the log; the last traces are removed as soon as stagecoach opens again with enough room.
import-erased = The bundle erased someone's data; the files and { $rewritten ->
        [one] 1 backup
       *[other] { $rewritten } backups
    } are now without them too ({ $wiped ->
        [one] 1 backup
       *[other] { $wiped } backups
    } that could not be opened wiped).
erasure-backups-later = The backups could not be rewritten now (is the disk full, or the folder read-only?). They still hold this person; stagecoach tries again every time it opens.
forget-title = Erase for good?
forget-confirm-screen = This cannot be undone. Press Y (capital) to erase, A (capital) to erase leaving an anonymous trace for the funder report (per month the status, the kind and length of contacts, placements; no name, code, contact data or text), any other key to leave everything as it is.

# Retention: how long a closed file is kept (stagecoach policy, stagecoach retention).
policy-shown = Closed files are kept { $months } months after closing{ $set ->
    [true] , as the coordinator set it.
   *[other] . That is the default; a coordinator can change it with stagecoach policy --retention-months N.
}
policy-set = Closed files are now kept { $months ->
    [one] 1 month
   *[other] { $months } months
}. Your coaches receive this with your next bundle.
policy-retention-range = { $value } months will not do: choose 1 to { $max } months.
retention-none = No closed files kept longer than { $months ->
    [one] 1 month
   *[other] { $months } months
}.
retention-due = { $count ->
    [one] One closed file has been kept longer than { $months } months:
   *[other] { $count } closed files have been kept longer than { $months } months:
}
retention-file = - { $code } { $name }, closed on { $closed }, due for erasure since { $due }
retention-how = Erase them with stagecoach retention --apply.
retention-confirm = Erase these files for good, with everything that belongs to them? (yes/no)
retention-erased = { $count ->
    [one] One file erased: from the database, the log, the files and the backups on this laptop.
   *[other] { $count } files erased: from the database, the log, the files and the backups on this laptop.
}

# Consent (stagecoach consent).
consent-recorded = Consent for { $code } recorded: given by { $by } on { $date }.
consent-still-missing = This young person is under 16: without a parent's or guardian's consent the programme may not keep their data.
consent-none-to-withdraw = No consent of { $code } is on file, so there is nothing to withdraw. If the young person does not want to be registered at all, erase the file with `stagecoach forget { $code }`.
consent-withdrawn-part = The consent of { $code } is changed; the registration itself stays.
consent-withdrawn = { $code } withdrew their consent. Without consent the data may not be kept.
consent-offer-forget = Erase everything of this young person now? (yes/no)
consent-forget-how = Erase the data with stagecoach forget { $code } as soon as the file is no longer needed.
forget-plan-trace = An anonymous trace stays for the funder report: per month the status, the kind and length of contacts, the kind and outcome of placements, age band and neighbourhood. No name, code, contact data, date of birth or text.
consent-withdrawn-offer = Consent withdrawn: without consent the data may not be kept. Erase now?
