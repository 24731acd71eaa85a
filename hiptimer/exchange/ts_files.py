"""Qt's translation source files (.ts), read and written without Qt.

`pyside6-lupdate` extracts every `translate("Context", "text")` call into a .ts file per
language, but from Python sources it marks a message as a plural one ("numerus") only
when the count is a number literal. HipTimer's plural texts are the ones written with
"%n" or with Qt's English plural notation "(s)" ("%n set(s)", "{number} second(s)"), so
after every lupdate run `mark_plurals` makes them plural messages again, keeping the
plural forms a translator wrote before. `english_plurals` fills the English catalogue's
forms by the same rule as the Qt-free fallback (`hiptimer.core.i18n.english_plural`), and
`pseudo_catalogue` makes the test language from the sources (`pseudo_text`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from hiptimer.core.i18n import english_plural, pseudo_text

# Plural forms per language, as Qt counts them: English, German and Spanish say one
# and other; French too (0 and 1 share the singular).
PLURAL_FORMS = {"en": 2, "de": 2, "es": 2, "fr": 2, "pseudo": 2}

_PLURAL_SOURCE = re.compile(r"%n|(?<=[A-Za-z])\((s|es)\)")


def is_plural(source: str) -> bool:
    """Whether a source text takes a count: '%n' in it, or the '(s)' notation."""
    return bool(_PLURAL_SOURCE.search(source))


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    plurals: tuple[str, ...]
    finished: bool


def _key(context: str, source: str, comment: str) -> tuple[str, str, str]:
    return context, source, comment


def read_messages(ts_text: str) -> list[Message]:
    """Every message of a .ts file, obsolete ones left out."""
    root = ET.fromstring(ts_text)
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            forms = (
                ()
                if translation is None
                else tuple(form.text or "" for form in translation.iter("numerusform"))
            )
            out.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translation=(translation.text or "") if translation is not None else "",
                    plurals=forms,
                    finished=kind != "unfinished",
                )
            )
    return out


def language_of(ts_text: str) -> str:
    """The .ts file's target language code ('de' from 'de_DE')."""
    return (ET.fromstring(ts_text).get("language") or "").split("_")[0]


def mark_plurals(ts_text: str, previous: str | None = None) -> str:
    """ts_text with every plural source made a plural message: its forms from the
    previous version of the file where it had them, else empty and unfinished."""
    root = ET.fromstring(ts_text)
    language = (root.get("language") or "").split("_")[0]
    count = PLURAL_FORMS.get(language, 2)
    kept: dict[tuple[str, str, str], tuple[str, ...]] = {}
    finished: set[tuple[str, str, str]] = set()
    if previous:
        for message in read_messages(previous):
            key = _key(message.context, message.source, message.comment)
            if message.plurals and any(message.plurals):
                kept[key] = message.plurals
                if message.finished:
                    finished.add(key)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            source = element.findtext("source") or ""
            translation = element.find("translation")
            if translation is None or not is_plural(source):
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            element.set("numerus", "yes")
            key = _key(name, source, element.findtext("comment") or "")
            forms = kept.get(key)
            had_forms = list(translation.iter("numerusform"))
            if had_forms and forms is None:
                continue
            for form in had_forms:
                translation.remove(form)
            translation.text = "\n            "
            for index in range(count):
                form = ET.SubElement(translation, "numerusform")
                form.text = forms[index] if forms and index < len(forms) else ""
                form.tail = "\n        " if index == count - 1 else "\n            "
            if forms is None or not all(forms) or key not in finished:
                translation.set("type", "unfinished")
            else:
                translation.attrib.pop("type", None)
    return _serialise(root)


def fill(ts_text: str, make: str) -> str:
    """Every message translated by rule: make='en' keeps the plural messages only, with
    their English forms (the source is English); make='pseudo' writes `pseudo_text` of
    every source."""
    root = ET.fromstring(ts_text)
    if make == "en":
        for context in list(root.iter("context")):
            for message in list(context.iter("message")):
                if message.get("numerus") != "yes":
                    context.remove(message)
            if context.find("message") is None:
                root.remove(context)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        forms = list(translation.iter("numerusform"))
        if forms:
            for number, form in zip((1, 2), forms, strict=False):
                english = english_plural(source, number)
                form.text = pseudo_text(english) if make == "pseudo" else english
            translation.attrib.pop("type", None)
        elif make == "pseudo":
            translation.text = pseudo_text(source)
            translation.attrib.pop("type", None)
    return _serialise(root)


def _serialise(root: ET.Element) -> str:
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'
