"""A TCP proxy in front of the regional store that can drop one connection on purpose.

``cut(marker, when)`` arms it: the next request containing ``marker`` is either cut off after
half of it reached the store (``"request"``: the store never sees it whole) or forwarded whole
and its answer thrown away (``"response"``: the store did the work, the client never hears).
"""

from __future__ import annotations

import socket
import threading
from contextlib import suppress
from typing import Literal

Cut = Literal["request", "response"]


class DroppingProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._armed: tuple[bytes, Cut] | None = None
        self._lock = threading.Lock()
        self.cuts = 0
        self._closing = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cut(self, marker: bytes, when: Cut) -> None:
        with self._lock:
            self._armed = (marker, when)

    def close(self) -> None:
        self._closing = True
        self._listener.close()

    def _take(self, data: bytes) -> Cut | None:
        with self._lock:
            if self._armed and self._armed[0] in data:
                when = self._armed[1]
                self._armed = None
                self.cuts += 1
                return when
        return None

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            doomed = threading.Event()
            threading.Thread(target=self._upward, args=(client, upstream, doomed),
                             daemon=True).start()
            threading.Thread(target=self._downward, args=(upstream, client, doomed),
                             daemon=True).start()

    def _upward(self, client: socket.socket, upstream: socket.socket,
                doomed: threading.Event) -> None:
        try:
            while data := client.recv(65536):
                when = self._take(data)
                if when == "request":
                    upstream.sendall(data[: len(data) // 2])
                    _close(client, upstream)
                    return
                if when == "response":
                    doomed.set()
                upstream.sendall(data)
        except OSError:
            pass
        _close(client, upstream)

    def _downward(self, upstream: socket.socket, client: socket.socket,
                  doomed: threading.Event) -> None:
        try:
            while data := upstream.recv(65536):
                if doomed.is_set():
                    _close(client, upstream)
                    return
                client.sendall(data)
        except OSError:
            pass
        _close(client, upstream)


def _close(*sockets: socket.socket) -> None:
    for s in sockets:
        with suppress(OSError):
            s.shutdown(socket.SHUT_RDWR)
        s.close()
