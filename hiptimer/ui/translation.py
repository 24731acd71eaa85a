"""The catalogue in the person's language, loaded with Qt before any window exists.

The translations are written as Qt .ts files under resources/translations/ and compiled
to .qm files by `pyside6-lrelease`: at build time for the wheel and the bundle
(`packaging/translations.py release`), and on first use into the user's cache folder
where none was built (a source checkout, an editable install), again whenever a .ts file
changes. The pseudo-locale's catalogue is made from the sources the same way.

`use_language` installs one QTranslator as the core's `translate` hook (the command line
needs no QCoreApplication for it) and, once there is an application, into Qt as well, with
Qt's own catalogue for its standard buttons and dialogs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hiptimer.core import i18n
from hiptimer.core.i18n import ENGLISH, PSEUDO, chosen_language

CATALOGUE = "hiptimer"
_state: dict[str, QTranslator] = {}
# The system's locale as the environment names it (LC_ALL, LC_TIME, LANG).
_system: list[QLocale] = []


def translations_dir() -> Path:
    from hiptimer.profiles.paths import resource_dir

    return resource_dir() / "translations"


def source_file(language: str) -> Path:
    """The .ts file a language is compiled from (the pseudo-locale's is made from the
    German one's sources: every file holds every source text)."""
    return translations_dir() / f"{CATALOGUE}_{'de' if language == PSEUDO else language}.ts"


def lrelease_command() -> list[str]:
    """How to run Qt's lrelease: the one inside PySide6, found without a shell's PATH."""
    import PySide6

    tool = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if tool.exists():
        return [str(tool)]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def compile_catalogue(ts_file: Path, qm_file: Path, *, pseudo: bool = False) -> None:
    """Run lrelease on ts_file (made into the pseudo-locale first with pseudo=True).
    Raises OSError when it cannot."""
    import subprocess

    qm_file.parent.mkdir(parents=True, exist_ok=True)
    source = ts_file
    if pseudo:
        from hiptimer.exchange.ts_files import fill

        source = qm_file.with_suffix(".ts")
        source.write_text(fill(ts_file.read_text(encoding="utf-8"), "pseudo"), encoding="utf-8")
    try:
        subprocess.run(
            # Unfinished translations stay out: the English shows until one is done.
            [*lrelease_command(), "-silent", "-nounfinished", str(source), "-qm", str(qm_file)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except subprocess.SubprocessError as error:
        raise OSError(f"lrelease failed: {error}") from error


def _cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("hiptimer", appauthor=False) / "translations"


def catalogue_file(language: str) -> Path | None:
    """The compiled catalogue for language: the built one, or one compiled into the cache
    from the current .ts file; None when there is neither .ts nor .qm for it."""
    built = translations_dir() / f"{CATALOGUE}_{language}.qm"
    ts_file = source_file(language)
    if not ts_file.exists():
        return built if built.exists() else None
    if built.exists() and built.stat().st_mtime >= ts_file.stat().st_mtime:
        return built
    import hashlib

    digest = hashlib.sha256(ts_file.read_bytes()).hexdigest()[:16]
    cached = _cache_dir() / f"{CATALOGUE}_{language}_{digest}.qm"
    if not cached.exists():
        compile_catalogue(ts_file, cached, pseudo=language == PSEUDO)
    return cached


def _qt_catalogue(language: str) -> QTranslator | None:
    """Qt's own words (standard buttons, file dialogs) in language, as PySide6 ships them."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def _hook(translator: QTranslator) -> i18n.Translator:
    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        # An empty answer: not translated (yet); the English stays.
        return translator.translate(context, text, disambiguation, n) or text

    return translate


def use_language(setting: str, environ: Mapping[str, str] | None = None) -> str | None:
    """Install the language the setting asks for (or the system's, for 'system').

    Returns a one-line note when that language's catalogue cannot be loaded (English is
    used then), else None."""
    language = chosen_language(setting, environ)
    env = os.environ if environ is None else environ
    name = next((env[v] for v in ("LC_ALL", "LC_TIME", "LANG") if env.get(v)), "")
    _system[:] = [QLocale(name.partition(".")[0]) if name else QLocale.system()]
    app = QCoreApplication.instance()
    for old in _state.values():
        if app is not None:
            app.removeTranslator(old)
    _state.clear()
    if language == ENGLISH:
        i18n.install(None)
        attach_to_application()
        return None
    translator = QTranslator()
    try:
        path = catalogue_file(language)
    except OSError as error:
        i18n.install(None)
        attach_to_application()
        return i18n.translate(
            "Translation", "The {language} texts could not be prepared ({error}); using English."
        ).format(language=language, error=error)
    if path is None or not translator.load(str(path)):
        i18n.install(None)
        attach_to_application()
        return i18n.translate(
            "Translation", "No {language} texts were found; using English."
        ).format(language=language)
    _state["app"] = translator
    qt_own = _qt_catalogue(language)
    if qt_own is not None:
        _state["qt"] = qt_own
    i18n.install(_hook(translator), language)
    attach_to_application()
    return None


def attach_to_application() -> None:
    """Set the default locale (dates, numbers) and the first day of the week from the
    language, and give Qt the installed catalogues too once the application exists (the
    command line has none)."""
    from hiptimer.core.weeks import set_first_weekday

    locale = ui_locale()
    QLocale.setDefault(locale)
    # Qt counts Monday = 1 .. Sunday = 7; Python's weekday Monday = 0.
    set_first_weekday(locale.firstDayOfWeek().value - 1)
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _state.values():
        app.installTranslator(translator)


def ui_locale() -> QLocale:
    """The locale for dates, numbers and speech: the language's own, in the country the
    system names when it speaks that language ('de' on a de_AT system: Austria)."""
    language = i18n.current_language()
    system = _system[0] if _system else QLocale.system()
    if language in (ENGLISH, PSEUDO):
        if system.language() in (QLocale.Language.English, QLocale.Language.C):
            return system  # C: ISO weeks and English names, as plain Python has them
        # English words in the system's country ('en_DE': Monday weeks, 24-hour clock).
        return QLocale("en_" + system.name().partition("_")[2])
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    return wanted
