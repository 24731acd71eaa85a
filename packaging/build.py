"""Build the HipTimer desktop app: a one-folder bundle in dist/hiptimer/.

    .venv/bin/python packaging/build.py            Linux and macOS
    .venv\\Scripts\\python packaging\\build.py       Windows

Run it with the Python of the virtual environment HipTimer is installed in (`bash .ci/venv`
makes one on Linux): the bundle takes Python, Qt and every library from there. PyInstaller
is installed into that environment when it is missing. Each system's bundle is built on
that system. Options: --check runs the built app's smoke checks, --archive packs the folder
into one file to hand out, --clean starts PyInstaller from scratch.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from appmeta import (
    APP_ID,
    DESKTOP_FILE,
    EXE_NAME,
    ICON_SIZES,
    ICON_SVG,
    LINUX,
    METAINFO_FILE,
    PACKAGING,
    REPO,
    icon_png,
    version,
)

PYINSTALLER = "pyinstaller>=6.10,<7"
SPEC = PACKAGING / "hiptimer.spec"


class BuildError(Exception):
    pass


def check_environment() -> None:
    """The bundle copies this Python's packages, so they must be the app's."""
    missing = [
        name
        for name in ("PySide6", "pyqtgraph", "platformdirs")
        if not importlib.util.find_spec(name)
    ]
    if missing:
        raise BuildError(
            f"this Python ({sys.executable}) lacks {', '.join(missing)}. Run the build with "
            "the Python of HipTimer's virtual environment: `bash .ci/venv`, then "
            "`.venv/bin/python packaging/build.py` (on Windows: `py -3.11 -m venv .venv`, "
            "`.venv\\Scripts\\python -m pip install .`, then "
            "`.venv\\Scripts\\python packaging\\build.py`)"
        )


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller"):
        return
    print(f"Installing {PYINSTALLER} into {sys.prefix}", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", PYINSTALLER], check=True)


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=REPO)


def add_linux_desktop_files(bundle: Path) -> None:
    """Lay the menu entry, metadata and icons in share/ as installed, plus install.sh."""
    share = bundle / "share"
    applications = share / "applications"
    metainfo = share / "metainfo"
    for folder in (applications, metainfo):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DESKTOP_FILE, applications / DESKTOP_FILE.name)
    shutil.copyfile(METAINFO_FILE, metainfo / METAINFO_FILE.name)
    theme = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        target = icon_png(size, theme)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icon_png(size), target)
    scalable = theme / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICON_SVG, scalable / f"{APP_ID}.svg")
    script = bundle / "install.sh"
    shutil.copyfile(LINUX / "install.sh", script)
    script.chmod(0o755)


def unresolved_qt_libraries(bundle: Path) -> list[str]:
    """Qt libraries some bundled file links but the bundle lacks (Linux, via ldd).

    The spec drops plugins and the libraries only they use; this proves nothing left
    behind still needs one of those.
    """
    if not shutil.which("ldd"):
        return []
    problems = []
    for path in sorted(bundle.rglob("*.so*")):
        if not path.is_file() or path.is_symlink():
            continue
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        for line in done.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            if name.startswith("libQt6") and where.startswith("not found"):
                problems.append(f"{path.relative_to(bundle)} needs {name}")
    return problems


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def elf_section_names(path: Path) -> list[str]:
    """The section names of a 64-bit little-endian ELF file ([] for anything else)."""
    import struct

    with open(path, "rb") as handle:
        head = handle.read(64)
        if len(head) < 64 or head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
            return []
        (shoff,) = struct.unpack_from("<Q", head, 0x28)
        entsize, count, names_index = struct.unpack_from("<HHH", head, 0x3A)
        if not shoff or not count or names_index >= count:
            return []
        handle.seek(shoff)
        table = handle.read(entsize * count)
        if len(table) < entsize * count:
            return []
        offset, size = struct.unpack_from("<QQ", table, names_index * entsize + 0x18)
        handle.seek(offset)
        names = handle.read(size)
    found = []
    for index in range(count):
        (start,) = struct.unpack_from("<I", table, index * entsize)
        found.append(names[start : names.index(b"\0", start)].decode("ascii", "replace"))
    return found


def strip_debug_info(bundle: Path) -> int:
    """Drop the debugging sections some libraries carry (the system Python's libpython
    and extension modules: about 24 MB); bytes saved. Nothing else in them changes, and
    numpy's libraries are left alone (see STRIP in hiptimer.spec)."""
    strip = shutil.which("strip")
    if strip is None:
        return 0
    saved = 0
    for path in sorted(bundle.rglob("*.so*")):
        if not path.is_file() or path.is_symlink() or "numpy.libs" in path.parts:
            continue
        if ".debug_info" not in elf_section_names(path):
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def trim_icu(bundle: Path) -> str:
    """Qt's ICU data library cut down to what Qt uses (icu_trim.py); what was done."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return "ICU data left whole: trimming is done on x86-64 only"
    libraries = [p for p in bundle.rglob("libicudata.so.*") if p.is_file() and not p.is_symlink()]
    if len(libraries) != 1:
        return f"ICU data left whole: {len(libraries)} libicudata files found"
    import icu_trim

    try:
        return icu_trim.trim_library(libraries[0])
    except (icu_trim.PackageError, subprocess.CalledProcessError, OSError) as error:
        return f"ICU data left whole: {error}"


# The size breakdown printed after a build: (label, test on the path inside the bundle).
SIZE_GROUPS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("ICU data (Qt's Unicode and locale tables)", lambda p: "libicudata" in p),
    ("Qt libraries", lambda p: "/Qt/lib/" in p or "/Qt6" in p),
    ("Qt plugins", lambda p: "/plugins/" in p),
    ("PySide6 bindings", lambda p: p.startswith("_internal/PySide6/")),
    ("numpy and its BLAS", lambda p: p.startswith("_internal/numpy")),
    ("pyqtgraph", lambda p: p.startswith("_internal/pyqtgraph")),
    ("Python (library, extension modules, standard library)", lambda p: "python3" in p),
    (
        "HipTimer (program with the Python code, resources)",
        lambda p: "/" not in p or "hiptimer/" in p,
    ),
    ("system libraries", lambda p: p.startswith("_internal/lib")),
)


def size_breakdown(bundle: Path) -> list[tuple[str, int]]:
    """Bytes per group of SIZE_GROUPS (the first that matches), then the rest."""
    totals = dict.fromkeys([label for label, _ in SIZE_GROUPS] + ["other"], 0)
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        inside = path.relative_to(bundle).as_posix()
        label = next((name for name, test in SIZE_GROUPS if test(inside)), "other")
        totals[label] += path.stat().st_size
    return sorted(totals.items(), key=lambda item: -item[1])


def archive(bundle: Path) -> Path:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, "other")
    base = bundle.parent / f"{EXE_NAME}-{version()}-{system}-{platform.machine().lower()}"
    fmt = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), fmt, root_dir=bundle.parent, base_dir=bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build HipTimer's one-folder desktop app.")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder")
    parser.add_argument("--clean", action="store_true", help="rebuild PyInstaller's cache")
    parser.add_argument("--check", action="store_true", help="run the built app's smoke checks")
    parser.add_argument("--archive", action="store_true", help="pack it into .tar.gz or .zip")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    started = time.monotonic()
    try:
        check_environment()
        ensure_pyinstaller()
        run_pyinstaller(dist, REPO / "build" / "pyinstaller", args.clean)
    except BuildError as error:
        print(f"build: {error}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        step = " ".join(str(part) for part in error.cmd[1:3])
        print(f"build: `{step}` failed (status {error.returncode}); see above", file=sys.stderr)
        return 1
    bundle = dist / EXE_NAME
    if sys.platform.startswith("linux"):
        missing = unresolved_qt_libraries(bundle)
        if missing:
            print("build: the spec left out Qt libraries still in use:", *missing, sep="\n  ")
            return 1
        add_linux_desktop_files(bundle)
    if sys.platform.startswith("linux"):
        saved = strip_debug_info(bundle)
        print(f"Left out debugging sections: {saved / 1e6:.1f} MB")
        print(trim_icu(bundle))
        import desktop_libs

        left = desktop_libs.leave_to_desktop(bundle)
        print(
            f"Left to the desktop (what only the GTK theme and CUPS printing plugins need): "
            f"{len(left)} libraries, {sum(left.values()) / 1e6:.1f} MB"
        )
    seconds = time.monotonic() - started
    size = folder_size(bundle)
    print(f"Built {bundle} ({size / 1e6:.0f} MB, {size / 2**20:.0f} MiB) in {seconds:.0f} s")
    for label, count in size_breakdown(bundle):
        print(f"  {count / 1e6:6.1f} MB  {label}")
    if args.archive:
        print(f"Packed {archive(bundle)}")
    if args.check:
        import smoke

        return smoke.main([str(bundle)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
