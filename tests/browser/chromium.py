"""A headless Chromium driven over the DevTools protocol (a websocket), for the browser tests:
open a page, run a script in it, press keys, move the mouse, take a screenshot, and list every
request the page made. Name resolution fails for every host but loopback, so nothing could leave
the machine even if a page tried."""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

# How every browser test starts Chromium: headless, with none of its own background requests
# (this machine's network is closed, and they would fail many at a time).
HEADLESS_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# ... and driven over the DevTools protocol, every host but loopback failing to resolve
FLAGS = [
    *HEADLESS_FLAGS,
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--remote-debugging-port=0",
]
START_TIMEOUT_S = 30.0
CALL_TIMEOUT_S = 30.0


def chromium_path() -> str | None:
    """The Chromium to run, if one is installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Chromium:
    """One headless browser with one page (tab); use as a context manager."""

    def __init__(self, width: int = 1280, height: int = 860) -> None:
        self.width, self.height = width, height
        self.requests: list[str] = []
        self.events: list[dict[str, Any]] = []
        self._ids = itertools.count(1)

    def __enter__(self) -> Chromium:
        binary = chromium_path()
        if binary is None:
            raise RuntimeError("chromium is not installed")
        self._profile = tempfile.TemporaryDirectory(
            prefix="raceresults-chromium-", ignore_cleanup_errors=True
        )
        profile = Path(self._profile.name)
        self._process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: its helpers end with it
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + START_TIMEOUT_S
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError("chromium did not start")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self._socket = connect(f"ws://127.0.0.1:{port}{path}", max_size=None)
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})
        self._session = attached["sessionId"]
        for domain in ("Page", "Network", "Runtime"):
            self.call(f"{domain}.enable", session=True)
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
            session=True,
        )
        return self

    def __exit__(self, *exc: object) -> None:
        socket = getattr(self, "_socket", None)
        if socket is not None:
            socket.close()
        group = self._process.pid  # the group this browser leads (start_new_session)
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, sig)
            try:
                self._process.wait(timeout=10)
                break
            except subprocess.TimeoutExpired:
                continue
        # a helper process may still be writing into the profile for a moment
        deadline = time.monotonic() + 10
        while True:
            try:
                shutil.rmtree(self._profile.name)
                break
            except FileNotFoundError:
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def _event(self, message: dict[str, Any]) -> None:
        self.events.append(message)
        if message.get("method") == "Network.requestWillBeSent":
            self.requests.append(message["params"]["request"]["url"])

    def call(self, method: str, params: dict | None = None, *, session: bool = False) -> dict:
        """Send one DevTools command and wait for its answer (events meanwhile are kept)."""
        number = next(self._ids)
        message: dict[str, Any] = {"id": number, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        self._socket.send(json.dumps(message))
        deadline = time.monotonic() + CALL_TIMEOUT_S
        while True:
            answer = json.loads(self._socket.recv(timeout=max(0.1, deadline - time.monotonic())))
            if answer.get("id") == number:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self._event(answer)

    def wait_for(self, method: str, timeout_s: float = CALL_TIMEOUT_S) -> dict:
        """Wait for an event (one already received counts)."""
        deadline = time.monotonic() + timeout_s
        while True:
            for event in self.events:
                if event.get("method") == method:
                    self.events.remove(event)
                    return event
            self._event(
                json.loads(self._socket.recv(timeout=max(0.1, deadline - time.monotonic())))
            )

    def open(self, url: str) -> None:
        """Load a page and wait until it (and everything it asked for) has loaded."""
        self.events.clear()
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (a promise is awaited)."""
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            session=True,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def press(self, key: str, code: int) -> None:
        """Press and release a key (Tab: 'Tab', 9)."""
        for kind in ("keyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code},
                session=True,
            )

    def hover(self, x: float, y: float) -> None:
        """Move the mouse to a point of the viewport."""
        self.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y}, session=True)

    def screenshot(self, path: Path) -> Path:
        """Save what the viewport shows as a PNG (no taller than the page)."""
        bottom = self.evaluate("Math.ceil(document.body.getBoundingClientRect().bottom) + 16")
        height = min(self.height, bottom)
        clip = {"x": 0, "y": 0, "width": self.width, "height": height, "scale": 1}
        data = self.call("Page.captureScreenshot", {"format": "png", "clip": clip}, session=True)[
            "data"
        ]
        path.write_bytes(base64.b64decode(data))
        return path
