"""Run a command in a fresh process and measure it: wall time and the peak memory of its tree."""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

SAMPLE_EVERY_S = 0.05
TIMELINE_EVERY_S = 1.0
MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Measured:
    """A finished process: its wall time, exit code, the tree's peak memory and its output tail."""

    wall_s: float
    returncode: int
    peak_rss_mb: float  # the most the whole process tree held at once (sum of RSS, sampled)
    peak_pss_mb: float  # the same as proportional set size (shared pages counted once)
    largest_process_mb: float  # the biggest single process (sampled)
    processes: int  # how many processes the tree had at most
    output_tail: str
    rss_timeline_mb: tuple[tuple[float, float], ...] = ()  # (seconds since start, tree RSS)


class _TreeSampler(threading.Thread):
    """Samples the memory of a process and all its descendants until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.peak_rss = self.peak_pss = self.largest = 0
        self.processes = 0
        self.timeline: list[tuple[float, float]] = []
        self._since = time.perf_counter()
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            self.sample()
            self._done.wait(SAMPLE_EVERY_S)

    def sample(self) -> None:
        try:
            tree = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return
        rss = pss = 0
        for process in tree:
            try:
                info = process.memory_full_info()
            except psutil.Error:
                continue
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
            self.largest = max(self.largest, info.rss)
        self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
        self.processes = max(self.processes, len(tree))
        elapsed = time.perf_counter() - self._since
        if not self.timeline or elapsed - self.timeline[-1][0] >= TIMELINE_EVERY_S:
            self.timeline.append((round(elapsed, 1), round(rss / MB, 1)))

    def stop(self) -> None:
        self._done.set()
        self.join()


def run_measured(command: list[str], *, env: dict[str, str], cwd: Path) -> Measured:
    """Run `command` to its end in a fresh process, sampling its process tree's memory."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env={**os.environ, **env},
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    sampler = _TreeSampler(process.pid)
    sampler.start()
    output, _ = process.communicate()
    wall_s = time.perf_counter() - started
    sampler.stop()
    return Measured(
        wall_s=wall_s,
        returncode=process.returncode,
        peak_rss_mb=sampler.peak_rss / MB,
        peak_pss_mb=sampler.peak_pss / MB,
        largest_process_mb=sampler.largest / MB,
        processes=sampler.processes,
        output_tail=output[-2000:],
        rss_timeline_mb=tuple(sampler.timeline),
    )


def children_maxrss_mb() -> float:
    """The largest resident size any finished child process of this one ever reached."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
