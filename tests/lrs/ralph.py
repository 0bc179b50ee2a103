"""Ralph's LRS on loopback, storing statements in files, for the e2e tests.

Usage: ralph.py PORT DATA_DIR APP_DIR ORIGIN...
(APP_DIR holds auth.json, written by `ralph auth`; each ORIGIN may call the
LRS from a browser, as the app does.)

Why a wrapper and not `ralph runserver -b fs`: Ralph's file-system backend
writes with the operation type CREATE, which makes a new file and refuses
one that exists, so every POST after the first fails with a 500. Here its
own backend is switched to APPEND, so statements go to the end of the file;
everything else (validation, duplicate ids, queries, auth) is Ralph's own.
"""

import json
import os
import sys

# Python puts this file's folder first on the import path, where this file's
# name would hide Ralph's package.
sys.path.pop(0)

port, data_dir, app_dir, *origins = sys.argv[1:]
# Ralph reads its settings from the environment when its modules load.
os.environ.update(
    RALPH_APP_DIR=app_dir,
    RALPH_RUNSERVER_BACKEND="fs",
    RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=data_dir,
    RALPH_RUNSERVER_CORS_ALLOW_ORIGINS=json.dumps(origins),
    # Each user may do what its scopes say, and no more (off by default;
    # Ralph wants the authority restriction on with it; a user with the
    # scope statements/read still reads every statement).
    RALPH_LRS_RESTRICT_BY_SCOPES="true",
    RALPH_LRS_RESTRICT_BY_AUTHORITY="true",
)

import uvicorn  # noqa: E402
from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.lrs.fs import FSLRSBackend  # noqa: E402

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402

# Every request the LRS receives, one JSON line each in DATA_DIR/requests.log
# (method, path, and for a POST the ids and registrations of its
# statements), so that a test sees what the browser sent, not only what
# Ralph kept (Ralph keeps a statement once, however often it is sent).
REQUESTS = os.path.join(data_dir, "requests.log")


def note(method, path, body):
    entry = {"method": method, "path": path}
    if body is not None:
        try:
            sent = json.loads(body)
        except ValueError:
            sent = None
        sent = sent if isinstance(sent, list) else [sent]
        entry["ids"] = [s.get("id") for s in sent if isinstance(s, dict)]
        entry["registrations"] = [
            (s.get("context") or {}).get("registration")
            for s in sent
            if isinstance(s, dict)
        ]
    with open(REQUESTS, "a", encoding="utf-8") as log:
        log.write(json.dumps(entry) + "\n")


async def logged(scope, receive, send):
    if scope["type"] != "http":
        return await app(scope, receive, send)
    method, path = scope["method"], scope["path"]
    if method != "POST":
        note(method, path, None)
        return await app(scope, receive, send)
    chunks = []

    async def body_then_note():
        message = await receive()
        if message["type"] == "http.request":
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                note(method, path, b"".join(chunks))
        return message

    return await app(scope, body_then_note, send)


uvicorn.run(logged, host="127.0.0.1", port=int(port), log_level="info")
