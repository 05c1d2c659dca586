## Messages of the command line and the database.

cli-error = Error: { $message }
cli-warning = Note: { $message }
panic = Something went wrong inside stagecoach ({ $place }). Your saved work is safe: everything reported as saved is on disk. Start stagecoach again; if this keeps happening, pass this message on to your coordinator.
no-data-dir = No folder for the data could be found. Give one with --data-dir DIR or the environment variable STAGECOACH_DATA_DIR.
data-moved-local = Your data now lives in { $to }: earlier versions kept it in { $from }, a folder that schools often copy to their server. Nothing else changes.
data-move-failed = Your data could not be moved from { $from } to { $to }; it is still whole where it was, and this start uses it there. Quit and start stagecoach again to try once more.

orientation-with-db = stagecoach · data in { $dir } · { $name } ({ $role }) · { $coachees ->
        [one] 1 young person
       *[other] { $coachees } young people
    }.
    In a terminal `stagecoach` opens the screen with your caseload. From the command line:
      stagecoach list coachees            your caseload
      stagecoach show K7F3                one young person with goals, placements and contacts
      stagecoach log K7F3 --type stagebezoek --summary "…"
      stagecoach --help                   all commands
orientation-no-db = stagecoach · there is no database in { $dir } yet.
    Start like this:
      stagecoach init --name "Your name" --role coach   (or --role coordinator)
      stagecoach demo                                  try it first with an invented programme
    All commands: stagecoach --help

init-done = Database created in { $dir } for { $name } ({ $role }). Add a young person with `stagecoach add coachee`, or try `stagecoach demo`.
demo-default-name-coach = Demo coach
demo-default-name-coordinator = Demo coordinator
progress-demo = Making the demo programme
progress-import = Reading the bundle
progress-export = Writing the bundle
progress-backup = Writing the backup
progress-restore = Restoring the backup
progress-rebuild = Rebuilding the overviews
progress-line = { $work }: { $done } of { $total }
progress-left = left
demo-done = Demo programme ready: { $coachees ->
        [one] 1 young person
       *[other] { $coachees } young people
    }, { $sessions ->
        [one] 1 contact
       *[other] { $sessions } contacts
    }, { $employers ->
        [one] 1 employer
       *[other] { $employers } employers
    } and { $placements ->
        [one] 1 placement
       *[other] { $placements } placements
    } ({ $seconds } s). Everything is invented. Have a look with `stagecoach list coachees`.
demo-needs-empty = This database already holds { $coachees ->
        [one] 1 young person
       *[other] { $coachees } young people
    }; demo data only goes into an empty database. Use another folder: `stagecoach --data-dir /tmp/demo demo`.
demo-role-mismatch = This database belongs to a { $role }; the demo follows that role. Leave out --role or choose another folder with --data-dir.
demo-interrupted = Filling in the demo data was cut off last time, so this database is only half filled. Start over with `stagecoach demo --restart`: it throws this half demo database away and makes the demo again.
demo-nothing-to-restart = There is no interrupted demo to start over; --restart only throws away a half-made demo database, never real work. Nothing changed.
demo-restarting = The interrupted demo was thrown away; the demo starts over.

add-coachee-done = { $name } is registered with code { $code }.
add-employer-done = Employer { $name } added (id { $id }).
log-done = { $type } with { $code } on { $date } saved.
status-done = { $code }: { $from } → { $to }.
list-coachees-count = { $count ->
    [one] 1 young person
   *[other] { $count } young people
}
list-sessions-count = { $count ->
    [one] 1 contact
   *[other] { $count } contacts
}
list-employers-count = { $count ->
    [one] 1 employer
   *[other] { $count } employers
}
list-placements-count = { $count ->
    [one] 1 placement
   *[other] { $count } placements
}

profile-age = ({ $age } years)
profile-age-minor = ({ $age } years, minor)
profile-consent = given by { $by } on { $date }
profile-no-consent = not recorded yet
profile-goals = Goals
profile-placements = Placements
profile-placements-here = { $count ->
    [one] 1 placement with this employer
   *[other] { $count } placements with this employer
}
profile-open-agreements = Open agreements
profile-overdue = (overdue)
profile-sessions = { $count ->
    [one] Latest contact (1 in all)
   *[other] Latest contacts ({ $count } in all)
}
reminder-minor-without-guardian = this young person is a minor and no parent or guardian is on file yet.
reminder-no-consent = no consent has been recorded yet.

