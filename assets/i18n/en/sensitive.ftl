## Warnings when saving free text (session summaries, notes).
## They are warnings only: saving is still allowed.

sensitive-possible-bsn = This contains a 9-digit number that may be a BSN (citizen service number). A BSN does not belong in the coaching log: we keep only what is really needed about young people (GDPR). If it is a BSN, please remove it. You can still save; this is only a warning.
sensitive-special-category =
    '{ $word }' may be about { $category ->
        [health] { sensitive-category-health }
        [religion] { sensitive-category-religion }
        [criminal] { sensitive-category-criminal }
        [ethnicity] { sensitive-category-ethnicity }
        [sexuality] { sensitive-category-sexuality }
        [politics] { sensitive-category-politics }
       *[other] sensitive data
    }. Such sensitive data does not belong in the coaching log, especially about minors (GDPR). Write down what it means for the placement or work instead, for example "needs extra support". You can still save; this is only a warning.

## Names of the kinds of sensitive data.

sensitive-category-health = health
sensitive-category-religion = religion or belief
sensitive-category-criminal = criminal records
sensitive-category-ethnicity = ethnic origin
sensitive-category-sexuality = sexual orientation or gender identity
sensitive-category-politics = political opinion or union membership
