"""The regional store's HTTP API (FastAPI; OpenAPI at ``/openapi.json``, browsable at ``/docs``).

Every answer but ``/version`` needs the client's protocol version in a header; every sync call
needs a bearer access token of a device that is not revoked. Refusals are 4xx answers with
``{"detail": ErrorDetail}``.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException

import casedesk
from casedesk.clock import Clock, system_clock
from casedesk.regional import accounts, pull, push
from casedesk.regional.access import Viewer
from casedesk.regional.accounts import ACCESS_TTL, AuthError
from casedesk.regional.database import is_postgres, setting, transaction
from casedesk.regional.limits import BodyLimit
from casedesk.regional.models import Record
from casedesk.regional.scopes import REGION_ENTITIES
from casedesk.wire import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ErrorCode,
    ErrorDetail,
    LoginRequest,
    PullAnswer,
    PullRequest,
    PushAnswer,
    PushRequest,
    ReferenceAnswer,
    RefreshRequest,
    TokenAnswer,
    VersionInfo,
)

_bearer = HTTPBearer(auto_error=False)

# The largest request body read: a push of 500 ops with long texts fits many times over; a
# body past it is refused with 413 before it is parsed, so no request can exhaust memory.
MAX_BODY_BYTES = 32 * 1024 * 1024


class Refusal(Exception):
    def __init__(self, status: int, code: ErrorCode, message: str, *, wipe: bool = False) -> None:
        super().__init__(message)
        self.status, self.code, self.wipe = status, code, wipe


def bearer(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    if credentials is None:
        raise Refusal(401, ErrorCode.TOKEN_INVALID, "an access token is required")
    return credentials.credentials


Token = Annotated[str, Depends(bearer)]


def _error(status: int, code: ErrorCode, message: str, wipe: bool = False) -> JSONResponse:
    detail = ErrorDetail(code=code, message=message, wipe=wipe)
    return JSONResponse(status_code=status, content={"detail": detail.model_dump(mode="json")})


def create_app(
    engine: Engine,
    *,
    clock: Clock = system_clock,
    access_ttl: int = ACCESS_TTL,
    max_body: int = MAX_BODY_BYTES,
) -> FastAPI:
    app = FastAPI(
        title="casedesk regional store",
        version=casedesk.__version__,
        description="The source of truth of a region's casework; laptops sync with it.",
    )
    app.add_middleware(BodyLimit, max_bytes=max_body)
    with transaction(engine) as s:
        secret = bytes.fromhex(setting(s, "token_secret"))
        regio = setting(s, "regio")

    @app.exception_handler(Refusal)
    def _refusal(_request: Request, error: Refusal) -> JSONResponse:
        return _error(error.status, error.code, str(error), error.wipe)

    @app.exception_handler(AuthError)
    def _auth(_request: Request, error: AuthError) -> JSONResponse:
        return _error(error.status, error.code, str(error), error.wipe)

    @app.exception_handler(HTTPException)
    def _http(_request: Request, error: HTTPException) -> JSONResponse:
        # Unknown paths, wrong methods, oversized bodies: the same error shape as every refusal.
        return _error(error.status_code, ErrorCode.INVALID_REQUEST, str(error.detail))

    @app.exception_handler(RequestValidationError)
    def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(400, ErrorCode.INVALID_REQUEST, f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(pull.InvalidCursor)
    def _cursor(_request: Request, error: pull.InvalidCursor) -> JSONResponse:
        return _error(400, ErrorCode.INVALID_REQUEST, str(error))

    @app.exception_handler(DBAPIError)
    def _database(_request: Request, error: DBAPIError) -> JSONResponse:
        # PostgreSQL refuses a snapshot that a concurrent request of the same device changed.
        if is_postgres(engine) and getattr(error.orig, "sqlstate", "") in ("40001", "40P01"):
            return _error(409, ErrorCode.BUSY, "another request of this device is running")
        raise error

    def protocol(
        version: Annotated[str | None, Header(alias=PROTOCOL_HEADER)] = None,
    ) -> None:
        if version != str(PROTOCOL_VERSION):
            raise Refusal(
                426,
                ErrorCode.PROTOCOL_MISMATCH,
                f"this regional store speaks sync protocol {PROTOCOL_VERSION}, "
                f"the client {version or 'none'}",
            )

    checked = [Depends(protocol)]

    def viewer(s: Any, token: str) -> Viewer:
        return accounts.viewer_for(s, secret, token, clock())

    def answer(s: Any, login: accounts.DeviceLogin) -> TokenAnswer:
        return TokenAnswer(
            access_token=accounts.access_token(secret, login, clock(), access_ttl),
            expires_in=access_ttl,
            refresh_token=login.refresh_token,
            account=accounts.account_info(s, login.account),
        )

    @app.get("/version", response_model=VersionInfo)
    def version() -> VersionInfo:
        return VersionInfo(protocol=PROTOCOL_VERSION, server=casedesk.__version__, regio=regio)

    @app.post("/auth/login", response_model=TokenAnswer, dependencies=checked)
    def login(body: LoginRequest) -> TokenAnswer:
        with transaction(engine) as s:
            result = accounts.login(
                s, body.username, body.password, body.device_id, body.device_name, clock()
            )
            return answer(s, result)

    @app.post("/auth/refresh", response_model=TokenAnswer, dependencies=checked)
    def refresh(body: RefreshRequest) -> TokenAnswer:
        with transaction(engine) as s:
            return answer(s, accounts.refresh(s, body.refresh_token, body.device_id, clock()))

    @app.get("/reference", response_model=ReferenceAnswer, dependencies=checked)
    def reference(token: Token) -> Response:
        with transaction(engine) as s:
            viewer(s, token)
            rows = s.execute(
                select(Record.entity, Record.id, Record.rev, Record.data, Record.updated_at,
                       Record.updated_by, Record.deleted_at)
                .where(Record.entity.in_(REGION_ENTITIES), Record.entity != "zitting")
                .order_by(Record.rev)
            )
            page = pull.Page(limit=0)
            for row in rows:
                page.add_row(row)
        body = f'{{"regio":{json.dumps(regio)},"rows":[{",".join(page.rows)}]}}'
        return Response(body.encode("utf-8"), media_type="application/json")

    @app.post("/sync/push", response_model=PushAnswer, dependencies=checked)
    def push_ops(body: PushRequest, token: Token) -> PushAnswer:
        with transaction(engine) as s:
            results = push.push(s, viewer(s, token), body.ops, clock())
        return PushAnswer(results=results)

    @app.post("/sync/pull", responses={200: {"model": PullAnswer}}, dependencies=checked)
    def pull_page(body: PullRequest, token: Token) -> Response:
        with transaction(engine, snapshot=True) as s:
            content = pull.pull(s, viewer(s, token), body, clock())
        return Response(content, media_type="application/json")

    return app
