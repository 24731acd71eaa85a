"""Render the SVG icon to the PNG sizes desktops want, and to .ico / .icns for the bundles.

    python packaging/make_icons.py            # rewrite the PNGs under packaging/icons/
    python packaging/make_icons.py --check    # exit 1 when they no longer match the SVG

The PNGs are committed (they are small); the .ico (Windows) and .icns (macOS) files are made
at build time by build.py. Both container formats simply hold PNG images, so no imaging
library beyond Qt is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

from appmeta import ICON_SIZES, ICON_SVG, ICON_THEME, icon_png

# Windows icons stop at 256 px.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types that hold a PNG of the given size (ic10 is the 512 px @2x image).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)
# Largest per-channel difference (0..255) tolerated between a committed PNG and a fresh
# rendering: antialiasing may move by a step between Qt builds, a drawing change moves more.
PIXEL_TOLERANCE = 8


def _app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def render(size: int, svg: Path = ICON_SVG):  # -> QImage
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(size: int, svg: Path = ICON_SVG) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Quality 0 is zlib's strongest compression for PNG: the smallest files.
    if not render(size, svg).save(buffer, "PNG", 0):
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def write_pngs(theme: Path = ICON_THEME, svg: Path = ICON_SVG) -> list[Path]:
    written = []
    for size in ICON_SIZES:
        path = icon_png(size, theme)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png_bytes(size, svg))
        written.append(path)
    return written


def max_difference(png: Path, size: int, svg: Path = ICON_SVG) -> int:
    """The largest channel difference between a PNG file and a fresh rendering of the SVG."""
    from PySide6.QtGui import QImage

    _app()
    stored = QImage(str(png))
    if stored.isNull() or stored.width() != size or stored.height() != size:
        return 255
    stored = stored.convertToFormat(QImage.Format.Format_ARGB32)
    fresh = render(size, svg).convertToFormat(QImage.Format.Format_ARGB32)
    a = stored.constBits().tobytes()
    b = fresh.constBits().tobytes()
    return max((abs(x - y) for x, y in zip(a, b, strict=True)), default=0)


def stale_pngs(theme: Path = ICON_THEME, svg: Path = ICON_SVG) -> list[str]:
    problems = []
    for size in ICON_SIZES:
        path = icon_png(size, theme)
        if not path.is_file():
            problems.append(f"{path} is missing")
        elif (diff := max_difference(path, size, svg)) > PIXEL_TOLERANCE:
            problems.append(f"{path} differs from the SVG (by {diff} of 255)")
    return problems


def ico_bytes(svg: Path = ICON_SVG) -> bytes:
    images = [(size, png_bytes(size, svg)) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(svg: Path = ICON_SVG) -> bytes:
    chunks = []
    for kind, size in ICNS_TYPES:
        png = png_bytes(size, svg)
        chunks.append(kind + struct.pack(">I", 8 + len(png)) + png)
    body = b"".join(chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed PNGs")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_pngs()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python packaging/make_icons.py", file=sys.stderr)
        return 1 if problems else 0
    for path in write_pngs():
        print(f"{path.stat().st_size:>7} bytes  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
