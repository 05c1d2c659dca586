# Demo data never mixes with real work.

bundle-from-demo = This bundle from { $name } comes from a demo database: the young people in it are made up, and a real database does not take them in. Nothing was imported. To work together for real, both start with `stagecoach init` in an empty folder.
status-demo = demo: made-up young people
