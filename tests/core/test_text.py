"""Text made safe for a terminal, a screen and a spreadsheet."""

from hypothesis import given
from hypothesis import strategies as st

from hiptimer.core.text import for_terminal, inert


def test_controls_and_invisible_characters_are_written_as_escapes() -> None:
    assert for_terminal("Evil\x1b[2J\nOK") == "Evil\\x1b[2J\\x0aOK"
    assert for_terminal("a\u202eb") == "a\\u202eb"
    assert for_terminal("line one\nline two", lines=True) == "line one\nline two"


def test_spaces_other_than_the_plain_one_are_escaped() -> None:
    # A field named by a no-break space alone used to print as an empty-looking name.
    assert for_terminal("\u00a0") == "\\xa0"
    assert for_terminal("a\u3000b c") == "a\\u3000b c"


def test_plain_text_is_left_alone() -> None:
    assert for_terminal("Clamshells, left side · 2 × 15") == "Clamshells, left side · 2 × 15"


@given(st.text())
def test_what_is_printed_is_always_printable(text: str) -> None:
    assert for_terminal(text).isprintable()


def test_direction_controls_are_left_out_on_screen() -> None:
    assert inert("Week \u202e2 kees") == "Week 2 kees"
