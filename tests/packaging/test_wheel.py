"""The wheel, installed into a fresh virtual environment, is a working HipTimer.

Speed and offline use: the wheel is built without build isolation (hatchling comes with the
test extras) and installed with --no-deps into a venv made without pip. Its dependencies
(PySide6 alone is hundreds of MB) are borrowed from the test environment through a .pth
line, which adds that site-packages as a plain path: so `hiptimer` itself can only come
from the wheel, and the test also checks that the borrowed versions satisfy the wheel's
declared requirements, which is what `pip install` would enforce.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import hiptimer

from .conftest import PACKAGING

REPO = PACKAGING.parent
pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Installed:
    wheel: Path
    prefix: Path
    python: Path
    script: Path
    site_packages: Path


def _run(*command: object, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        timeout=300,
    )
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    out = tmp_path_factory.mktemp("wheel")
    _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        out,
        REPO,
    )
    (wheel,) = out.glob("hiptimer-*.whl")

    prefix = tmp_path_factory.mktemp("venv") / "env"
    venv.EnvBuilder(with_pip=False).create(prefix)
    scripts = "Scripts" if sys.platform == "win32" else "bin"
    python = prefix / scripts / ("python.exe" if sys.platform == "win32" else "python")
    _run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "-q",
        "--no-deps",
        "--no-index",
        wheel,
    )

    site_packages = Path(
        _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
    )
    borrowed = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site_packages / "_hiptimer_test_deps.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    script = prefix / scripts / ("hiptimer.exe" if sys.platform == "win32" else "hiptimer")
    return Installed(wheel, prefix, python, script, site_packages)


def test_wheel_holds_the_package_and_its_resources(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        console = wheel.read(entry_points).decode()
    assert "hiptimer/cli/__init__.py" in names and "hiptimer/core/session.py" in names
    assert "hiptimer/resources/icons/hiptimer.svg" in names
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]
    assert "hiptimer = hiptimer.start:main" in console


def test_borrowed_dependencies_satisfy_the_wheel_requirements(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        meta = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
        lines = wheel.read(meta).decode().splitlines()
    requirements = [
        Requirement(line.split(":", 1)[1]) for line in lines if line.startswith("Requires-Dist:")
    ]
    runtime = [r for r in requirements if r.marker is None or r.marker.evaluate()]
    assert {r.name.lower() for r in runtime} >= {"pyside6-essentials", "platformdirs"}
    for requirement in runtime:
        have = metadata.version(requirement.name)
        assert requirement.specifier.contains(have, prereleases=True), (requirement, have)


def test_installed_command_runs_the_smoke_checks(installed: Installed) -> None:
    import smoke

    results = smoke.run_checks(installed.script)
    assert results and all(problem is None for problem in results.values()), results


def test_installed_package_finds_its_resources_inside_itself(
    installed: Installed, tmp_path: Path
) -> None:
    probe = (
        "import json, hiptimer, hiptimer.profiles.paths as p;"
        "print(json.dumps({'module': hiptimer.__file__, 'resources': str(p.resource_dir())}))"
    )
    # Run outside the checkout, so nothing can come from the source tree.
    found = json.loads(_run(installed.python, "-c", probe, cwd=tmp_path))
    package = installed.site_packages.resolve() / "hiptimer"
    assert Path(found["module"]).resolve() == package / "__init__.py"
    assert Path(found["resources"]).resolve() == package / "resources"
    assert (package / "resources" / "icons" / "hiptimer.svg").is_file()
    assert Path(hiptimer.__file__).resolve() != package / "__init__.py"


def test_the_wheel_carries_compiled_catalogues_that_the_installed_command_uses(
    installed: Installed, tmp_path: Path
) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    for language in ("de", "es", "fr", "en", "pseudo"):
        assert f"hiptimer/resources/translations/hiptimer_{language}.qm" in names
    cache = tmp_path / "cache"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(cache),
        "LANGUAGE": "es",
        "LANG": "C.UTF-8",
    }
    done = subprocess.run(
        [str(installed.script), "plan"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Cambio al lado derecho" in done.stdout and "Almejas (clamshell)" in done.stdout
    # The built catalogue was used: nothing was compiled into the cache.
    assert not (cache / "hiptimer" / "translations").exists()
