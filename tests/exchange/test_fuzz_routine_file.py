"""Fuzzing the routine-file reader with documents built around a valid one.

Whatever the document (a value replaced by any JSON value or a near miss, a field
deleted, an unknown one added, the text itself damaged), reading it ends in one of two
ways: a RoutineFileError that names at least one problem, or a routine. And a routine
read is one that HipTimer can write back: the written text reads again as the same
routine with the same pictures.
"""

from __future__ import annotations

import base64
import copy
import json
import time
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hiptimer.exchange.routine_file import (
    RoutineBundle,
    RoutineFileError,
    load_json,
    parse_routine_bundle,
    routine_file_text,
)
from tests.reliability.hostile import baseline_document
from tests.trainer_support import TINY_JPEG, png_bytes

settings.register_profile(
    "routine-fuzz",
    deadline=None,
    max_examples=120,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ = settings(settings.get_profile("routine-fuzz"))
# A safety bound against hangs, not a benchmark: reading one small document.
HANG_SECONDS = 5.0


def with_pictures() -> dict[str, Any]:
    """The built-in routine with two exercises shown by embedded pictures instead."""
    document = baseline_document()
    pictures = {"bridge.png": png_bytes(4, 3), "steps.jpg": TINY_JPEG}
    for exercise, name in zip(document["exercises"], pictures, strict=False):
        exercise["figure"] = None
        exercise["picture"] = name
    document["pictures"] = {n: base64.b64encode(b).decode("ascii") for n, b in pictures.items()}
    return document


def version_one() -> dict[str, Any]:
    document = baseline_document()
    document["version"] = 1
    for exercise in document["exercises"]:
        del exercise["side_meaning"]
    return document


BASES = (baseline_document(), with_pictures(), version_one())


def test_the_base_documents_are_valid() -> None:
    for base in BASES:
        assert_reads_back(parse_routine_bundle(copy.deepcopy(base)))


def test_a_profiles_own_copy_names_its_pictures_without_embedding_them() -> None:
    # Found by the fuzzing below: pictures named, none embedded, read as a profile's copy.
    document = with_pictures()
    del document["pictures"]
    own = parse_routine_bundle(document, embedded=False)
    assert [e.picture for e in own.routine.exercises[:2]] == ["bridge.png", "steps.jpg"]
    assert_reads_back(own, embedded=False)


# JSON values as json.loads makes them (NaN and infinities included: Python's JSON
# reader accepts them), without lone surrogates, which load_json refuses before parsing.
scalars = (
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=12)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
# Values one step from a valid one: the kinds of slip a hand-edited file has.
near_misses = st.sampled_from(
    [0, -1, 1, 2.5, -0.0, 1e-9, 1e308, 10**40, 3601, 201, 21, "", " ", "x" * 300, "left",
     "right", "reps", "hold", "left_first", "both", "mat", "{side}", "{nope}", "a.png",
     "../x.png", True, None, [], {}, [None], {"": None}]
)  # fmt: skip
keys = st.sampled_from(["id", "name", "dose", "tempo", "picture", "pictures", "figure"]) | st.text(
    max_size=8
)


def paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a document (dict keys and list positions), depth first."""
    found = [here]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*here, index))
    return found


def at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


@st.composite
def documents(draw: st.DrawFn) -> Any:
    document: Any = copy.deepcopy(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(1, 4))):
        # Drawn values are copied: a sampled list or object must not be changed in place.
        path = draw(st.sampled_from(paths(document)))
        what = draw(st.sampled_from(["replace", "near", "delete", "add"]))
        if not path:  # the whole document
            if what in ("replace", "near"):
                document = copy.deepcopy(draw(json_values if what == "replace" else near_misses))
            continue
        parent, last = at(document, path[:-1]), path[-1]
        if what == "replace":
            parent[last] = copy.deepcopy(draw(json_values))
        elif what == "near":
            parent[last] = copy.deepcopy(draw(near_misses))
        elif what == "delete":
            del parent[last]
        else:
            target = parent[last]
            if isinstance(target, dict):
                target[draw(keys)] = copy.deepcopy(draw(json_values | near_misses))
            elif isinstance(target, list):
                place = draw(st.integers(0, len(target)))
                target.insert(place, copy.deepcopy(draw(json_values | near_misses)))
    return document


def assert_reads_back(bundle: RoutineBundle, *, embedded: bool = True) -> None:
    """What was read writes out as a file that reads as the same routine and pictures.
    embedded=False: a profile's own copy, whose pictures are files beside it, by name."""
    text = routine_file_text(bundle.routine, dict(bundle.pictures) if embedded else None)
    document = load_json(text.encode("utf-8"), "written")
    again = parse_routine_bundle(document, "written", embedded=embedded)
    assert again.routine == bundle.routine
    assert dict(again.pictures) == dict(bundle.pictures)


def read(read_it: Any, *args: Any, **kwargs: Any) -> RoutineBundle | None:
    """The routine read, or None for a RoutineFileError; any other exception fails."""
    started = time.perf_counter()
    try:
        result: RoutineBundle | None = read_it(*args, **kwargs)
    except RoutineFileError as error:
        assert error.problems and str(error), "a refusal names at least one problem"
        result = None
    event("refused" if result is None else "read")
    elapsed = time.perf_counter() - started
    assert elapsed < HANG_SECONDS, f"reading took {elapsed:.1f} s"
    return result


@FUZZ
@given(documents())
def test_a_changed_document_is_refused_or_read_back_whole(document: Any) -> None:
    bundle = read(parse_routine_bundle, copy.deepcopy(document))
    if bundle is not None:
        assert_reads_back(bundle)
    # A profile's own copy (pictures named only): the same two outcomes.
    own = read(parse_routine_bundle, copy.deepcopy(document), embedded=False)
    if own is not None:
        assert_reads_back(own, embedded=False)


@FUZZ
@given(documents(), st.booleans())
def test_a_changed_file_is_refused_or_read_back_whole(document: Any, ascii_only: bool) -> None:
    raw = json.dumps(document, ensure_ascii=ascii_only).encode("utf-8")
    bundle = read(lambda: parse_routine_bundle(load_json(raw, "fuzzed"), "fuzzed"))
    if bundle is not None:
        assert_reads_back(bundle)


# One change to the text of a valid file: (where, as a fraction of the length; what; a byte).
_EDITS = st.tuples(
    st.floats(0, 1), st.sampled_from(["set", "insert", "delete", "cut"]), st.integers(0, 255)
)


@FUZZ
@given(st.sampled_from(BASES), st.lists(_EDITS, min_size=1, max_size=5))
def test_damaged_file_bytes_are_refused_or_read_back_whole(
    base: dict[str, Any], edits: list[tuple[float, str, int]]
) -> None:
    data = bytearray(json.dumps(base, indent=1).encode("utf-8"))
    for where, what, byte in edits:
        spot = min(int(where * len(data)), max(len(data) - 1, 0))
        if not data and what != "insert":
            continue
        if what == "set":
            data[spot] = byte
        elif what == "insert":
            data[spot:spot] = bytes([byte])
        elif what == "delete":
            del data[spot]
        else:
            del data[spot + 1 :]
    raw = bytes(data)
    bundle = read(lambda: parse_routine_bundle(load_json(raw, "damaged"), "damaged"))
    if bundle is not None:
        assert_reads_back(bundle)


@FUZZ
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "replace")))
def test_arbitrary_bytes_are_refused_or_read(raw: bytes) -> None:
    bundle = read(lambda: parse_routine_bundle(load_json(raw, "noise"), "noise"))
    assert bundle is None, "noise is never a routine"
