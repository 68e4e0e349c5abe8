"""What the flows' worker processes run first: a watch on their parent, so they end with it."""

from __future__ import annotations

import os
import threading
import time


def exit_with_parent(parent_pid: int, every_s: float = 1.0) -> None:
    """In a worker process: exit as soon as `parent_pid` is no longer its parent (the parent was
    killed), instead of waiting for work that will never come."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(every_s)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
