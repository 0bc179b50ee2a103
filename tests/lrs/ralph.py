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

# Ralph 5.1.0's file backend compares a query's `verb` and `activity` (which
# it parses into IRI objects) with the statements' strings, so a GET
# filtered by either finds nothing; here they are compared as strings, as
# xAPI means (the cmi5 journey's AU asks whether a registration has a
# `passed` already).
_by_verb = FSLRSBackend._add_filter_by_verb
_by_activity = FSLRSBackend._add_filter_by_activity


def _text(iri):
    return None if iri is None else str(iri)


FSLRSBackend._add_filter_by_verb = staticmethod(
    lambda filters, verb_id: _by_verb(filters, _text(verb_id))
)
FSLRSBackend._add_filter_by_activity = staticmethod(
    lambda filters, object_id, related: _by_activity(filters, _text(object_id), related)
)

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


# A cmi5 LMS's two parts that a launched AU calls, for the cmi5 journey
# (Ralph has neither): the fetch URL, which gives a launch's token once,
# and the State API's `LMS.LaunchData`; the Agent Profile API's
# `cmi5LearnerPreferences`; and a page to return to. The journey writes each launch as
# DATA_DIR/cmi5/<token>.json ({auth, actor, activityId, registration,
# launchData}), as an LMS would record it before launching; the token is a
# Ralph user's key, so the AU's statements go to Ralph itself.
from fastapi import Request  # noqa: E402
from fastapi.responses import JSONResponse, Response  # noqa: E402

LAUNCHES = os.path.join(data_dir, "cmi5")


def launch_of(token):
    if not token.isalnum():
        return None
    try:
        with open(os.path.join(LAUNCHES, token + ".json"), encoding="utf-8") as f:
            return json.load(f)
    except OSError:
        return None


@app.post("/cmi5/fetch/{token}")
async def cmi5_fetch(token: str):
    launch = launch_of(token)
    if launch is None:
        return JSONResponse({"error-code": "2", "error-text": "No such launch."})
    used = os.path.join(LAUNCHES, token + ".used")
    if os.path.exists(used):
        return JSONResponse(
            {"error-code": "1", "error-text": "The token was given already."}
        )
    open(used, "w").close()
    return JSONResponse({"auth-token": launch["auth"]})


def account(agent):
    a = (agent or {}).get("account") or {}
    return (a.get("homePage"), a.get("name"))


@app.get("/cmi5/returned")
async def cmi5_returned():
    # Where the launches' returnURL leads: a page of the LMS.
    return Response(
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>LMS</title><p>The LMS</p></html>',
        media_type="text/html",
    )


def latest_launch(request, matches):
    """The latest launch recorded for the request's agent and key that
    `matches`: an LMS keeps one document per AU, learner and registration,
    written again at each launch. None if the agent cannot be read, or no
    launch matches."""
    try:
        agent = json.loads(request.query_params.get("agent", ""))
    except ValueError:
        return None
    names = os.listdir(LAUNCHES) if os.path.isdir(LAUNCHES) else []
    names.sort(key=lambda n: os.path.getmtime(os.path.join(LAUNCHES, n)), reverse=True)
    for name in names:
        if not name.endswith(".json"):
            continue
        launch = launch_of(name[: -len(".json")])
        if (
            launch
            and request.headers.get("authorization") == "Basic " + launch["auth"]
            and account(agent) == account(launch["actor"])
            and matches(launch)
        ):
            return launch
    return None


@app.get("/xAPI/activities/state")
async def cmi5_state(request: Request):
    q = request.query_params
    launch = latest_launch(
        request,
        lambda launch: q.get("stateId") == "LMS.LaunchData"
        and q.get("activityId") == launch["activityId"]
        and q.get("registration") == launch["registration"],
    )
    if launch is None:
        return Response(status_code=404)
    return JSONResponse(launch["launchData"])


@app.get("/xAPI/agents/profile")
async def cmi5_preferences(request: Request):
    # The learner's cmi5LearnerPreferences, where the journey gave a launch
    # some ("preferences").
    q = request.query_params
    launch = latest_launch(
        request,
        lambda launch: q.get("profileId") == "cmi5LearnerPreferences"
        and "preferences" in launch,
    )
    if launch is None:
        return Response(status_code=404)
    return JSONResponse(launch["preferences"])


uvicorn.run(logged, host="127.0.0.1", port=int(port), log_level="info")
