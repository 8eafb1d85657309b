"""A real regional store for tests: its database (SQLite file or a fresh PostgreSQL database),
served by uvicorn on a free loopback port in a thread."""

from __future__ import annotations

import shutil
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import uvicorn
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from casedesk.region import load_region
from casedesk.regional import demo
from casedesk.regional.app import create_app
from casedesk.regional.database import initialise, open_engine, transaction

START = datetime(2026, 11, 2, 9, 0)


class ServerClock:
    """The store's clock; tests move it forward (token expiry) instead of sleeping."""

    def __init__(self, moment: datetime = START) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_template(url: str) -> None:
    """A store with the demo region, made once per test module and copied per test."""
    engine = open_engine(url)
    try:
        region = load_region()
        initialise(engine, region.naam)
        with transaction(engine) as s:
            demo.install_region(s, region, START)
            demo.install_demo(s, region, START)
    finally:
        engine.dispose()


@dataclass
class Databases:
    """Where a module's stores live: copies of one template, dropped afterwards."""

    backend: str
    template: str
    folder: Path
    admin_url: str | None = None

    def fresh(self) -> str:
        if self.backend == "sqlite":
            target = self.folder / f"store-{uuid.uuid4().hex[:8]}.db"
            shutil.copy(make_url(self.template).database or "", target)
            return f"sqlite+pysqlite:///{target}"
        name = f"cd_{uuid.uuid4().hex[:12]}"
        template_name = make_url(self.template).database
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"')
        return make_url(self.template).set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        if self.backend == "postgresql":
            self._admin(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def _admin(self, statement: str) -> None:
        assert self.admin_url is not None
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(statement))
        finally:
            engine.dispose()


@contextmanager
def module_databases(backend: str, pg_url: str | None, folder: Path) -> Iterator[Databases]:
    if backend == "sqlite":
        template = f"sqlite+pysqlite:///{folder / 'template.db'}"
        build_template(template)
        yield Databases(backend, template, folder)
        return
    assert pg_url is not None
    name = f"cd_tmpl_{uuid.uuid4().hex[:10]}"
    databases = Databases(backend, make_url(pg_url).set(database=name)
                          .render_as_string(hide_password=False), folder, pg_url)
    databases._admin(f'CREATE DATABASE "{name}"')
    try:
        build_template(databases.template)
        yield databases
    finally:
        databases._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class RunningStore:
    url: str  # of the HTTP service
    engine: Engine
    clock: ServerClock
    db_url: str


@contextmanager
def serve(db_url: str, *, clock: ServerClock | None = None, certfile: str | None = None,
          keyfile: str | None = None) -> Iterator[RunningStore]:
    clock = clock or ServerClock()
    engine = open_engine(db_url)
    app = create_app(engine, clock=clock)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            lifespan="off", ws="none", ssl_certfile=certfile,
                            ssl_keyfile=keyfile, access_log=False, timeout_keep_alive=30)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"regional-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the regional store did not start")
        time.sleep(0.02)
    scheme = "https" if certfile else "http"
    try:
        yield RunningStore(f"{scheme}://127.0.0.1:{port}", engine, clock, db_url)
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        engine.dispose()
