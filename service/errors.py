"""Turning the project's errors into HTTP answers: `{"error": {"code", "message"}}`."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from schema.errors import Conflict, InvalidInput, KGError, NotFound, NotUndoable, StoreUnavailable

STATUS: list[tuple[type[KGError], int]] = [
    (NotFound, 404),
    (StoreUnavailable, 503),
    (InvalidInput, 422),
    (Conflict, 409),
    (NotUndoable, 409),
]


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}


def status_of(exc: KGError) -> int:
    return next((status for kind, status in STATUS if isinstance(exc, kind)), 500)


async def _kg_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, KGError)
    return JSONResponse(error_body(exc.code, str(exc)), status_code=status_of(exc))


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    return JSONResponse(error_body("invalid_request", problems), status_code=422)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 403: "forbidden", 413: "too_large"}.get(
        exc.status_code, "http_error"
    )
    return JSONResponse(error_body(code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(KGError, _kg_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
