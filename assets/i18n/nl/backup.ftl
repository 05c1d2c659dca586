# Backups, the recovery passphrase and `stagecoach recover`.

backup-no-recovery = er is nog geen herstelwachtwoordzin. Je back-ups gaan alleen open op deze laptop: raakt hij kwijt of kapot, dan ben je je gegevens kwijt. Stel er nu een in met `stagecoach recovery-passphrase`.
backup-needs-passphrase = Deze back-up is op een andere laptop gemaakt (of de sleutels van deze laptop ontbreken). Hij gaat open met de herstelwachtwoordzin: draai het commando in een terminal, die erom vraagt, of zet STAGECOACH_PASSPHRASE. Er is niets veranderd.
backup-wrong-passphrase = De back-up is beschadigd of de herstelwachtwoordzin klopt niet. Controleer de wachtwoordzin en probeer het opnieuw, of kies een andere back-up. Er is niets veranderd.
backup-not-for-this-device = Deze back-up kun je alleen openen op de laptop die hem gemaakt heeft (of hij is beschadigd): er was geen herstelwachtwoordzin ingesteld toen hij gemaakt werd. Zet hem terug op die laptop, of kies een andere back-up. Er is niets veranderd.
backup-chain-incomplete = Deze back-up bouwt voort op eerdere back-upbestanden die niet in { $folder } staan ({ $missing ->
    [one] 1 ontbreekt
   *[other] { $missing } ontbreken
}). Zet ze in dezelfde map, of kies een volledige back-up (die maak je met `stagecoach backup`). Er is niets veranderd.

recovery-passphrase-prompt = Herstelwachtwoordzin
recovery-passphrase-again = Nog een keer dezelfde herstelwachtwoordzin
recovery-passphrase-set = Herstelwachtwoordzin ingesteld. Met een back-up en deze wachtwoordzin zet je je gegevens terug op een nieuwe laptop. Schrijf hem op en bewaar hem veilig, niet op deze laptop.
recovery-passphrase-changed = Nieuwe herstelwachtwoordzin ingesteld. Nieuwe back-ups gaan alleen nog open met deze wachtwoordzin; oudere back-ups gaan open met de wachtwoordzin van toen.
recovery-passphrase-backup = Er is meteen een volledige back-up gemaakt die met deze wachtwoordzin opengaat: { $path }.

recover-nothing-to-do = De database in { $dir } gaat open en alles klopt: er is niets te herstellen.
recover-plan = De database in { $dir } gaat niet open of is niet in orde. Dit gaat er gebeuren: de nieuwste back-up die heel is, uit { $folder }, wordt teruggezet in een nieuwe database; de beschadigde database blijft bewaard in een map ernaast (er wordt niets weggegooid).
recover-kept = De beschadigde database staat nu in { $path }.
recover-skipped = { $count ->
    [one] 1 nieuwere back-up was beschadigd of onvolledig en is overgeslagen.
   *[other] { $count } nieuwere back-ups waren beschadigd of onvolledig en zijn overgeslagen.
}
recover-done = Hersteld uit { $file }: alles tot { $date }, { $coachees ->
        [one] 1 jongere
       *[other] { $coachees } jongeren
    }.
recover-bundles = Wat er na { $date } is veranderd, staat niet in die back-up. Bundels die je daarna hebt geïmporteerd, importeer je opnieuw: draai `stagecoach sync --folder MAP` nog een keer, of `stagecoach import BESTAND` per bundel (een bundel die er al in zit, wordt overgeslagen). Wat je zelf daarna hebt ingevoerd en nog niet naar je coördinator hebt gestuurd, moet je opnieuw invoeren.
recover-no-backups = Er staan geen back-ups in { $folder }, dus er valt niets terug te zetten. Heb je een back-up op een andere plek (een USB-stick)? Zet die dan terug in een nieuwe map: `stagecoach --data-dir NIEUWE_MAP restore BESTAND`.
recover-none-intact = Geen van de back-ups in { $folder } is heel ({ $tried } geprobeerd). Er is niets veranderd. Heb je een back-up op een andere plek, zet die dan terug in een nieuwe map: `stagecoach --data-dir NIEUWE_MAP restore BESTAND`.
