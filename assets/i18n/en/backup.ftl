# Backups, the recovery passphrase and `stagecoach recover`.

backup-no-recovery = no recovery passphrase is set yet. Your backups open only on this laptop: if it is lost or breaks, so is your data. Set one now with `stagecoach recovery-passphrase`.
backup-needs-passphrase = This backup was made on another laptop (or this laptop's keys are missing). It opens with the recovery passphrase: run the command in a terminal, which asks for it, or set STAGECOACH_PASSPHRASE. Nothing was changed.
backup-wrong-passphrase = The backup is damaged or the recovery passphrase is wrong. Check the passphrase and try again, or choose another backup. Nothing was changed.
backup-not-for-this-device = This backup opens only on the laptop that made it (or it is damaged): no recovery passphrase was set when it was made. Restore it on that laptop, or choose another backup. Nothing was changed.
backup-chain-incomplete = This backup builds on earlier backup files that are not in { $folder } ({ $missing ->
    [one] 1 is
   *[other] { $missing } are
} missing). Put them in the same folder, or choose a full backup (made with `stagecoach backup`). Nothing was changed.

recovery-passphrase-prompt = Recovery passphrase
recovery-passphrase-again = Same recovery passphrase again
recovery-passphrase-set = Recovery passphrase set. With a backup and this passphrase you can bring your data back on a new laptop. Write it down and keep it safe, not on this laptop.
recovery-passphrase-changed = New recovery passphrase set. New backups open only with this passphrase; older backups open with the passphrase of their time.
recovery-passphrase-backup = A full backup that opens with this passphrase was made right away: { $path }.

recover-nothing-to-do = The database in { $dir } opens and all is well: there is nothing to recover.
recover-plan = The database in { $dir } does not open or is not in order. This is what happens now: the newest intact backup from { $folder } is restored into a new database; the damaged database is kept in a folder next to it (nothing is thrown away).
recover-kept = The damaged database is now in { $path }.
recover-skipped = { $count ->
    [one] 1 newer backup was damaged or incomplete and was skipped.
   *[other] { $count } newer backups were damaged or incomplete and were skipped.
}
recover-done = Recovered from { $file }: everything up to { $date }, { $coachees ->
        [one] 1 young person
       *[other] { $coachees } young people
    }.
recover-bundles = What changed after { $date } is not in that backup. Import the bundles you imported since then again: run `stagecoach sync --folder FOLDER` once more, or `stagecoach import FILE` for each bundle (a bundle already in is skipped). What you entered yourself since then and did not send to your coordinator yet must be entered again.
recover-no-backups = There are no backups in { $folder }, so there is nothing to restore. Do you have a backup elsewhere (a USB stick)? Restore it into a new folder: `stagecoach --data-dir NEW_FOLDER restore FILE`.
recover-none-intact = None of the backups in { $folder } is intact ({ $tried } tried). Nothing was changed. If you have a backup elsewhere, restore it into a new folder: `stagecoach --data-dir NEW_FOLDER restore FILE`.
