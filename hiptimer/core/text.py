"""Text from files, made safe to print on a terminal.

A routine's name comes from whoever wrote the file. Printed raw, an escape character
could recolour or clear the terminal, a newline could fake a line of output ("OK: ..."),
and a direction override could make a name read backwards. `for_terminal` writes every
such character as a visible escape instead, so what is printed is exactly what is there.
"""

from __future__ import annotations

import unicodedata

# Control, format (zero-width, direction), surrogate, private-use, unassigned characters
# and the Unicode line and paragraph separators.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def for_terminal(text: str, *, lines: bool = False) -> str:
    """text with every invisible or controlling character written as an escape (\\x1b,
    \\u202e); lines=True keeps newlines (a message that is meant to have several lines).
    """
    if text.isprintable():
        return text
    out = []
    for char in text:
        keep = char == "\n" if lines else False
        category = unicodedata.category(char)
        # Spaces other than the plain one (no-break, em, ideographic...) look like nothing
        # or like a plain space: escaped too, so a field named by them can be seen.
        visible = category not in _ESCAPED_CATEGORIES and (category != "Zs" or char == " ")
        if keep or visible:
            out.append(char)
        elif ord(char) < 0x100:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) < 0x10000:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return "".join(out)


# Embeddings, overrides and isolates: they reorder the text around them when drawn.
_DIRECTION_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)


def inert(text: str) -> str:
    """text for a screen: without direction embeddings, overrides and isolates, so a name
    reads in its natural order and cannot turn round what is shown after it."""
    return text.translate(_DIRECTION_CONTROLS)


# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula (a leading apostrophe), so a
    routine named "=HYPERLINK(...)" stays text in a CSV export."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
