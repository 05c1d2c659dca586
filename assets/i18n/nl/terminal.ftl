# The screen and its surroundings: the user's config.toml, text left by an editor, and doctor in a
# folder that cannot be written to.

## config.toml
config-unreadable = { $path } kon niet gelezen worden ({ $detail }). De standaardinstellingen gelden.
config-is-folder = { $path } is een map, geen bestand. Zet je instellingen in een bestand met die naam; tot dan gelden de standaardinstellingen.
config-not-a-file = { $path } is geen gewoon bestand. Zet je instellingen in een tekstbestand met die naam; tot dan gelden de standaardinstellingen.
config-too-large = { $path } is { $kib } KB; een instellingenbestand is hooguit { $max } KB. Het is niet gelezen en de standaardinstellingen gelden. Staat daar het goede bestand?
config-not-utf8 = { $path } is geen tekst in UTF-8 (regel { $line } bevat iets anders). Sla het op als UTF-8; tot dan gelden de standaardinstellingen.

## Your own keys that take a key from another action
keymap-warning = Je toetsen in { $path } (regel { $line }): { $problem }
keymap-takes-key = '{ $key }' was de toets voor '{ $default }' en doet nu '{ $action }', zoals jij koos. '{ $default }' houdt { $left }. Geef '{ $default }' zelf toetsen in je instellingen, dan verdwijnt deze melding.
keymap-takes-last-key = '{ $key }' was de enige toets voor '{ $default }' en doet nu '{ $action }', zoals jij koos. '{ $default }' heeft nu geen toets meer (wel via het palet, :). Geef '{ $default }' een toets in je instellingen.
keymap-key-twice = '{ $key }' staat bij twee acties, '{ $first }' en '{ $second }'; kies er één.
keymap-ctrl-c = Ctrl-C stopt stagecoach altijd en kan niet ook '{ $action }' doen. Je andere toetsen voor '{ $action }' gelden wel.

## Text from the editor, after stagecoach stopped while the editor was open
editor-text-recovered = stagecoach stopte de vorige keer terwijl je in de editor schreef. Je tekst is bewaard als concept: open hetzelfde formulier weer om verder te gaan.
editor-text-unclaimed = In { $path } staat nog tekst uit je editor die bij geen formulier hoort. Kopieer wat je nodig hebt en gooi het bestand daarna weg.

## doctor in a folder that cannot be written to
doctor-read-only = De datamap is alleen-lezen. doctor controleert daarom een tijdelijke kopie (in { $place }) en wist die daarna. In de datamap verandert niets.
doctor-read-only-repair = De database moet bij het openen eerst bijgewerkt worden. Dat kan nu alleen in de kopie; maak de datamap schrijfbaar, dan gebeurt het de volgende keer vanzelf.
doctor-rebuild-read-only = doctor --rebuild moet in { $dir } schrijven, maar dat mag niet (de map of de bestanden zijn alleen-lezen). Er is niets veranderd. Maak de map schrijfbaar en probeer het opnieuw; alleen controleren kan wel, met stagecoach doctor.
