"""The packaging scripts live in packaging/ as plain scripts; make them importable here.

The folder goes at the end of sys.path so none of its names can shadow an installed module.
"""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.append(str(PACKAGING))


def load_script(name: str) -> ModuleType:
    """Import packaging/NAME.py under a name of its own (build.py would clash with `build`)."""
    module_name = f"hiptimer_packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module
