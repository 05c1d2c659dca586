## Messages for a date that cannot be used (session date, next contact).

date-empty = Enter a date, for example today, yesterday, mon or 12-11-2026.
date-unrecognised = Unknown date '{ $input }'. Use for example today, tomorrow, mon, in 2 weeks, +14, next week tue, end of the month, 12-11 or 12-11-2026.
date-no-such-day = { $input } does not exist: that month has { $days_in_month } days.
date-bad-month = '{ $input }' has no valid month. Months run from 1 to 12 and the day comes first: 12-11-2026 is 12 November.
date-bad-year = '{ $input }' has a year that cannot be right. Use a year between 1900 and 2100, for example 12-11-2026 or 12-11-26.
date-ambiguous = '{ $input }' can mean { $first } or { $second }. Type the date, or for example 'thu' (the coming one) or 'next week thu'.
date-preview = → { $weekday } { $date }
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