backup-done = Backup written to { $path } ({ $ops ->
        [one] 1 change
       *[other] { $ops } changes
    }, { $kib } KiB).
restore-done = Database restored in { $dir }: { $coachees ->
        [one] 1 young person
       *[other] { $coachees } young people
    }.
doctor-summary = Log: { $ops ->
        [one] 1 change
       *[other] { $ops } changes
    } from { $devices ->
    [one] 1 device.
   *[other] { $devices } devices.
}
doctor-healthy = All is well: the views match the log exactly.
doctor-gaps = changes are missing from the log for { $devices ->
    [one] 1 device.
   *[other] { $devices } devices.
}
doctor-sequence = this device's counter does not match the log.
doctor-stale = these views differ from the log: { $views }.
doctor-unhealthy = The database is not in order. Repair the views with `stagecoach doctor --rebuild`; your data is safe in the log. If that does not help, run `stagecoach recover`.
doctor-rebuilt = Views rebuilt from { $ops ->
        [one] 1 change
       *[other] { $ops } changes
    }.
import-undone = The last import was interrupted before it finished. It has been taken back: the database is as it was before. Simply import the bundle again.
views-rebuilding = Rebuilding the views from the log. With a large programme this takes a while (up to half a minute).

coordinator-only = Only a coordinator's database can do that.
session-coachee-closed = The file of { $code } is closed, so no contacts can be added. For a late contact, move it to aftercare with `stagecoach status { $code } nazorg` (it can be closed again afterwards); for a new trajectory use `stagecoach status { $code } aangemeld`.
session-not-yours = This contact was logged by someone else (the coordinator's intake, for example), so you cannot change or delete it. If something is wrong, log a new contact or ask the coordinator; nothing changed.

resolve-not-found = Nothing found for '{ $reference }'. Use a young person's code (like K7F3) or an id; `stagecoach list coachees` shows the codes.
resolve-ambiguous = '{ $reference }' matches more than one record: { $candidates }. Type more characters of the id.
log-employer-unknown = No employer has '{ $reference }' in their name. `stagecoach list employers` lists them; add a new one with `stagecoach add employer`.
log-employer-ambiguous = '{ $reference }' matches more than one employer: { $names }. Type more of the name.
resolve-wrong-kind = '{ $reference }' is { $found ->
    [coachee] a young person
    [session] a contact
    [goal] a goal
    [employer] an employer
   *[other] a placement
}, but this needs { $wanted ->
    [coachee] a young person
    [employer] an employer
   *[other] something else
}.

status-not-allowed = Going from { $from } to { $to } is not possible. From { $from } the file can go to: { $allowed }.
status-reason-required = { $to } needs a reason. Give it with --reason "…".
status-before-previous = The date is before the previous status change ({ $previous }).
status-in-future = A status change cannot lie in the future.
status-unchanged = The status already is { $status }.

store-not-initialised = There is no database in { $dir } yet. Create one with `stagecoach init --name "Your name" --role coach` or try `stagecoach demo`.
store-already-initialised = { $dir } already holds a database; nothing was changed. To start over, choose another folder with --data-dir.
store-already-open = The database in { $dir } is already open in another stagecoach window. Close that window first (or wait for the other command to finish) and try again.
store-newer-schema = This database was made by a newer version of stagecoach (schema { $found }; this version knows up to { $supported }). Install the latest version; nothing was changed.
store-newer-value = This database holds data from a newer version of stagecoach. Install the latest version; nothing was changed.
store-corrupt = The database looks damaged. Run `stagecoach recover`: it restores your newest intact backup and keeps the damaged database next to it.
store-data-dir-is-file = { $dir } is a file, not a folder, so it cannot hold a database. Choose a folder with --data-dir (or STAGECOACH_DATA_DIR), or move that file away; nothing changed.

io-permission-denied = No permission to use { $path } ({ $detail }). Choose a folder you can write to, for example with --data-dir.
io-read-only = { $path } is on a disk that cannot be written to. Choose another folder with --data-dir.
io-disk-full = The disk is full; this change was not saved (what was reported as saved earlier is still there). Free some space and try again.
store-disk-almost-full = The disk is (almost) full: free some space, nothing changed. { $free } MB is free; stagecoach wants { $needed } MB free before it writes, so the database never runs out of room halfway through a write.
io-not-found = { $path } does not exist. Check the name or the folder.
io-other = Reading or writing { $path } failed ({ $detail }). This change was not saved.

invalid-record = Not saved: { $count ->
    [one] one field is not right.
   *[other] { $count } fields are not right.
}
invalid-required = This field cannot be empty.
invalid-choice = choose one of: { $allowed }.
invalid-choice-value = '{ $value }' is not known. Choose one of: { $allowed }.
invalid-score = { $value } is not possible: choose a number from 1 to 5.
invalid-phone = '{ $value }' is not a phone number (10 to 15 digits, for example 06-12345678).
invalid-email = '{ $value }' is not an e-mail address (like name@example.nl).
invalid-birth-date-future = a date of birth cannot lie in the future.
invalid-birth-date-age = with this date of birth the young person would be { $age }; is the year right?
invalid-consent-under-16 = the young person was { $age } when consent was given; under 16 a parent or legal representative gives consent (--consent-by wettelijk_vertegenwoordiger).
invalid-date-future = this date cannot lie in the future.
invalid-session-date-future = a contact that is still to come is not logged; set it as the next contact (--next) of the latest talk.
invalid-minutes = { $value } minutes is not possible: choose { $min } to { $max }.
invalid-progress = progress runs from 0 to 3.
invalid-agreement-text = an agreement needs a text.
invalid-agreement-format = write an agreement as "text", "who|text" or "who|text|date", for example "jongere|Update CV|fri".
invalid-next-before-session = the next contact lies before this contact.
invalid-time = '{ $value }' is not a time; write hh:mm, for example 14:30.
invalid-kvk = '{ $value }' is not a KvK number: it has exactly 8 digits, this has { $digits }.
invalid-capacity = the number of places is at least 1.
invalid-end-before-start = the end lies before the start.
invalid-days-per-week = days per week runs from 1 to 7.
invalid-hours-per-week = hours per week runs from 1 to 60.
backup-bad = This backup file is damaged, incomplete or not a stagecoach backup. Nothing was changed; choose another file or make a new backup.

## The screen.

tab-caseload = Caseload
tab-agenda = Agenda
tab-employers = Employers
tab-overview = Overview
tab-sync = Exchange
screen-too-small = Make the window larger: stagecoach needs at least { $min_width } × { $min_height } characters (now { $width } × { $height }).
pane-caseload = Caseload { $shown }/{ $total }
pane-profile = Profile
pane-sessions = Contacts ({ $count })
no-coachee-selected = No young person selected. Change the filter (Esc clears it) or show closed files (c).
caseload-column-code = Code
caseload-column-name = Name
caseload-column-status = Status
caseload-column-last = Last
caseload-column-next = Next
caseload-column-coach = Coach
days-ago = { $days }d
status-line = { $name } · { $role } · { $dir } · { $changes ->
    [one] 1 change not yet in a bundle
   *[other] { $changes } changes not yet in a bundle
}
hint-filter-keep = keep filter
hint-filter-clear = clear filter
help-title = Keys
help-signs-title = Signs and files
help-signs-status = A young person's status
help-sign-here = where you are: the chosen row, or the field you are typing in
help-sign-overdue = the next contact should have happened already
help-sign-signals = the last contact noted a signal (absence, motivation …)
help-sign-escalated = raised with the coordinator, not yet dealt with
help-sign-draft = a draft is waiting that was not saved yet
help-sign-consent = under 16, and no consent from a parent or guardian yet
help-sign-warning = take care: no bundle for a long time, or something sensitive in a text
help-sign-done = ticked off, or what is chosen now
help-files = Files on this computer
help-file-config = Settings
help-file-data = Data
help-file-logs = Log
help-file-none = (no settings folder on this system)
help-ctrl-c = always quits, even in the middle of something
sorted-by = Sorted by { $order }.
sort-next-contact = next contact
sort-name = name
sort-status = status
sort-last-contact = last contact
closed-shown = Closed files are shown.
closed-hidden = Closed files are hidden.
keymap-problem = Your keys in { $path } (line { $line }): { $problem } The default keys apply.
keymap-syntax = this is not valid TOML ({ $detail }).
keymap-unknown-action = '{ $name }' is not an action; see the list on the help screen (?).
keymap-unknown-key = '{ $key }' is not a key stagecoach knows.

action-quit = quit
action-up = up
action-down = down
action-top = to the top
action-bottom = to the bottom
action-page-up = page up
action-page-down = page down
action-next-pane = next pane
action-prev-pane = previous pane
action-tab-caseload = caseload
action-tab-agenda = agenda
action-tab-employers = employers
action-tab-overview = overview
action-tab-sync = exchange
action-filter = search
action-sort = sort
action-toggle-closed = show/hide closed
action-back = back
action-help = help
action-open = open
action-new-session = log a contact
action-edit = edit
action-delete = delete
action-save = save
action-discard-draft = discard draft
action-open-editor = write in editor

# Forms
form-title-new-session = New contact
form-title-edit-session = Edit contact
form-context-placement = Placement at { $employer } · workplace trainer { $supervisor }
form-help-summary = What happened, factually; your coordinator reads it too. Enter = new line.
form-help-goal-progress = Progress on this goal: 0 (none) to 3 (achieved); ← → or a digit.
form-help-agreements = Enter, or just type: a new agreement. ↑↓ picks one, Enter changes it, Backspace takes it out.
form-help-coach-note = Only for you: stays on this laptop and never goes into a bundle.
form-none = –
form-agreement-add = new agreement (Enter, or start typing)
form-agreement-not-added = The agreement was not added.
form-help-agreement-due = May stay empty. Words work too: "fri", "next week", "in 2 weeks". Enter adds the agreement.
form-title-agreement = Agreement
form-yes = yes
form-no = no
form-has-errors = { $count ->
    [one] One field is not right yet; see the message at the field.
   *[other] { $count } fields are not right yet; see the messages at the fields.
}
form-privacy-check = Check the privacy warning at the bottom; save again to keep it anyway.
form-privacy-title = This text seems to contain sensitive data:
form-privacy-more = PageDown/PageUp: { $shown } of { $total } lines
form-privacy-choice = Change the text, or press save again if it has to stay like this.
form-saved = Saved.
form-draft-kept = Draft kept: open the form again to carry on.
form-draft-restored = Your draft of { $date } { $time } is back.
form-draft-discarded = Draft discarded.
confirm-discard-title = Discard the draft?
confirm-discard-draft = Throw this draft away? What you typed will be gone. Press y to discard it, any other key to go on.
form-draft-not-discarded = Not discarded; carry on where you were.
status-drafts = { $count ->
    [one] 1 draft waiting
   *[other] { $count } drafts waiting
  }
screen-coachee-closed = The file of { $code } is closed; reopen it first with the status (aftercare or registered) to log a contact.
session-deleted = Contact deleted.
session-popup-hint = { $edit } edit · { $delete } delete · Esc close
delete-cancelled = Not deleted.
confirm-title = Delete?
confirm-delete-session = Erase this contact for good? Its text also leaves the log and the backups on this laptop, and your coordinator's copy after the next bundle. Press y to erase, any other key to cancel.
editor-failed = The editor '{ $editor }' could not start or reported an error; your text is unchanged. Set $EDITOR to an editor you know.
invalid-number = '{ $value }' is not a number.
hint-choose = choose
hint-move = to option
hint-tick = tick
hint-toggle = yes/no
key-space = space
key-yes = y
key-yes-capital = Y (capital)
key-anonymise-capital = A (capital)
key-other = any other key
hint-yes = yes
hint-erase = erase
hint-erase-anonymised = erase, anonymous trace
hint-no = no
hint-next-field = next field
action-new-coachee = register a young person
action-change-status = change status
action-goals = goals
action-placements = placement or job
action-new-employer = add employer
form-title-new-coachee = New young person
form-title-edit-coachee = Edit young person
form-title-status = Change status
form-title-goal = Add or edit a goal
form-title-placement = Add or edit a placement or job
form-title-new-employer = New employer
form-title-edit-employer = Edit employer
form-context-status = Now: { $symbol } { $status }. Only the steps possible from here are listed.
form-new-goal = new goal
form-new-placement = new placement or job
form-help-guardian = Required for a young person under 18.
form-help-consent = Under 16 a parent or guardian gives consent, not the young person.
form-help-consent-withdrawn = Fill in only when the young person (or their parent or guardian) withdraws consent. After that the data may not be kept.
form-help-reason = Required when pausing, for a drop-out and for not started.
form-help-type-to-find = Type part of the name to search, or Enter for the whole list; ← → pages through.
form-help-employer-notes = Goes to your coordinator; write nothing about young people here.
action-palette = search commands
action-switch-language = switch language (Nederlands/English)
action-switch-theme = high contrast on/off
preferences-not-saved = Your preference was not kept in { $path }: { $detail }. The screen carries on as usual.
language-switched = Language: English.
theme-high-contrast = High contrast is on.
theme-default = Normal colours.
palette-title = Search a command
palette-empty = No command found; try another word.
welcome-title = Welcome to stagecoach
welcome-intro = There is no database in { $dir } yet. Fill in three things and press Ctrl-S; Esc leaves without creating anything.
welcome-name = Your name
welcome-help-name = This is how your coordinator sees who wrote the contacts.
welcome-start = Start with
welcome-start-demo = demo data (made up, to practise with)
welcome-start-empty = an empty caseload
welcome-help-start = With demo data you can try everything at once; all of it is made up.
welcome-left = Nothing was created. Start stagecoach again when you want to begin (database: { $dir }).
debug-timing = timing: first frame { $first } ms; { $keys } keys: median { $median } ms, p95 { $p95 } ms, max { $max } ms
agenda-title = Agenda: { $count ->
    [one] 1 item
   *[other] { $count } items
} · Enter goes to the young person
agenda-escalated = Escalated to the coordinator ({ $count })
agenda-overdue = Next contact overdue ({ $count })
agenda-upcoming = Contact in the next 14 days ({ $count })
agenda-out-of-touch = No contact for more than 14 days ({ $count })
agenda-none = nothing
agenda-today = today
agenda-days-ago = { $days ->
    [one] yesterday
   *[other] { $days } days ago
}
agenda-in-days = { $days ->
    [one] tomorrow
   *[other] in { $days } days
}
agenda-never = never met
agenda-days-late = { $days ->
    [one] ⚠ 1 day late
   *[other] ⚠ { $days } days late
}
employers-title = Employers ({ $count })
employers-placements = Placed here ({ $count })
agenda-agreements-past-due = Agreements past their date ({ $count })

# Keys, cards and trust
keys-card = This device: { $name } ({ $role }). Fingerprint: { $fingerprint } — read it out to whoever gets your card, so they can check it is yours.
keys-written = Your card is in { $path }. It holds only public keys; give it to { $role ->
    [coordinator] your coaches.
   *[other] your coordinator.
}
trust-done = Trusted: { $name } ({ $role }), fingerprint { $fingerprint }. Check that fingerprint with { $name } in person, for example by phone.
trust-already = { $name } ({ $role }, { $fingerprint }) was already trusted; nothing changed.
trust-replaced = Updated: { $name } is now trusted as { $role }, fingerprint { $fingerprint }.
trust-replace-before = Trusted now: { $name } ({ $role }), fingerprint { $fingerprint }
trust-replace-after = New card:    { $name } ({ $role }), fingerprint { $fingerprint }
trust-replace-confirm = Replace this card? Type yes and Enter to confirm:
trust-replace-cancelled = Not replaced; nothing changed.
trust-replace-needs-yes = Replacing a card needs your confirmation. Without a terminal, give --yes; nothing changed.
confirm-unreadable = Your answer could not be read ({ $reason }); nothing changed.
trust-card-changed = { $name } is already known, with the same keys but a different card: trusted now as { $name } ({ $pinned ->
    [coach] coach
   *[coordinator] coordinator
  }), the new card says { $claimed_name } ({ $claimed ->
    [coach] coach
   *[coordinator] coordinator
  }), fingerprint { $fingerprint }. Nothing changed. If this is right, check it with { $name } in person and replace the card with: stagecoach trust CARD --role { $claimed } --replace
trust-role-not-on-card = The card says { $claimed ->
    [coach] coach
   *[coordinator] coordinator
  }, but you asked for { $asked ->
    [coach] coach
   *[coordinator] coordinator
  }. Nothing changed; ask for a new card if the role is wrong.
sync-role-changed = { $name }'s bundle claims to be from a { $claimed ->
    [coach] coach
   *[coordinator] coordinator
  }, but this device trusts { $name } as a { $pinned ->
    [coach] coach
   *[coordinator] coordinator
  }. Nothing was imported. If the role really changed, trust { $name }'s new card with: stagecoach trust CARD --role { $claimed } --replace
