"""A smaller ICU data library for the bundle: Qt's copy of ICU carries 32 MB of tables,
and Qt uses few of them.

ICU keeps its data in one package (format "CmnD": a header, a table of item names and
offsets, then the items), compiled into libicudata as the symbol icudt<version>_dat. Qt
itself formats dates, numbers and language names from its own tables, breaks text and
converts UTF-8/16 and Latin-1 with its own code, and reads time zones from the system;
it asks ICU for collation (QCollator), case mapping, time-zone display names and legacy
text encodings. HipTimer reads and writes UTF-8 only. So the package keeps the locale
data, collation, time-zone data and normalisation, and leaves out the legacy encodings'
tables (*.cnv), break iteration, transliteration, spelled-out numbers and the display
names of units, currencies, languages, regions and zones (ICU's own: Qt has them too).

`trim_library(path)` rewrites libicudata in place with binutils (objcopy and ld), on
x86-64 Linux; elsewhere, or without binutils, it leaves the library alone and says why.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# Item names (after the "icudt73l/" prefix) that are left out.
DROP_PREFIXES = (
    "brkitr/",
    "curr/",
    "lang/",
    "rbnf/",
    "region/",
    "translit/",
    "unit/",
    "zone/",
)
DROP_SUFFIXES = (".cnv",)
# Kept although they match the above: the root tables ICU falls back on.
KEEP = ("zone/root.res", "zone/tzdbNames.res")
ALIGN = 16


class PackageError(Exception):
    pass


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common data package."""
    if len(data) < 32 or data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise PackageError("not an ICU common data package (little-endian CmnD)")
    (header_size,) = struct.unpack_from("<H", data, 0)
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(entries):
        start = header_size + name_at
        name = data[start : data.index(b"\0", start)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(data) - header_size
        items.append((name, data[header_size + data_at : header_size + end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A package of these items, names in the order given (ICU searches them by name)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    first_data = table_size + len(names)
    first_data += -(len(header) + first_data) % ALIGN
    entries, blobs, name_at, data_at = [], [], table_size, first_data
    for name, blob in items:
        entries.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = blob + b"\0" * (-len(blob) % ALIGN)
        blobs.append(padded)
        data_at += len(padded)
    table = struct.pack("<I", len(items)) + b"".join(entries) + names
    table += b"\0" * (first_data - len(table))
    return header + table + b"".join(blobs)


def wanted(name: str) -> bool:
    """Whether an item (its name after the package prefix) stays."""
    inner = name.split("/", 1)[1] if "/" in name else name
    if inner in KEEP:
        return True
    return not (inner.startswith(DROP_PREFIXES) or inner.endswith(DROP_SUFFIXES))


def trimmed(data: bytes) -> bytes:
    header, items = read_package(data)
    return write_package(header, [(name, blob) for name, blob in items if wanted(name)])


def _data_symbol(path: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the package inside libicudata, from its ELF tables."""
    found = subprocess.run(
        ["readelf", "--dyn-syms", "--sections", "--wide", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    symbol = re.search(
        r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+(?:OBJECT|NOTYPE)\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)",
        found,
    )
    if symbol is None:
        raise PackageError("no icudt*_dat symbol")
    address, size, name = int(symbol.group(1), 16), int(symbol.group(2), 0), symbol.group(3)
    for line in found.splitlines():
        parts = line.split()
        if ".rodata" in parts:
            at = parts.index(".rodata")
            section_address, offset = int(parts[at + 2], 16), int(parts[at + 3], 16)
            return name, address - section_address + offset, size
    raise PackageError("no .rodata section")


def trim_library(path: Path) -> str:
    """Rewrite libicudata at `path` with the trimmed package; what was done, in words."""
    tools = [shutil.which(tool) for tool in ("readelf", "objcopy", "ld")]
    if None in tools:
        return "ICU data left whole: binutils (readelf, objcopy, ld) not found"
    symbol, offset, size = _data_symbol(path)
    original = path.read_bytes()
    package = trimmed(original[offset : offset + size])
    read_package(package)  # it reads back
    with tempfile.TemporaryDirectory(prefix="hiptimer-icu-") as folder:
        work = Path(folder)
        raw = work / "icudata.bin"
        raw.write_bytes(package)
        obj = work / "icudata.o"
        mangled = "_binary_" + re.sub(r"[^A-Za-z0-9]", "_", str(raw)) + "_start"
        subprocess.run(
            [
                "objcopy",
                "--input-target=binary",
                "--output-target=elf64-x86-64",
                "--binary-architecture=i386:x86-64",
                "--rename-section=.data=.rodata,alloc,load,readonly,data,contents",
                f"--set-section-alignment=.rodata={ALIGN}",
                f"--redefine-sym={mangled}={symbol}",
                str(raw),
                str(obj),
            ],
            check=True,
        )
        library = work / path.name
        subprocess.run(
            ["ld", "-shared", "-soname", path.name, "-o", str(library), str(obj)], check=True
        )
        _data_symbol(library)  # the symbol is there
        shutil.copyfile(library, path)
    return (
        f"ICU data trimmed to what Qt uses: {len(original) / 1e6:.1f} MB -> "
        f"{path.stat().st_size / 1e6:.1f} MB"
    )
