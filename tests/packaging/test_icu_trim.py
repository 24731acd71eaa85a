"""The bundle's smaller ICU data package (packaging/icu_trim.py)."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import icu_trim
import pytest

# A package header as ICU writes it: MappedData (size, magic) and UDataInfo ("CmnD" 1).
HEADER = (
    struct.pack("<HBB", 32, 0xDA, 0x27)
    + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    + b"CmnD"
    + bytes([1, 0, 0, 0])
    + bytes([73, 1, 0, 0])
).ljust(32, b"\0")


def items(*names: str) -> list[tuple[str, bytes]]:
    return [(name, name.encode() * (3 + len(name) % 5)) for name in names]


def test_a_package_reads_back_as_written_with_each_item_aligned():
    made = items("icudt73l/coll/root.res", "icudt73l/root.res", "icudt73l/zone/de.res")
    package = icu_trim.write_package(HEADER, made)
    header, found = icu_trim.read_package(package)
    assert header == HEADER
    assert [name for name, _ in found] == [name for name, _ in made]
    for (_, blob), (_, back) in zip(made, found, strict=True):
        assert back[: len(blob)] == blob and set(back[len(blob) :]) <= {0}
    (count,) = struct.unpack_from("<I", package, 32)
    offsets = [struct.unpack_from("<II", package, 36 + 8 * i)[1] for i in range(count)]
    assert all((32 + offset) % icu_trim.ALIGN == 0 for offset in offsets)


def test_trimming_keeps_locales_collation_and_root_zones_and_drops_the_rest():
    names = (
        "icudt73l/brkitr/word.brk",
        "icudt73l/coll/de.res",
        "icudt73l/coll/ucadata.icu",
        "icudt73l/curr/de.res",
        "icudt73l/de.res",
        "icudt73l/ibm-943_P15A-2003.cnv",
        "icudt73l/lang/fr.res",
        "icudt73l/nfkc.nrm",
        "icudt73l/root.res",
        "icudt73l/zone/de.res",
        "icudt73l/zone/root.res",
        "icudt73l/zoneinfo64.res",
    )
    kept = icu_trim.read_package(icu_trim.trimmed(icu_trim.write_package(HEADER, items(*names))))
    assert [name for name, _ in kept[1]] == [
        "icudt73l/coll/de.res",
        "icudt73l/coll/ucadata.icu",
        "icudt73l/de.res",
        "icudt73l/nfkc.nrm",
        "icudt73l/root.res",
        "icudt73l/zone/root.res",
        "icudt73l/zoneinfo64.res",
    ]


def test_something_else_is_refused():
    with pytest.raises(icu_trim.PackageError):
        icu_trim.read_package(b"\x7fELF" + b"\0" * 200)


def test_qts_own_icu_library_is_rebuilt_smaller_with_the_same_symbol(tmp_path):
    # The Linux wheel of PySide6 carries ICU; binutils come with the test set-up
    # (.ci/system-deps --tests), as with the bundle's.
    import PySide6

    (source,) = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    said = icu_trim.trim_library(copy)
    assert "trimmed" in said
    assert copy.stat().st_size < source.stat().st_size / 2
    symbol, offset, _size = icu_trim._data_symbol(copy)
    assert symbol == icu_trim._data_symbol(source)[0]
    _header, kept = icu_trim.read_package(copy.read_bytes()[offset:])
    names = {name.split("/", 1)[1] for name, _ in kept}
    assert {"root.res", "coll/root.res", "zoneinfo64.res"} <= names
    assert not any(name.endswith(".cnv") or name.startswith("brkitr/") for name in names)
