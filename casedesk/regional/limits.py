"""A cap on request bodies, so no request can make the store read or parse unbounded data.

A body announced (Content-Length) past the cap is refused before a byte of it is read; a
streamed one is refused as soon as the bytes counted pass the cap. Both answer 413 in the error
shape of every refusal.
"""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from casedesk.wire import ErrorCode, ErrorDetail


class BodyTooLarge(HTTPException):
    """Raised while the body is read; FastAPI passes HTTPExceptions on to the app's handler."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, too_large_message(limit))


def too_large_message(limit: int) -> str:
    return f"the request body is larger than {limit} bytes"


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        announced = dict(scope["headers"]).get(b"content-length", b"")
        if announced.isdigit() and int(announced) > self.max_bytes:
            await self._refuse(send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        await self.app(scope, counted, send)

    async def _refuse(self, send: Send) -> None:
        detail = ErrorDetail(code=ErrorCode.INVALID_REQUEST,
                             message=too_large_message(self.max_bytes))
        body = json.dumps({"detail": detail.model_dump(mode="json")}).encode()
        await send({"type": "http.response.start", "status": 413, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
