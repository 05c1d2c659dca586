# Following sessions up: escalations to the coordinator and agreements kept.

col-id = id
col-state = state
col-agreement = agreement
col-owner = who
col-due = due

escalation-open = open
escalation-acknowledged = answered
escalation-acknowledged-by = answered by { $name } on { $date }
escalation-reply-line = Reply on { $code } of { $date }, by { $name }: { $reply }
escalations-count = { $count ->
    [0] No escalations.
    [one] 1 escalation, { $open } of them open.
   *[other] { $count } escalations, { $open } of them open.
}
ack-done = Escalation about { $code } answered. { $replied ->
    [yes] Your reply travels to { $coach } with your next bundle.
   *[no] { $coach } sees that you have read it with your next bundle.
}
ack-coordinator-only = Only the coordinator answers escalations; this is a coach's database. Your coordinator sees the escalation after your next bundle. Nothing changed.
ack-not-escalated = The contact { $id } was not escalated to the coordinator, so there is nothing to answer. See `stagecoach escalations` for what is open; nothing changed.
ack-already = This escalation was answered already, by { $by } on { $on }. Nothing changed.

agreement-open = open
agreement-past-due = past due
agreement-kept-on = done on { $date }
agreements-count = { $count ->
    [0] No agreements.
    [one] 1 agreement, { $open } of them open.
   *[other] { $count } agreements, { $open } of them open.
}
agreement-not-found = No agreement has the id "{ $reference }". An agreement is called CONTACT.N, as `stagecoach agreements` shows it; nothing changed.
agreement-already-done = The agreement { $id } was ticked off already (on { $on }). To open it again: `stagecoach agreement reopen { $id }`. Nothing changed.
agreement-not-done = The agreement { $id } is still open; there is nothing to reopen. Nothing changed.
agreement-marked-done = Ticked off: "{ $text }" (done on { $date }).
agreement-reopened = Open again: "{ $text }".

profile-escalations = To the coordinator
field-reply = Reply

action-acknowledge = answer
action-tick-off = tick off
form-title-acknowledge = Answer an escalation
form-context-acknowledge = { $coach } wrote: { $headline }
form-help-reply = Travels to the coach with your next bundle. Empty is fine too.
agenda-escalation-by = from { $coach }

coachee-moved-away = { $code } was handed over to { $coach }, so you can no longer change this file. What you logged before goes to the coordinator with your next bundle, and on to { $coach }; nothing changed.
agenda-more-agreements = … and more, less long past their date. Every agreement: stagecoach agreements --open
agenda-more-escalations = … and { $count } more, open for less long. All of them: stagecoach escalations --open
agenda-more-contacts = … and { $count } more. The caseload shows them all: sort with o.
