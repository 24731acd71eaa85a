"""The house rules of docs/ARCHITECTURE.md that no linter checks."""

from pathlib import Path

import hiptimer

PACKAGE = Path(hiptimer.__file__).parent
MAX_LINES = 600


def test_no_module_is_over_600_lines() -> None:
    # A module past this size holds more than one concern: split it by what it does.
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_every_code_room_has_its_tests_beside_it() -> None:
    # The test tree mirrors the code tree: tests/<room>/ for every package of hiptimer.
    rooms = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    tests = Path(__file__).parent
    assert {room for room in rooms if not (tests / room).is_dir()} == set()
