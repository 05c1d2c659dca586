## The command line itself: --help, the usage line and errors in what was typed.
## Ids follow the commands: cli-cmd-PATH, cli-arg-PATH--OPTION, cli-value-NAME (src/cli/help.rs).

cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-global = Global options
cli-usage-options = [OPTIONS]
cli-note-default = [default: { $value }]
cli-note-choices = [choices: { $values }]
cli-note-env = [or through { $name }]

cli-error-unknown-argument = this command takes no '{ $arg }'
cli-error-unknown-command = unknown command '{ $command }'
cli-error-value-missing = '{ $arg }' needs a value, but none was given
cli-error-invalid-value = '{ $value }' does not fit '{ $arg }'
cli-error-unexpected-value = '{ $value }' is one too many: '{ $arg }' takes no more values
cli-error-missing = still to be given: { $args }
cli-error-missing-command = '{ $command }' needs a command after it
cli-error-conflict = '{ $arg }' cannot be used with '{ $other }'
cli-error-repeated = '{ $arg }' can be given only once
cli-error-not-utf8 = a character in it is not valid text (UTF-8)
cli-error-choices = choose from: { $values }
cli-error-did-you-mean = did you mean '{ $suggestion }'?
cli-error-more-help = For more information: { $command } --help

cli-about = Keep your caseload and your contacts with young people, keyboard-first and offline. Without a command the screen opens.
cli-cmd-help = Show this help, or that of the command you put after it.