sync-io = { $path } could not be read or written ({ $reason }). Nothing changed.
sync-keys-damaged = The keys file { $path } is damaged. Restore it from a backup of the folder; do not make a new one, or no peer will recognise this device.
sync-not-a-card = This is not a stagecoach card. Ask for the file that `stagecoach keys --out` makes.
sync-card-too-new = This card comes from a newer stagecoach. Update stagecoach and try again.
sync-card-damaged = This card was changed on its way or is damaged, so it is not trusted. Ask the owner for a new card, preferably in person.
sync-own-card = This is this device's own card; there is no need to trust it.
sync-key-changed = { $name } is already known, but with other keys. Someone may be pretending to be { $name }. Check with { $name } in person; nothing changed.
bundle-not-a-bundle = This file is not a stagecoach bundle, or it was damaged on the way. Nothing changed. Ask the sender to make and send the bundle again.
bundle-too-new = This bundle was made with a newer stagecoach (format { $version }). Update stagecoach to at least version { $needs } and import it again; nothing changed.
bundle-damaged = This bundle is damaged or did not arrive whole. Ask the sender to send it again; nothing changed.
bundle-not-for-us = This bundle is meant for someone else and cannot be opened on this device; nothing changed.
bundle-needs-passphrase = This bundle is protected with a passphrase. Import it with `stagecoach import FILE` in a terminal, which asks for it, or set STAGECOACH_PASSPHRASE; nothing changed.
bundle-wrong-passphrase = The bundle does not open with this passphrase: either the passphrase is wrong or the bundle was damaged on its way. Check the passphrase and try again; if it still fails, ask for a new bundle. Nothing changed.
bundle-bad-signature = This bundle's signature does not match: it was changed on its way or does not come from who it says. Nothing changed; ask the sender for a new bundle.
bundle-no-recipients = There is no one to encrypt the bundle to. Trust the recipient's card first (stagecoach trust CARD).

