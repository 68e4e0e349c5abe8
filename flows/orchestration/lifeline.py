"""A run's child processes end with it, however it ends (SIGKILL included).

A small watcher process holds the read end of a pipe whose write end only the run's process
holds. The run tells it the children to end (`Lifeline.watch`: Prefect's temporary API server);
when the run's process ends, for any reason, the kernel closes the pipe, and the watcher
terminates those children (SIGTERM, then SIGKILL after a grace period) and exits. A clean exit
closes the lifeline first (`Lifeline.release`): the children are then left to stop themselves.
The extraction workers watch their parent themselves
(`flows.orchestration.workers.exit_with_parent`).

Run as `python -m flows.orchestration.lifeline FD` by `Lifeline.start`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

GRACE_S = 5.0
"""How long a child has to stop after SIGTERM before it gets SIGKILL."""
RELEASE = b"release\n"


class Lifeline:
    """The run's end of the pipe to its watcher process."""

    def __init__(self, watcher: subprocess.Popen, pipe: int):
        self._watcher = watcher
        self._pipe = pipe

    @classmethod
    def start(cls) -> Lifeline:
        """Start the watcher process of this process's children."""
        read, write = os.pipe()  # neither end is inherited by children started later
        watcher = subprocess.Popen(
            [sys.executable, "-m", "flows.orchestration.lifeline", str(read)], pass_fds=(read,)
        )
        os.close(read)
        return cls(watcher, write)

    def watch(self, pid: int) -> None:
        """End process `pid` when this process ends."""
        os.write(self._pipe, f"watch {pid}\n".encode())

    def release(self) -> None:
        """This process ends cleanly: the watcher exits and ends nothing."""
        os.write(self._pipe, RELEASE)
        os.close(self._pipe)
        self._watcher.wait()


@contextmanager
def lifeline() -> Iterator[Lifeline]:
    """A Lifeline for the duration of the block (released when the block ends)."""
    line = Lifeline.start()
    try:
        yield line
    finally:
        line.release()


def _end(pids: list[int]) -> None:
    for pid in pids:
        _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + GRACE_S
    while pids and time.monotonic() < deadline:
        pids = [pid for pid in pids if _signal(pid, 0)]
        time.sleep(0.05)
    for pid in pids:
        _signal(pid, signal.SIGKILL)


def _signal(pid: int, number: int) -> bool:
    """Send a signal; False when the process is gone."""
    try:
        os.kill(pid, number)
    except ProcessLookupError:
        return False
    return True


def _watch(fd: int) -> None:
    """In the watcher: collect pids until the pipe closes, then end them unless released."""
    pids: list[int] = []
    with os.fdopen(fd, "rb") as pipe:
        for line in pipe:
            if line == RELEASE:
                return
            pids.append(int(line.split()[1]))
    _end(pids)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the run; it will tell us
    _watch(int(sys.argv[1]))
