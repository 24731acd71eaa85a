import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run without a screen unless a test asks for a real one (an Xvfb test).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, data and caches go to the test's folder, never the real user's."""
    home = tmp_path / "home"
    for variable, name in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(variable, str(home / name))
    return home


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English whatever the machine's locale, and leaves English
    installed (a test of another language installs its own catalogue)."""
    from hiptimer.core import i18n

    # LANGUAGE wins over the locale (whose character set the tests keep).
    monkeypatch.setenv("LANGUAGE", "en")
    yield
    i18n.install(None)
    from hiptimer.core.weeks import set_first_weekday

    set_first_weekday(0)
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale.system())


@pytest.fixture(autouse=True)
def no_qt_leaks(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves a top-level widget alive or a QTimer running (see
    tests/qt_leaks.py for how each is found). Tests without Qt pay nothing: Qt is looked
    at only when some test module of the run has loaded it."""
    if "PySide6.QtWidgets" not in sys.modules:
        yield
        return
    from tests.qt_leaks import LeakWatch

    watch = LeakWatch.start()
    yield
    # This fixture is set up first, so every other one of the test is torn down by now;
    # pytest still holds their values until the whole teardown ends. What only a finished
    # fixture's value held (a window's Python attributes, say) is no leak: let it go.
    funcargs = getattr(request.node, "funcargs", None)
    if isinstance(funcargs, dict):
        for name in [n for n in funcargs if n != "no_qt_leaks"]:
            del funcargs[name]
    problems = watch.finish()
    if problems:
        pytest.fail("the test leaks Qt objects:\n  " + "\n  ".join(problems), pytrace=False)
