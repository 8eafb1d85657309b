"""An HTTP proxy in front of the regional store that drops, delays, duplicates and reorders
requests, chosen at random from a seed.

Unlike ``tests/integration/proxy.py`` (one armed cut at the TCP level) it understands HTTP/1.1
requests, so it can hold one back or send it twice. Faults:

- ``drop``: the request never reaches the store; the client's connection is closed unanswered.
- ``lose``: the store does the work, its answer is thrown away (the client hears nothing).
- ``delay``: the request waits a little before it is sent on.
- ``duplicate``: the store gets the request twice in a row; the client gets the second answer.
- ``reorder``: the request is held until a later request (of any client) has overtaken it,
  then sent on and answered.
- ``late``: the request is answered normally, and a copy of it is held back and delivered once
  later requests have passed (a stale retransmission arriving after newer changes).

Each decision comes from ``Random(seed, request body, how often that body was seen)``, so a
seed gives the same faults whatever order the clients' threads run in.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections import Counter
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

FAULTS = ("drop", "lose", "delay", "duplicate", "reorder", "late")
_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}
_REORDER_WAIT = 1.0  # longest a held request waits for another to overtake it (s)


class FaultProxy:
    def __init__(self, upstream: str, seed: int, rate: float = 0.3,
                 faults: Iterable[str] = FAULTS) -> None:
        self.upstream = httpx.Client(base_url=upstream, timeout=60.0)
        self.seed, self.rate, self.faults = seed, rate, tuple(faults)
        self.active = False
        self.counts: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self._seen: Counter[bytes] = Counter()
        self._lock = threading.Lock()
        self._passed = threading.Condition(self._lock)
        self._forwarded = 0
        self._late: list[tuple[int, str, str, dict[str, str], bytes]] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                proxy._handle(self)

            def do_POST(self) -> None:
                proxy._handle(self)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.active = False
        self.flush_late()
        self._server.shutdown()
        self._server.server_close()
        self.upstream.close()

    def flush_late(self) -> None:
        """Deliver every stale copy still held back."""
        with self._lock:
            late, self._late = self._late, []
        for _, method, path, headers, body in late:
            self._send(method, path, headers, body)

    # --- one request ---------------------------------------------------------------------

    def _choose(self, body: bytes, path: str) -> str | None:
        key = hashlib.sha256(path.encode() + b"\0" + body).digest()
        with self._lock:
            self._seen[key] += 1
            seen = self._seen[key]
        if not self.active:
            return None
        rng = random.Random(f"{self.seed}:{key.hex()}:{seen}")
        if rng.random() >= self.rate:
            return None
        return rng.choice(self.faults)

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        method, path = handler.command, handler.path
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP}
        fault = self._choose(body, path)
        if fault is not None:
            with self._lock:
                self.counts[fault] += 1
        if fault == "drop":
            handler.close_connection = True
            return
        if fault == "delay":
            time.sleep(random.Random(body).uniform(0.01, 0.15))
        if fault == "reorder":
            self._wait_to_be_overtaken()
        if fault == "duplicate":
            self._send(method, path, headers, body)
        if fault == "late":
            with self._lock:
                self._late.append((self._forwarded, method, path, headers, body))
        answer = self._send(method, path, headers, body)
        self._deliver_late()
        if fault == "lose":
            handler.close_connection = True
            return
        handler.send_response(answer.status_code)
        for name, value in answer.headers.items():
            if name.lower() not in _HOP:
                handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(answer.content)))
        handler.end_headers()
        handler.wfile.write(answer.content)

    def _send(self, method: str, path: str, headers: dict[str, str],
              body: bytes) -> httpx.Response:
        answer = self.upstream.request(method, path, headers=headers, content=body)
        with self._passed:
            self._forwarded += 1
            self.statuses[answer.status_code] += 1
            self._passed.notify_all()
        return answer

    def _wait_to_be_overtaken(self) -> None:
        with self._passed:
            start = self._forwarded
            self._passed.wait_for(lambda: self._forwarded > start, timeout=_REORDER_WAIT)

    def _deliver_late(self) -> None:
        """Stale copies go out once two more requests have passed them."""
        with self._lock:
            due = [item for item in self._late if self._forwarded >= item[0] + 3]
            self._late = [item for item in self._late if item not in due]
        for _, method, path, headers, body in due:
            self._send(method, path, headers, body)
