## Meldingen bij een datum die niet klopt (sessiedatum, volgende afspraak).

date-empty = Vul een datum in, bijvoorbeeld vandaag, gisteren, ma of 12-11-2026.
date-unrecognised = Onbekende datum '{ $input }'. Gebruik bijvoorbeeld vandaag, morgen, ma, over 2 weken, +14, volgende week di, eind van de maand, 12-11 of 12-11-2026.
date-no-such-day = { $input } bestaat niet: die maand heeft { $days_in_month } dagen.
date-bad-month = In '{ $input }' staat geen geldige maand. Een maand gaat van 1 tot en met 12 en de dag komt eerst: 12-11-2026 is 12 november.
date-bad-year = In '{ $input }' staat een jaartal dat niet kan. Kies een jaar tussen 1900 en 2100, bijvoorbeeld 12-11-2026 of 12-11-26.
date-ambiguous = '{ $input }' kan { $first } of { $second } zijn. Typ de datum, of bijvoorbeeld 'do' (eerstvolgende) of 'volgende week do'.
date-preview = → { $weekday } { $date }
weekday-mon = ma
weekday-tue = di
weekday-wed = wo
weekday-thu = do
weekday-fri = vr
weekday-sat = za
weekday-sun = zo
