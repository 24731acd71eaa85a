"""Progress report files: the runner's sessions, sent back to the trainer as one JSON file.

Read with the same care as a routine file: a regular file only, its size capped before
reading, strict JSON (a key given twice is refused), every value's type checked, a newer
version refused. Any problem raises ReportFileError, one line naming the field, before
anything is imported.

Version 1 holds: `profile` (the runner's profile name) and `history_id` (their history's
random id), `created_at`, `routines` (each routine used, as in a routine file) and
`sessions`, each with a stable `uid`, the index of its routine, times, status, effort,
note and `sets` (one per set and side).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hiptimer.core.errors import UserError
from hiptimer.core.files import FileRefused, read_capped, write_text_atomic
from hiptimer.core.i18n import translate
from hiptimer.core.report import ProgressReport, ReportSession
from hiptimer.core.routine import Mode, Routine, RoutineError, Side
from hiptimer.core.serialize import json_type, routine_from_dict, routine_to_dict
from hiptimer.core.session import SetResult
from hiptimer.core.text import for_terminal

FORMAT = "hiptimer-progress-report"
VERSION = 1
# Ten years of daily sessions fit in about 20 MB.
MAX_FILE_BYTES = 32 * 1024 * 1024
STATUSES = ("finished", "ended_early", "interrupted")
_MAX_TEXT = 10_000


class ReportFileError(UserError, ValueError):
    """A report that cannot be imported: which file and the (first) problem, one line."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{for_terminal(source)}: {for_terminal(message)}")


class _Problem(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)


# --- writing --------------------------------------------------------------------


def _set_document(result: SetResult) -> dict[str, Any]:
    return {
        "step_index": result.step_index,
        "exercise_id": result.exercise_id,
        "exercise_name": result.exercise_name,
        "side": None if result.side is None else result.side.value,
        "set_no": result.set_no,
        "sets": result.sets,
        "mode": result.mode.value,
        "reps_target": result.reps_target,
        "reps_done": result.reps_done,
        "hold_target": result.hold_target,
        "hold_done": result.hold_done,
        "skipped": result.skipped,
        "active_seconds": result.active_seconds,
        "started_at": result.started_at,
        "ended_at": result.ended_at,
    }


