"""Wheel build hook: compile the translations (resources/translations/*.ts) into .qm
catalogues inside the wheel, with PySide6's lrelease (packaging/translations.py release).

Where the build environment has no PySide6 (an isolated `pip wheel`), the wheel carries
the .ts files only and HipTimer compiles them on first use (hiptimer.ui.translation)."""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        if importlib.util.find_spec("PySide6") is None:
            self.app.display_warning("PySide6 missing: translations compiled on first use")
            return
        root = Path(self.root)
        sys.path.insert(0, str(root / "packaging"))
        sys.path.insert(0, str(root))
        import translations

        out = Path(tempfile.mkdtemp(prefix="hiptimer-qm-"))
        for qm_file in translations.release(out, root / "resources" / "translations"):
            target = f"hiptimer/resources/translations/{qm_file.name}"
            build_data["force_include"][str(qm_file)] = target
