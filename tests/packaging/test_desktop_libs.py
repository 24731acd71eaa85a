"""Which libraries the bundle leaves to the desktop (packaging/desktop_libs.py)."""

from __future__ import annotations

import desktop_libs

# Who needs whom, as the NEEDED entries of a small bundle would say.
NEEDS = {
    "hiptimer": ["libpython3.11.so.1.0"],
    "libpython3.11.so.1.0": ["libz.so.1"],
    "libQt6Gui.so.6": ["libglib-2.0.so.0", "libfreetype.so.6"],
    "libqxcb.so": ["libQt6Gui.so.6", "libX11.so.6"],
    "libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6", "libglib-2.0.so.0"],
    "libgtk-3.so.0": ["libcairo.so.2", "libglib-2.0.so.0", "libX11.so.6"],
    "libcairo.so.2": ["libpixman-1.so.0", "libfreetype.so.6"],
    "libcupsprintersupport.so": ["libcups.so.2"],
    "libcups.so.2": ["libgnutls.so.30", "libz.so.1"],
}
FILES = {
    "hiptimer": "hiptimer",
    "libpython3.11.so.1.0": "_internal/libpython3.11.so.1.0",
    "libQt6Gui.so.6": "_internal/PySide6/Qt/lib/libQt6Gui.so.6",
    "libqxcb.so": "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
    "libqgtk3.so": "_internal/PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "libcupsprintersupport.so": (
        "_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"
    ),
}
SYSTEM = (
    "libz.so.1",
    "libglib-2.0.so.0",
    "libfreetype.so.6",
    "libX11.so.6",
    "libgtk-3.so.0",
    "libcairo.so.2",
    "libpixman-1.so.0",
    "libcups.so.2",
    "libgnutls.so.30",
)


def test_only_what_the_desktop_plugins_alone_need_is_left_out(tmp_path, monkeypatch):
    bundle = tmp_path / "hiptimer"
    for name, where in {**FILES, **{n: f"_internal/{n}" for n in SYSTEM}}.items():
        path = bundle / where
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\x7fELF" + name.encode() * 10)
    # PyInstaller's links to Qt's libraries beside the program.
    (bundle / "_internal" / "libQt6Gui.so.6").symlink_to("PySide6/Qt/lib/libQt6Gui.so.6")
    monkeypatch.setattr(desktop_libs, "needed", lambda path: NEEDS.get(path.name, []))
    monkeypatch.setattr(desktop_libs.shutil, "which", lambda tool: f"/usr/bin/{tool}")
    left = desktop_libs.leave_to_desktop(bundle)
    assert sorted(left) == [
        "libcairo.so.2",
        "libcups.so.2",
        "libgnutls.so.30",
        "libgtk-3.so.0",
        "libpixman-1.so.0",
    ]
    remaining = {p.name for p in (bundle / "_internal").iterdir()}
    # What the program, Qt and the platform plugin need stays, and so do the plugins.
    assert {"libz.so.1", "libglib-2.0.so.0", "libfreetype.so.6", "libX11.so.6"} <= remaining
    assert (bundle / FILES["libqgtk3.so"]).exists()
    assert (bundle / FILES["libcupsprintersupport.so"]).exists()
    assert not remaining & set(left)