# Bundles: export, import, folder sync, conflicts, assignment
bundle-is-folder = { $path } is a folder, not a bundle. Give the .stagecoach file inside it, or use `stagecoach sync --folder { $path }`.
bundle-empty = This file is empty, so it is not a bundle (perhaps it was still being copied). Wait until it has arrived whole and try again; nothing changed.
bundle-own = This bundle was written on this laptop; it is meant for someone else. Nothing changed.
bundle-untrusted = This bundle comes from { $name }, fingerprint { $fingerprint }, who is not trusted on this laptop yet. Check that fingerprint with { $name } in person; if it matches, import again with --trust. Nothing changed.
export-no-recipients = There is no one to write a bundle for. Trust your coordinator's card first (stagecoach trust CARD), or name a peer with --for.
export-unknown-peer = No trusted peer is called { $name }. Trusted: { $known }.
export-needs-folder = Several bundles need a folder, and { $path } is not one. Give an existing folder with --to.
export-written = Written: { $path } for { $recipient } — { $ops ->
        [one] 1 change
       *[other] { $ops } changes
    }, { $kib } KiB.
export-passphrase-recipient = whoever has the passphrase
export-delta-hint = Each coach receives only their own coachees. Use --full to send a coach everything of theirs again.
passphrase-prompt = Passphrase
passphrase-again = Same passphrase again
-passphrase-advice = Choose four or five separate words that have nothing to do with each other or with you; capitals and symbols are not needed then. Nothing was written.
passphrase-weak-guessable = This passphrase is too quick to guess. { -passphrase-advice }
passphrase-weak-keyboard = This passphrase is too quick to guess: keys next to each other are the first thing anyone tries. { -passphrase-advice }
passphrase-weak-repeats = This passphrase is too quick to guess: repeats (aaa, abcabc) hardly make it stronger. { -passphrase-advice }
passphrase-weak-common = This passphrase is too quick to guess: it is (nearly) in the lists of common passwords. { -passphrase-advice }
passphrase-weak-sequence = This passphrase is too quick to guess: sequences like abc or 6543 are found quickly. { -passphrase-advice }
passphrase-weak-date = This passphrase is too quick to guess: years and dates are found quickly. { -passphrase-advice }
passphrase-weak-one-word = This passphrase is too quick to guess: a single word is found quickly. { -passphrase-advice }
passphrase-weak-name = This passphrase is too quick to guess: names are found quickly. { -passphrase-advice }
passphrase-mismatch = The two passphrases differ. Nothing was written; try again.
passphrase-unreadable = There is no terminal to type a passphrase into. Pass it in the environment variable STAGECOACH_PASSPHRASE.
output-failed = The output could not be written ({ $reason }).
import-from = From { $name } ({ $role }), fingerprint { $fingerprint }.
import-newly-trusted = { $name } is trusted on this laptop from now on.
import-would-trust = { $name } would be trusted from now on by a real import; this dry run trusts nobody and changes nothing.
import-not-trusted-yet = { $name } is not trusted on this laptop yet. This is what the bundle would do. Check the fingerprint above with { $name } in person, then import with --trust.
import-already = This bundle was already imported on { $date }; nothing changed.
import-plan = This import would add { $created } and change { $updated ->
        [one] 1 record
       *[other] { $updated } records
    }, remove { $purged }, and skip { $known ->
        [one] 1 change that is already here.
       *[other] { $known } changes that are already here.
    }
