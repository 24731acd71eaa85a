"""HipTimer's translations: extract the texts from the code, and compile the catalogues.

    .venv/bin/python packaging/translations.py update           after changing texts
    .venv/bin/python packaging/translations.py release DIR      compile .qm files into DIR

`update` runs Qt's pyside6-lupdate over hiptimer/ and writes one .ts file per language in
resources/translations/ (hiptimer_de.ts, hiptimer_es.ts, hiptimer_fr.ts, and the English
plural forms in hiptimer_en.ts), keeping what translators wrote. A new language: add its
code to LANGUAGES in hiptimer/core/i18n.py and run `update`; translate its .ts file with
Qt Linguist (pyside6-linguist); see the README's "Translating HipTimer".

`release` runs pyside6-lrelease for every .ts file, plus the pseudo-locale (accented,
a third longer) made from the sources; the wheel's build hook and packaging/build.py call
it, and HipTimer compiles the same files on first use where none were built. The .qm
files are build output: never committed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from hiptimer.core.i18n import LANGUAGES, PSEUDO  # noqa: E402
from hiptimer.exchange.ts_files import fill, mark_plurals  # noqa: E402

SOURCES = REPO / "hiptimer"
TRANSLATIONS = REPO / "resources" / "translations"


def lupdate_command() -> list[str]:
    import PySide6

    tool = Path(PySide6.__file__).parent / "lupdate"
    if tool.exists():
        return [str(tool)]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lupdate; lupdate()"]


def lupdate(ts_file: Path, language: str) -> None:
    """The exact command: lupdate -extensions py hiptimer -ts FILE -source-language en
    -target-language LANG -no-obsolete -disable-heuristic similartext
    (run from the repository's top folder)."""
    done = subprocess.run(
        [
            *lupdate_command(),
            "-silent",
            "-extensions",
            "py",
            str(SOURCES.relative_to(REPO)),
            "-ts",
            str(ts_file),
            "-source-language",
            "en",
            "-target-language",
            language,
            "-no-obsolete",
            # No guesses from similar texts: a guess with another text's placeholders
            # would read as a translation.
            "-disable-heuristic",
            "similartext",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed for {ts_file.name}:\n{done.stdout}{done.stderr}")


def update(folder: Path = TRANSLATIONS) -> list[Path]:
    """Write or refresh every language's .ts file; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        ts_file = folder / f"hiptimer_{language}.ts"
        previous = ts_file.read_text(encoding="utf-8") if ts_file.exists() else None
        lupdate(ts_file, language)
        text = mark_plurals(ts_file.read_text(encoding="utf-8"), previous)
        if language == "en":
            text = fill(text, "en")
        ts_file.write_text(text, encoding="utf-8")
        written.append(ts_file)
    return written


def release(out: Path, folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every .ts file in folder, and the pseudo-locale, into out; returns them."""
    from hiptimer.ui.translation import compile_catalogue

    made = []
    for ts_file in sorted(folder.glob("hiptimer_*.ts")):
        qm_file = out / ts_file.with_suffix(".qm").name
        compile_catalogue(ts_file, qm_file)
        made.append(qm_file)
    pseudo = out / f"hiptimer_{PSEUDO}.qm"
    with tempfile.TemporaryDirectory() as scratch:
        compile_catalogue(folder / "hiptimer_de.ts", Path(scratch) / pseudo.name, pseudo=True)
        pseudo.write_bytes((Path(scratch) / pseudo.name).read_bytes())
    made.append(pseudo)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the texts into resources/translations/*.ts")
    compiling = commands.add_parser("release", help="compile the .qm catalogues")
    compiling.add_argument("out", type=Path, help="folder for the .qm files")
    args = parser.parse_args()
    if args.command == "update":
        for path in update():
            print(path.relative_to(REPO))
    else:
        for path in release(args.out):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
