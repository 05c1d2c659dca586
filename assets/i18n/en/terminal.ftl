# The screen and its surroundings: the user's config.toml, text left by an editor, and doctor in a
# folder that cannot be written to.

## config.toml
config-unreadable = { $path } could not be read ({ $detail }). The default settings apply.
config-is-folder = { $path } is a folder, not a file. Put your settings in a file of that name; until then the default settings apply.
config-not-a-file = { $path } is not a regular file. Put your settings in a text file of that name; until then the default settings apply.
config-too-large = { $path } is { $kib } KB; a settings file is at most { $max } KB. It was not read and the default settings apply. Is that the right file?
config-not-utf8 = { $path } is not UTF-8 text (line { $line } holds something else). Save it as UTF-8; until then the default settings apply.

## Your own keys that take a key from another action
keymap-warning = Your keys in { $path } (line { $line }): { $problem }
keymap-takes-key = '{ $key }' was the key for '{ $default }' and now does '{ $action }', as you chose. '{ $default }' keeps { $left }. Give '{ $default }' keys of its own in your settings and this message goes away.
keymap-takes-last-key = '{ $key }' was the only key for '{ $default }' and now does '{ $action }', as you chose. '{ $default }' has no key left (the palette, :, still has it). Give '{ $default }' a key in your settings.
keymap-key-twice = '{ $key }' is bound to two actions, '{ $first }' and '{ $second }'; choose one.
keymap-ctrl-c = Ctrl-C always stops stagecoach and cannot also do '{ $action }'. Your other keys for '{ $action }' do apply.

## Text from the editor, after stagecoach stopped while the editor was open
editor-text-recovered = stagecoach stopped last time while you were writing in the editor. Your text was kept as a draft: open the same form again to carry on.
editor-text-unclaimed = { $path } still holds text from your editor that belongs to no form. Copy what you need, then delete the file.

## doctor in a folder that cannot be written to
doctor-read-only = The data folder is read-only, so doctor checks a temporary copy (in { $place }) and deletes it afterwards. Nothing in the data folder changes.
doctor-read-only-repair = The database needs an update when it is opened. That can only happen in the copy now; make the data folder writable and it happens by itself next time.
doctor-rebuild-read-only = doctor --rebuild has to write in { $dir }, but may not (the folder or its files are read-only). Nothing changed. Make the folder writable and try again; checking alone works, with stagecoach doctor.