import-done = Imported: { $created ->
        [one] 1 record
       *[other] { $created } records
    } added, { $updated } changed, { $purged } removed; { $known ->
        [one] 1 change was already here.
       *[other] { $known } changes were already here.
    }
import-kind-created = + { $count } { $kind }
import-kind-updated = ~ { $count } { $kind }
import-conflicts = { $count ->
    [one] 1 field was changed on both sides: see `stagecoach conflicts`.
   *[other] { $count } fields were changed on both sides: see `stagecoach conflicts`.
}
import-refused = { $count ->
    [one] 1 change was refused: it touched a coachee who is not this coach's. The rest was imported.
   *[other] { $count } changes were refused: they touched coachees who are not this coach's. The rest was imported.
}
import-moved-away = Moved to another coach and removed from this laptop: { $codes }.
import-moving-away = Moved to another coach: { $codes }. They stay here until your coordinator has your latest notes; export, and they go at the next import.
import-dry-run = Dry run: nothing changed.
import-backup = A backup of the database as it was is in { $path }.
sync-no-folder = { $path } is not a folder. Give the shared folder that Syncthing, Nextcloud or OneDrive keeps in step.
sync-imported = Bundle { $path }:
sync-untrusted = { $path } comes from { $name }, who is not trusted yet: check the fingerprint, then `stagecoach import { $path } --trust`.
sync-failed = { $path } was skipped: { $reason }
sync-nothing = Nothing new to import, and no one to send to.
conflicts-none = No open conflicts.
conflict-line = { $id }  { $code } ({ $kind }) was changed on two laptops at once:
conflict-field = { $field }: here { $mine } — there { $theirs } (in effect now: { $now ->
    [mine] this one
   *[theirs] theirs
  })