cli-arg--data-dir = The folder with your data (default: your computer's data folder).
cli-arg--lang = Language of messages: nl (default) or en.
cli-arg--debug-timing = Measure the screen: on quitting, print how long start-up and each key took.
cli-arg--help = Show this help.
cli-arg--version = Show the version number.

cli-cmd-init = Create the database for this laptop, with your name and role.
cli-arg-init--name = Your name as your coordinator knows you.
cli-arg-init--role = coach or coordinator.
cli-arg-init--recovery-passphrase = Also set the recovery passphrase that opens your backups on a new laptop (asked without echo, or taken from STAGECOACH_PASSPHRASE).

cli-cmd-demo = Fill the database with a realistic, fictional programme to try things out.
cli-arg-demo--coachees = Number of young people (default: 15 for a coach, 40 for a coordinator).
cli-arg-demo--sessions = Number of contacts in total (default: about nine per young person).
cli-arg-demo--seed = Seed of the random generator: the same seed gives the same programme.
cli-arg-demo--role = Role of a new database: coach (default) or coordinator.
cli-arg-demo--name = Name of a new database's owner.
cli-arg-demo--restart = Start over after a demo that was killed before it finished (throws that half-filled demo database away; refused for any other database).

cli-cmd-list = List young people, contacts, employers or placements.
cli-arg-list--what = What to list: young people, contacts, employers or placements.
cli-arg-list--coachee = Only this young person's contacts or placements (code or id).
cli-arg-list--coach = Only the young people of this coach, or the contacts this coach logged.
cli-arg-list--status = Only young people with this status (e.g. geplaatst).
cli-arg-list--from = Only contacts on or after this day.
cli-arg-list--to = Only contacts on or before this day.
cli-arg-list--type = Only contacts of this type (e.g. stagebezoek).
cli-arg-list--json = Print one JSON document instead of a table.

cli-cmd-show = Show one young person (by code or id), contact, employer or placement.
cli-arg-show--reference = A young person's code (K7F3), a full id, or the first characters of an id.
cli-arg-show--json = Print one JSON document instead of text.

cli-cmd-add = Register a young person or an employer.
cli-cmd-add-coachee = Register a young person.
cli-arg-add-coachee--first-name = First name.
cli-arg-add-coachee--last-name = Last name.
cli-arg-add-coachee--birth-date = Date of birth, e.g. 14-03-2009 or 2009-03-14.
cli-arg-add-coachee--phone = Phone number.
cli-arg-add-coachee--email = Email address.
cli-arg-add-coachee--guardian-name = Parent or guardian (for minors).
cli-arg-add-coachee--guardian-phone = The parent's or guardian's phone number.
cli-arg-add-coachee--guardian-relation = Who the parent or guardian is, e.g. moeder, vader, voogd.
cli-arg-add-coachee--neighbourhood = The neighbourhood the young person lives in.
cli-arg-add-coachee--school = School or ROC.
cli-arg-add-coachee--level = Level: pro, vso, vmbo-b/k/g/t, mbo-1…4, havo, vwo, geen.
cli-arg-add-coachee--course = The course (opleiding).
cli-arg-add-coachee--path = Learning path: bol or bbl.
cli-arg-add-coachee--referrer = Who referred them: school, wijkteam, jongerenwerk, leerplicht, zelf, anders.
cli-arg-add-coachee--consent-by = Who gave consent: jongere or wettelijk_vertegenwoordiger.
cli-arg-add-coachee--consent-date = Date of consent (default: today).
cli-arg-add-coachee--share-school = Consent covers sharing with the school.
cli-arg-add-coachee--share-employer = Consent covers sharing with the employer.
cli-arg-add-coachee--flag = Attention point (repeatable): taal, vervoer, bereikbaarheid, planning, thuissituatie, geldzaken, extra_begeleiding.
cli-arg-add-coachee--note = Your own working note (for you only: never leaves this laptop).
cli-arg-add-coachee--registered = Date of registration (default: today).
cli-cmd-add-employer = Add an employer (stagebedrijf) with a contact person.
cli-arg-add-employer--name = The company's name.
cli-arg-add-employer--kvk = KvK number: eight digits.
cli-arg-add-employer--sbb = Recognised by SBB as a learning company (erkend leerbedrijf).
cli-arg-add-employer--sector = Sector, e.g. zorg, techniek, horeca.
cli-arg-add-employer--address = Address.
cli-arg-add-employer--neighbourhood = The neighbourhood the company is in.
cli-arg-add-employer--contact-name = Contact person (e.g. the praktijkopleider).
cli-arg-add-employer--contact-role = The contact person's job.
cli-arg-add-employer--contact-phone = The contact person's phone number.
cli-arg-add-employer--contact-email = The contact person's email address.
cli-arg-add-employer--capacity = How many trainees at once.
cli-arg-add-employer--notes = Notes about the employer.

cli-cmd-log = Log a contact with a young person (a stage visit, a coaching talk, a phone call …).
cli-arg-log--coachee = The young person: code or id.
cli-arg-log--type = intake, kennismaking, coachgesprek, stagebezoek, klikgesprek, telefonisch, online, tussenevaluatie, eindevaluatie, nazorg, no_show, overleg, overig.
cli-arg-log--date = vandaag (default), gisteren, ma…zo, 12-11, 12-11-2026 or 2026-11-12.
cli-arg-log--time = Start time, HH:MM.
cli-arg-log--minutes = Length in minutes (default depends on the type).
cli-arg-log--summary = The factual account of the contact.
cli-arg-log--location = Where the contact took place.
cli-arg-log--with = Who else took part (repeatable): werkgever, ouder, school, coordinator.
cli-arg-log--wellbeing = How the young person is doing, 1–5.
cli-arg-log--satisfaction = The employer's satisfaction, 1–5 (stage visits).
cli-arg-log--signal = Signal for follow-up (repeatable): verzuim, motivatie, conflict_werk, thuissituatie, zorgsignaal.
cli-arg-log--escalate = Ask the coordinator to look at this.
cli-arg-log--agreement = An agreement (repeatable): "TEXT", "WHO|TEXT" or "WHO|TEXT|DUE".
cli-arg-log--next = Date of the next contact. Without it, a next contact planned earlier stands.
cli-arg-log--no-next = Call off the planned next contact (without planning another).
cli-arg-log--employer = The employer visited (name or id); default: the current placement's employer.
cli-arg-log--note = Your own working note (for you only: never leaves this laptop).

cli-cmd-status = Move a young person to another status in the pipeline.
cli-arg-status--coachee = The young person: code or id.
cli-arg-status--status = The new status, e.g. intake, matching, geplaatst, afgerond, uitgevallen.
cli-arg-status--reason = Why (required for uitgevallen, gepauzeerd, niet_gestart).
cli-arg-status--date = When (default: today).

cli-cmd-backup = Write a backup of the whole database to one file.
cli-arg-backup--to = File to write (default: a dated file in the data folder's backups folder).

cli-cmd-restore = Create the database from a backup file (into an empty data folder).
cli-arg-restore--file = A file written by `stagecoach backup` (a file of the backups folder finds the files it builds on next to it). The recovery passphrase, when needed, is asked without echo or taken from STAGECOACH_PASSPHRASE.

cli-cmd-recover = Bring back a damaged database from the newest intact backup (the damaged one is kept).

cli-cmd-recovery-passphrase = Set or change the passphrase that opens your backups on a new laptop.

cli-cmd-keys = Show this laptop's card (name, role, fingerprint) and write it to a file for a colleague.
cli-arg-keys--out = Write the card to this file (e.g. sanne.card) to hand to your coordinator.

cli-cmd-trust = Trust a colleague's card, so bundles from and to them can be exchanged.
cli-arg-trust--card = A card file made with `stagecoach keys --out`.
cli-arg-trust--role = The role you expect this person to have: coach or coordinator. The card must say the same; with --replace it is how a known colleague's role is changed.
cli-arg-trust--replace = Replace the card of someone you already trust (a new name or role, the same keys).
cli-arg-trust--yes = Do not ask before replacing a card (for scripts).

cli-cmd-doctor = Check the database, or rebuild its views from the operation log.
cli-arg-doctor--rebuild = Rebuild every view from the operation log.

cli-cmd-assign = Give a young person to a coach (coordinator only).
cli-arg-assign--coachee = The young person: code or id.
cli-arg-assign--coach = The coach's name, as on the card you trusted.

cli-cmd-export = Write an encrypted, signed bundle for your coordinator, your coaches or a successor.
cli-arg-export--for = The colleague to write a bundle for (repeatable; default: your coordinator, or as a coordinator every coach you trust).
cli-arg-export--passphrase = Encrypt to a passphrase instead (a full handover bundle); the passphrase comes from STAGECOACH_PASSPHRASE or is asked for without echo.
cli-arg-export--full = Everything the recipient may have, not only what they lack.
cli-arg-export--to = A folder (one file per recipient) or, for one bundle, a file name.

cli-cmd-import = Take in a bundle: shows what changes and who sent it first.
cli-arg-import--file = A .stagecoach file.
cli-arg-import--dry-run = Show what would change, change nothing.
cli-arg-import--trust = Trust the sender's card if it is not trusted yet (check the fingerprint first).
cli-arg-import--json = Print the plan as JSON.

cli-cmd-sync = Exchange bundles through a shared folder (Syncthing, Nextcloud, OneDrive).
cli-arg-sync--folder = A folder that Syncthing, Nextcloud or OneDrive keeps in step between the laptops.

cli-cmd-conflicts = List the fields two people changed at the same time.
cli-arg-conflicts--json = Print one JSON document instead of a list.

cli-cmd-resolve = Settle a conflict: keep your value, theirs, or a new one.
cli-arg-resolve--conflict = The conflict's id, as `stagecoach conflicts` shows it (the start is enough).
cli-arg-resolve--keep = mine (this laptop's value), theirs (the other value), or a new value as JSON text.

cli-cmd-escalations = List the contacts escalated to the coordinator, open or answered.
cli-arg-escalations--open = Only the escalations still waiting for the coordinator.
cli-arg-escalations--json = Print one JSON document instead of a list.

cli-cmd-ack = Answer an escalation (coordinator only), with an optional reply for the coach.
cli-arg-ack--escalation = The escalation's id, as `stagecoach escalations` shows it (the start is enough).
cli-arg-ack--reply = Your answer to the coach, which travels back with your next bundle.

cli-cmd-agreements = List agreements: of one young person or everyone, kept or open.
cli-arg-agreements--coachee = Only this young person's agreements (code or id).
cli-arg-agreements--open = Only the agreements not yet kept.
cli-arg-agreements--json = Print one JSON document instead of a table.

cli-cmd-agreement = Tick an agreement off, or open it again.
cli-cmd-agreement-done = Tick an agreement off as kept.
cli-arg-agreement-done--agreement = The agreement's id, as `stagecoach agreements` shows it (CONTACT.N).
cli-arg-agreement-done--date = When it was kept: vandaag (default), gisteren, 12-11 …
cli-cmd-agreement-reopen = Open a kept agreement again.
cli-arg-agreement-reopen--agreement = The agreement's id, as `stagecoach agreements` shows it (CONTACT.N).

cli-cmd-report = The programme's figures over a period, for the funder (or exact, for the team).
cli-arg-report--from = First day of the period (default: the first of this month).
cli-arg-report--to = Last day of the period (default: the last of this month).
cli-arg-report--year = A whole calendar year instead, e.g. 2026.
cli-arg-report--quarter = A quarter (1 to 4) of --year, or of this year.
cli-arg-report--exact = Exact counts, for internal use (default: counts from 1 to 4 shown as <5, for a funder).
cli-arg-report--coach = Only the young people of this coach (the name as on their card).
cli-arg-report--mine = Your own contact hours instead, per week and per type, for your school (young people by code only).
cli-arg-report--format = md: Markdown tables; csv: one file per section into the folder --out names; xlsx: an Excel workbook, one sheet per section, into the file --out names.
cli-arg-report--csv-comma = CSV with `,` and a decimal point (default: `;`, a decimal comma and a byte-order mark, as Dutch Excel opens it).
cli-arg-report--out = Write the report to this file (a folder for csv) instead of the screen.

cli-cmd-inzage = Everything this laptop holds about one young person, and who received it, for them to read (AVG art. 15).
cli-arg-inzage--reference = The young person's code (K7F3) or id.
cli-arg-inzage--out = The file to write (readable by you only).
cli-arg-inzage--format = md: to read, in plain words; json: every field as stored.

cli-cmd-forget = Erase a young person (or, with --session, one contact) from this laptop for good: the log, the files and the backups; the erasure travels to your colleagues (AVG art. 17).
cli-arg-forget--reference = The young person's code (K7F3) or id.
cli-arg-forget--session = Delete one contact (by its id, from `list sessions`) instead of a young person.
cli-arg-forget--anonymise = Keep an anonymous trace for the funder report (months, types, minutes, outcomes, age band, neighbourhood), so past periods keep their numbers.
cli-arg-forget--yes = Do not ask first (for scripts).

cli-cmd-policy = Show the programme's policy, or (as coordinator) set how long closed files are kept; coaches receive it with your next bundle.
cli-arg-policy--retention-months = Months a file is kept after it was closed (gesloten), 1–120; the default is 24.

cli-cmd-consent = Record a young person's consent (or a parent's, under 16), or its withdrawal, dated.
cli-arg-consent--reference = The young person's code (K7F3) or id.
cli-arg-consent--given-by = Who gave consent: jongere (the young person, 16 or older) or wettelijk_vertegenwoordiger (a parent or guardian).
cli-arg-consent--date = The day consent was given or withdrawn (default: today).
cli-arg-consent--scope = What it covers, comma-separated: register, school, employer (default: register).
cli-arg-consent--withdraw = Withdraw consent for the scopes given (all of it, without --scope).

cli-cmd-retention = List the closed files kept longer than the programme's retention period, and with --apply erase them as `forget` does.
cli-arg-retention--apply = Erase the files listed (asks first; --yes without a terminal).
cli-arg-retention--anonymise = Keep an anonymous trace of each for the funder report, as `forget --anonymise` does.
cli-arg-retention--yes = Do not ask first (for scripts).

cli-value-command = COMMAND
cli-value-address = ADDRESS
cli-value-agreement = AGREEMENT
cli-value-agreements = AGREEMENT
cli-value-birth-date = DATE
cli-value-capacity = NUMBER
cli-value-card = CARD
cli-value-coach = COACH
cli-value-coachee = ID|CODE
cli-value-coachees = NUMBER
cli-value-code = CODE
cli-value-conflict = CONFLICT
cli-value-consent-by = WHO
cli-value-consent-date = DATE
cli-value-contact-email = EMAIL
cli-value-contact-name = NAME
cli-value-contact-phone = PHONE
cli-value-contact-role = JOB
cli-value-course = COURSE
cli-value-d = DATE
cli-value-date = DATE
cli-value-dir = DIR
cli-value-email = EMAIL
cli-value-employer = EMPLOYER
cli-value-escalation = ESCALATION
cli-value-file = FILE
cli-value-file-dir = FILE|DIR
cli-value-first-name = FIRST_NAME
cli-value-flags = FLAG
cli-value-format = FORMAT
cli-value-from = DATE
cli-value-guardian-name = NAME
cli-value-guardian-phone = PHONE
cli-value-guardian-relation = RELATION
cli-value-id = ID
cli-value-id-code = ID|CODE
cli-value-kvk = NUMBER
cli-value-last-name = LAST_NAME
cli-value-level = LEVEL
cli-value-location = PLACE
cli-value-mine-theirs-value = mine|theirs|VALUE
cli-value-minutes = MINUTES
cli-value-n = N
cli-value-name = NAME
cli-value-neighbourhood = NEIGHBOURHOOD
cli-value-next = DATE
cli-value-nl-en = nl|en
cli-value-note = TEXT
cli-value-notes = TEXT
cli-value-participants = WHO
cli-value-path = PATH
cli-value-phone = PHONE
cli-value-quarter = QUARTER
cli-value-reason = REASON
cli-value-referrer = REFERRER
cli-value-registered = DATE
cli-value-reply = TEXT
cli-value-role = ROLE
cli-value-satisfaction = SCORE
cli-value-school = SCHOOL
cli-value-scopes = SCOPES
cli-value-sector = SECTOR
cli-value-seed = NUMBER
cli-value-session-type = TYPE
cli-value-sessions = NUMBER
cli-value-signals = SIGNAL
cli-value-status = STATUS
cli-value-summary = TEXT
cli-value-time = TIME
cli-value-to = DATE
cli-value-type = TYPE
cli-value-wellbeing = SCORE
cli-value-what = WHAT
cli-value-who = WHO
cli-value-year = YEAR
