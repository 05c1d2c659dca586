# The screen and its surroundings: the user's config.toml, text left by an editor, and doctor in a
# folder that cannot be written to.

## doctor in a folder that cannot be written to
doctor-read-only = De datamap is alleen-lezen. doctor controleert daarom een tijdelijke kopie (in { $place }) en wist die daarna. In de datamap verandert niets.
doctor-read-only-repair = De database moet bij het openen eerst bijgewerkt worden. Dat kan nu alleen in de kopie; maak de datamap schrijfbaar, dan gebeurt het de volgende keer vanzelf.
doctor-rebuild-read-only = doctor --rebuild moet in { $dir } schrijven, maar dat mag niet (de map of de bestanden zijn alleen-lezen). Er is niets veranderd. Maak de map schrijfbaar en probeer het opnieuw; alleen controleren kan wel, met stagecoach doctor.
