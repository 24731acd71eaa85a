"""Qt's .ts files read and rewritten without Qt: plural messages, English forms, pseudo."""

from __future__ import annotations

from hiptimer.exchange.ts_files import fill, is_plural, mark_plurals, read_messages

LUPDATE_OUTPUT = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Plan</name>
    <message>
        <source>%n set(s)</source>
        <translation type="unfinished">%n Satz</translation>
    </message>
    <message>
        <source>Rest {seconds} s</source>
        <translation>Pause {seconds} s</translation>
    </message>
</context>
</TS>
"""


def test_plural_sources_are_the_ones_with_a_count() -> None:
    assert is_plural("%n set(s)") and is_plural("{number} second(s)") and is_plural("%n")
    assert not is_plural("Rest (own)") and not is_plural("Rest")


TRANSLATED = LUPDATE_OUTPUT.replace(
    """<message>
        <source>%n set(s)</source>
        <translation type="unfinished">%n Satz</translation>""",
    """<message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>""",
)


def test_lupdate_output_gets_its_plural_messages_back_with_the_forms_written_before() -> None:
    # lupdate turns a plural message into a plain one holding its first form.
    first_time = read_messages(mark_plurals(LUPDATE_OUTPUT))[0]
    assert first_time.plurals == ("", "") and not first_time.finished
    plural, plain = read_messages(mark_plurals(LUPDATE_OUTPUT, previous=TRANSLATED))
    assert plural.plurals == ("%n Satz", "%n Sätze") and plural.finished
    assert plain.translation == "Pause {seconds} s" and plain.finished and not plain.plurals


def test_english_forms_and_the_pseudo_locale_are_made_by_rule() -> None:
    marked = mark_plurals(LUPDATE_OUTPUT)
    english = read_messages(fill(marked, "en"))
    assert [(m.source, m.plurals) for m in english] == [("%n set(s)", ("%n set", "%n sets"))]
    pseudo = read_messages(fill(marked, "pseudo"))
    assert pseudo[0].plurals[0].startswith("[%n šéţ") and pseudo[0].finished
    assert pseudo[1].translation.startswith("[Ŕéšţ {seconds} š")
