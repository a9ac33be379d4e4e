"""Whether a process lives, waiting for it to go, and signalling it: what stopping a
server by its own process id needs (a zombie counts as gone, a vanished pid is no error)."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path


def alive(pid: int) -> bool:
    try:
        reaped, _ = os.waitpid(pid, os.WNOHANG)  # our own child: reap it once it exits
        if reaped == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # An exited process that its parent has not reaped yet is a zombie: state Z
    # with one thread. (A JVM whose main thread has returned is also Z, but
    # with its other threads still counted, and it is very much alive.)
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        state, threads = fields[0], int(fields[17])
    except (OSError, IndexError, ValueError):
        return True
    return not (state == "Z" and threads <= 1)


def wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while alive(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def send_signal(pid: int, signum: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signum)
