"""Starts stagecoach.exe's screen under wine in a pseudo-terminal, as a coach's first start:
the welcome form, a name, Ctrl-S (the demo caseload, the form's default), then q. Checks that
the database was made with the name and the demo's 15 young people, and that the screen ended
cleanly.

What wine draws in a unix pseudo-terminal is not what Windows Terminal shows (wine's console
emulation mixes up cursor moves), so the drawing is not compared: only that the keys reached
the program and did what they do. Usage: tui_smoke.py WINE EXE DATA_DIR
"""

import json
import os
import pty
import select
import subprocess
import sys
import time

wine, exe, data_dir = sys.argv[1:4]


def drain(fd, seconds):
    """Reads what the screen writes for `seconds`, so the pty never fills up."""
    end = time.monotonic() + seconds
    seen = b""
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm-256color"
    os.execv(wine, [wine, exe, "--data-dir", "Z:" + data_dir])

os.set_blocking(fd, True)
drain(fd, 15)  # wine's start and the first frame
for keys, wait in [(b"Sanne", 2), (b"\t", 1), (b"\x13", 8), (b"q", 5)]:
    os.write(fd, keys)
    drain(fd, wait)

deadline = time.monotonic() + 20
status = None
while time.monotonic() < deadline:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        break
    drain(fd, 0.5)
else:
    os.kill(pid, 9)
    sys.exit("FAILED: the screen did not end after q")
if os.waitstatus_to_exitcode(status) != 0:
    sys.exit(f"FAILED: the screen ended with {os.waitstatus_to_exitcode(status)}")

keys = subprocess.run(
    [wine, exe, "--data-dir", "Z:" + data_dir, "keys"],
    capture_output=True, text=True, check=True,
).stdout
if "Sanne" not in keys:
    sys.exit(f"FAILED: the welcome form made no database for Sanne: {keys!r}")
listed = subprocess.run(
    [wine, exe, "--data-dir", "Z:" + data_dir, "list", "coachees", "--json"],
    capture_output=True, text=True, check=True,
).stdout
if len(json.loads(listed)) != 15:
    sys.exit("FAILED: the welcome form's demo caseload is not there")
print("the screen started, took the welcome form's keys and ended cleanly")
