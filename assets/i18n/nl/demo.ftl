# Demo data never mixes with real work.

bundle-from-demo = Deze bundel van { $name } komt uit een demodatabase: de jongeren erin zijn verzonnen, en een echte database neemt ze niet op. Er is niets geïmporteerd. Wil je echt samenwerken, begin dan allebei met `stagecoach init` in een lege map.
status-demo = demo: verzonnen jongeren