def report_document(report: ProgressReport) -> dict[str, Any]:
    routines: dict[Routine, int] = {}
    sessions = []
    for session in report.sessions:
        index = routines.setdefault(session.routine, len(routines))
        sessions.append(
            {
                "uid": session.uid,
                "routine": index,
                "started_at": session.started_at,
                "ended_at": session.ended_at,
                "status": session.status,
                "effort": session.effort,
                "note": session.note,
                "sets": [_set_document(r) for r in session.results],
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "profile": report.profile,
        "history_id": report.history_id,
        "created_at": report.created_at,
        "routines": [routine_to_dict(r) for r in routines],
        "sessions": sessions,
    }


def write_report(report: ProgressReport, path: Path) -> None:
    """Write atomically (a half-written report never replaces a whole one)."""
    text = json.dumps(report_document(report), ensure_ascii=False, separators=(",", ":"))
    write_text_atomic(path, text + "\n")


# --- reading --------------------------------------------------------------------


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Problem(
                    "",
                    translate("Report", "the key {key!r} appears twice in one object").format(
                        key=key
                    ),
                )
            seen.add(key)
    return data


def _no_constant(name: str) -> object:
    raise _Problem("", translate("Report", "{name} is not a JSON number").format(name=name))


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 18:
        raise _Problem(
            "",
            translate("Report", "a number of {count} digits is too long").format(count=len(text)),
        )
    return int(text)


def _load(path: Path, source: str) -> object:
    try:
        raw = read_capped(path, MAX_FILE_BYTES, translate("Report", "a report"))
    except FileRefused as error:
        raise ReportFileError(source, str(error)) from error
    if not raw.strip():
        raise ReportFileError(source, "the file is empty, not a progress report")
    try:
        text = raw.decode("utf-8-sig")
        return json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_constant=_no_constant,
            parse_int=_bounded_int,
        )
    except UnicodeDecodeError as error:
        raise ReportFileError(source, "not a text file (expected UTF-8 JSON)") from error
    except json.JSONDecodeError as error:
        raise ReportFileError(
            source, f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    except _Problem as error:
        raise ReportFileError(source, f"not valid: {error}") from error
    except RecursionError as error:
        raise ReportFileError(source, "the JSON is nested too deeply") from error


def _get(
    data: dict[str, Any], key: str, where: str, check: Callable[[Any], bool], want: str
) -> Any:
    path = f"{where}.{key}" if where else key
    if key not in data:
        raise _Problem(path, translate("Report", "is missing"))
    value = data[key]
    if not check(value):
        raise _Problem(
            path,
            translate("Report", "expected {want}, got {found}").format(
                want=want, found=json_type(value)
            ),
        )
    return value


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= _MAX_TEXT


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(float(value))


def _or_null(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: value is None or check(value)


def _only(data: dict[str, Any], keys: set[str], where: str) -> None:
    extra = sorted(set(data) - keys)
    if extra:
        raise _Problem(
            f"{where}.{extra[0]}" if where else extra[0],
            translate("Report", "is not a known field"),
        )


_SET_KEYS = {
    "step_index", "exercise_id", "exercise_name", "side", "set_no", "sets", "mode",
    "reps_target", "reps_done", "hold_target", "hold_done", "skipped", "active_seconds",
    "started_at", "ended_at",
}  # fmt: skip


def _set(raw: object, where: str) -> SetResult:
    if not isinstance(raw, dict):
        raise _Problem(
            where,
            translate("Report", "expected an object, got {found}").format(found=json_type(raw)),
        )
    _only(raw, _SET_KEYS, where)
    count = _get(raw, "step_index", where, lambda v: _is_int(v) and v >= 0, "a whole number >= 0")
    positive = lambda v: _is_int(v) and v >= 1  # noqa: E731
    amount = _or_null(lambda v: _is_int(v) and v >= 0)
    seconds = _or_null(lambda v: _is_number(v) and v >= 0)
    side = _get(
        raw, "side", where, lambda v: v in (None, "left", "right"), "'left', 'right' or null"
    )
    mode = _get(raw, "mode", where, lambda v: v in ("reps", "hold"), "'reps' or 'hold'")
    return SetResult(
        step_index=count,
        exercise_id=_get(raw, "exercise_id", where, _is_text, "text"),
        exercise_name=_get(raw, "exercise_name", where, _is_text, "text"),
        side=None if side is None else Side(side),
        set_no=_get(raw, "set_no", where, positive, "a whole number >= 1"),
        sets=_get(raw, "sets", where, positive, "a whole number >= 1"),
        mode=Mode(mode),
        reps_target=_get(raw, "reps_target", where, amount, "a whole number or null"),
        reps_done=_get(raw, "reps_done", where, amount, "a whole number or null"),
        hold_target=_get(raw, "hold_target", where, seconds, "seconds or null"),
        hold_done=_get(raw, "hold_done", where, seconds, "seconds or null"),
        skipped=_get(raw, "skipped", where, lambda v: isinstance(v, bool), "true or false"),
        active_seconds=float(_get(raw, "active_seconds", where, seconds, "seconds") or 0.0),
        started_at=float(_get(raw, "started_at", where, _is_number, "a time stamp")),
        ended_at=float(_get(raw, "ended_at", where, _is_number, "a time stamp")),
    )


_SESSION_KEYS = {"uid", "routine", "started_at", "ended_at", "status", "effort", "note", "sets"}


def _session(raw: object, where: str, routines: list[Routine]) -> ReportSession:
    if not isinstance(raw, dict):
        raise _Problem(
            where,
            translate("Report", "expected an object, got {found}").format(found=json_type(raw)),
        )
    _only(raw, _SESSION_KEYS, where)
    index = _get(
        raw,
        "routine",
        where,
        lambda v: _is_int(v) and 0 <= v < len(routines),
        f"the number of a routine (0 to {len(routines) - 1})",
    )
    sets = _get(raw, "sets", where, lambda v: isinstance(v, list), "a list")
    ended = _get(raw, "ended_at", where, _or_null(_is_number), "a time stamp or null")
    effort = _get(raw, "effort", where, _or_null(lambda v: _is_int(v) and 1 <= v <= 10),
                  "a whole number from 1 to 10, or null")  # fmt: skip
    results = tuple(_set(item, f"{where}.sets[{i}]") for i, item in enumerate(sets))
    steps = [r.step_index for r in results]
    if len(set(steps)) != len(steps):
        raise _Problem(f"{where}.sets", translate("Report", "the same step appears twice"))
    return ReportSession(
        uid=_get(raw, "uid", where, lambda v: _is_text(v) and 0 < len(v) <= 200, "an id"),
        routine=routines[index],
        started_at=float(_get(raw, "started_at", where, _is_number, "a time stamp")),
        ended_at=None if ended is None else float(ended),
        status=_get(
            raw,
            "status",
            where,
            lambda v: v in STATUSES,
            "'finished', 'ended_early' or 'interrupted'",
        ),
        effort=effort,
        note=_get(raw, "note", where, _is_text, "text"),
        results=results,
    )


def parse_report(data: object) -> ProgressReport:
    """Check a parsed document; _Problem names the first bad field."""
    if not isinstance(data, dict):
        raise _Problem(
            "",
            translate("Report", "expected a JSON object at the top level, got {found}").format(
                found=json_type(data)
            ),
        )
    if data.get("format") != FORMAT:
        raise _Problem(
            "format",
            translate(
                "Report", "expected {FORMAT!r}: this is not a HipTimer progress report"
            ).format(FORMAT=FORMAT),
        )
    version = _get(data, "version", "", _is_int, "a whole number")
    if version > VERSION:
        raise _Problem(
            "",
            translate(
                "Report",
                "written by a newer HipTimer (report version {version}, this "
                "one reads up to {VERSION}); update HipTimer to import it",
            ).format(version=version, VERSION=VERSION),
        )
    if version < 1:
        raise _Problem(
            "version",
            translate("Report", "expected 1 to {VERSION}, got {version}").format(
                VERSION=VERSION, version=version
            ),
        )
    _only(
        data,
        {"format", "version", "profile", "history_id", "created_at", "routines", "sessions"},
        "",
    )
    profile = _get(
        data, "profile", "", lambda v: _is_text(v) and 0 < len(v) <= 200, "a profile name"
    )
    history = _get(data, "history_id", "", lambda v: _is_text(v) and 0 < len(v) <= 200, "an id")
    created = _get(data, "created_at", "", _is_number, "a time stamp")
    routines = []
    for i, raw in enumerate(_get(data, "routines", "", lambda v: isinstance(v, list), "a list")):
        try:
            routines.append(routine_from_dict(raw))
        except RoutineError as error:
            first = error.problems[0]
            raise _Problem(
                f"routines[{i}].{first.path}" if first.path else f"routines[{i}]", first.message
            ) from error
    sessions = _get(data, "sessions", "", lambda v: isinstance(v, list), "a list")
    return ProgressReport(
        history_id=history,
        profile=profile,
        created_at=float(created),
        sessions=tuple(_session(s, f"sessions[{i}]", routines) for i, s in enumerate(sessions)),
    )


def read_report(path: Path) -> ProgressReport:
    """The report in `path`, whole and checked, or ReportFileError (one line)."""
    source = str(path)
    data = _load(path, source)
    try:
        return parse_report(data)
    except _Problem as error:
        raise ReportFileError(source, str(error)) from error
