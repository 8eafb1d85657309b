"""Someone talking HTTP to the regional store directly, with a real account's access token."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from casedesk.wire import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.integration.conftest import PASSWORD


class Raw:
    """Someone talking HTTP to the store directly, with a real account's access token."""

    def __init__(self, url: str, username: str) -> None:
        self.http = httpx.Client(base_url=url, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)})
        answer = self.http.post("/auth/login", json={
            "username": username, "password": PASSWORD, "device_id": str(uuid.uuid4())})
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["access_token"]
        self.auth = {"Authorization": f"Bearer {self.token}"}

    def push(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        answer = self.http.post("/sync/push", json={"ops": list(ops)}, headers=self.auth)
        assert answer.status_code == 200, answer.text
        return list(answer.json()["results"])

    def pull_all(self, **extra: Any) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        cursor, more = "", True
        while more:
            answer = self.http.post("/sync/pull", json={"cursor": cursor, **extra},
                                    headers=self.auth)
            assert answer.status_code == 200, answer.text
            page = answer.json()
            rows += page["rows"]
            cursor, more = page["cursor"], page["more"]
            extra = {}
        return rows

    def close(self) -> None:
        self.http.close()

    def page(self, cursor: str) -> dict[str, Any]:
        answer = self.http.post("/sync/pull", json={"cursor": cursor}, headers=self.auth)
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    def until_current(self, cursor: str = "") -> str:
        more = True
        while more:
            page = self.page(cursor)
            cursor, more = page["cursor"], page["more"]
        return cursor