conflict-value-needs-one-field = This conflict spans several fields; keep mine or theirs, then edit the record if neither is right.
conflicts-hint = Settle one with `stagecoach resolve ID --keep mine`, `--keep theirs` or `--keep VALUE`.
conflict-unknown = No open conflict has an id starting with { $id }. See `stagecoach conflicts`.
conflict-ambiguous = Several conflicts start with { $id }; give more characters.
conflict-bad-value = That value does not fit the field { $field }. Give it as `stagecoach conflicts --json` shows the values.
conflict-resolved = Conflict { $id } ({ $code }) is settled; the choice goes along with your next bundle.
assign-unknown-coach = No trusted coach is called { $name }. Trusted coaches: { $known }. Trust their card first (stagecoach trust CARD).
assign-done = { $code } is now { $coach }'s coachee; the next bundle for { $coach } carries the whole file.
kind-coachee = coachees
kind-session = sessions
kind-goal = goals
kind-employer = employers
kind-placement = placements

# Sync tab
sync-card-title = This laptop
sync-this-laptop = { $name } ({ $role }) · fingerprint { $fingerprint } — read it out when you hand over your card (stagecoach keys --out FILE).
sync-peers-title = Trusted ({ $count })
sync-no-peers = No one is trusted yet. Exchange cards: `stagecoach keys --out NAME.card`, then `stagecoach trust CARD` on the other laptop.
sync-col-name = Name
sync-col-role = Role
sync-col-fingerprint = Fingerprint
sync-col-in = Last in
sync-col-out = Last out
sync-col-unsent = Unsent
sync-conflicts-title = Open conflicts ({ $count })
sync-conflicts-in-effect = ✓ in effect now
sync-col-record = Who
sync-col-field = Field
sync-col-here = Here
sync-col-there = There
sync-field-recipients = For
sync-choose-recipient = Tick at least one recipient.
sync-field-folder = Folder
sync-help-folder = Where the bundles go: a USB stick, or a folder that Syncthing, Nextcloud or OneDrive shares.
sync-field-full = Everything
sync-help-full = Send everything again instead of only what the other side lacks.
sync-field-file = Bundle
sync-help-file = A .stagecoach file; Tab completes the name.
sync-field-trust = Trust a new sender
sync-help-trust = Only after checking the sender's fingerprint with them in person.
sync-exported = { $count ->
    [one] 1 bundle written to { $folder }.
   *[other] { $count } bundles written to { $folder }.
}
sync-preview-title = Import this bundle?
sync-preview-new-sender = { $name } is not trusted yet: check the fingerprint above with { $name } before you say yes.
sync-preview-question = Import? y = yes, any other key = no
sync-import-already = This bundle from { $name } was already imported; nothing changed.
sync-imported-short = Imported from { $name }: { $created } added, { $updated } changed, { $conflicts ->
    [one] 1 new conflict
   *[other] { $conflicts } new conflicts
}.
import-cancelled = Not imported; nothing changed.
conflict-resolved-short = Conflict of { $code } settled; your choice goes along with the next bundle.
status-conflicts = { $count ->
    [one] 1 conflict
   *[other] { $count } conflicts
}
hint-agreement-add = add agreement
hint-agreement-cancel = do not add
hint-agreement-open = open or new agreement
hint-agreement-remove = remove agreement
picker-count = { $shown } of { $total } · type to search
picker-empty = Nothing found; Backspace takes a letter away.
hint-pick = choose
hint-help-signs = signs and files
hint-help-keys = keys
hint-complete = complete
form-title-export = Write bundles
form-title-import = Import a bundle
form-title-assign = Assign a coach
assign-help = The coach receives the whole file with their next bundle.
assign-no-coaches = No coach is trusted yet: trust a coach's card first (stagecoach trust CARD).
assign-coordinator-only = Only a coordinator assigns young people to coaches; this is a coach's database. Ask your coordinator to make the assignment; it arrives with their next bundle.
action-assign = assign coach
action-export = write bundles
action-import = import bundle
action-keep-mine = keep mine
action-keep-theirs = keep theirs
record-coachee = young person
record-session = contact
record-goal = goal
record-employer = employer
record-placement = placement
agenda-consent-missing = Under 16 without a parent's or guardian's consent ({ $count })
agenda-to-erase = To erase: retention period over ({ $count })
theme-light = Colours for a light background.
