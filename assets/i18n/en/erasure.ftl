# Erasure: a young person or one contact removed for good (stagecoach forget).

forget-what = Say who or what to erase: a code (stagecoach forget K7F3) or a contact (stagecoach forget --session ID).
forget-plan = Erasing: { $name } (code { $code }), with everything that belongs to { $code }:
forget-plan-records = { $sessions } contacts, { $goals } goals, { $placements } placements, { $agreements } agreements, { $escalations } escalations and { $drafts } half-filled forms.
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
forget-session-plan = Erasing: the contact of { $date } ({ $type }) with { $code }, with its text, its agreements and any escalation.
forget-session-done = The contact of { $date } with { $code } is erased, from the log, the files and the backups too.
forget-settled = { $rewritten } backups rewritten, { $wiped } backups that could not be opened wiped. Your next bundle takes the erasure to your coordinator and coaches.
forget-vacuum-later = The database could not be rewritten now (is the disk full?). The data is gone from every view and from the log; the last traces are removed as soon as stagecoach opens again with enough room.
import-erased = The bundle erased someone's data; the files and { $rewritten } backups are now without them too ({ $wiped } backups that could not be opened wiped).
erasure-backups-later = The backups could not be rewritten now (is the disk full, or the folder read-only?). They still hold this person; stagecoach tries again every time it opens.
forget-title = Erase for good?
forget-confirm-screen = This cannot be undone. Press y to erase, any other key to leave everything as it is.
