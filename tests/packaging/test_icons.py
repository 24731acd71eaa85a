"""The icon: the SVG draws, the committed PNGs match it, and the .ico/.icns hold them all."""

from __future__ import annotations

import struct
from pathlib import Path

import make_icons
from appmeta import ICON_SIZES, ICON_SVG, icon_png

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_committed_pngs_match_the_svg(qapp) -> None:
    assert make_icons.stale_pngs() == []
    total = sum(icon_png(size).stat().st_size for size in ICON_SIZES)
    assert total < 100_000  # small enough to keep in git


def test_a_changed_drawing_makes_the_pngs_stale(qapp, tmp_path: Path) -> None:
    changed = tmp_path / "hiptimer.svg"
    # The teal case turned red: the check has to notice.
    changed.write_text(ICON_SVG.read_text(encoding="utf-8").replace("#1f7a8c", "#cc0000"))
    assert len(make_icons.stale_pngs(svg=changed)) == len(ICON_SIZES)


def test_icon_is_a_round_opaque_face_in_a_clear_square(qapp) -> None:
    image = make_icons.render(64)
    assert image.width() == image.height() == 64
    assert image.pixelColor(32, 40).alpha() == 255  # the stopwatch face
    assert image.pixelColor(1, 62).alpha() == 0  # a corner stays transparent


def test_write_pngs_lays_out_an_icon_theme(qapp, tmp_path: Path) -> None:
    written = make_icons.write_pngs(tmp_path)
    assert [p.relative_to(tmp_path).parts[0] for p in written] == [f"{s}x{s}" for s in ICON_SIZES]
    assert all(p.read_bytes().startswith(PNG_SIGNATURE) for p in written)


def test_ico_holds_a_png_for_each_windows_size(qapp) -> None:
    data = make_icons.ico_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (planes, bits) == (1, 32) and width == height
        assert data[offset : offset + length].startswith(PNG_SIGNATURE)
        sizes.append(width or 256)
    assert sizes == list(make_icons.ICO_SIZES)


def test_icns_holds_a_png_for_each_macos_type(qapp) -> None:
    data = make_icons.icns_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, at = [], 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack_from(">I", data, at + 4)[0]
        assert data[at + 8 :].startswith(PNG_SIGNATURE)
        kinds.append(kind)
        at += length
    assert at == len(data)
    assert kinds == [kind for kind, _ in make_icons.ICNS_TYPES]
