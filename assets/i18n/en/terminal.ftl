# The screen and its surroundings: the user's config.toml, text left by an editor, and doctor in a
# folder that cannot be written to.

## doctor in a folder that cannot be written to
doctor-read-only = The data folder is read-only, so doctor checks a temporary copy (in { $place }) and deletes it afterwards. Nothing in the data folder changes.
doctor-read-only-repair = The database needs an update when it is opened. That can only happen in the copy now; make the data folder writable and it happens by itself next time.
doctor-rebuild-read-only = doctor --rebuild has to write in { $dir }, but may not (the folder or its files are read-only). Nothing changed. Make the folder writable and try again; checking alone works, with stagecoach doctor.
