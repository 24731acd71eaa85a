"""`hiptimer routines export NAME --ics FILE --days ... --time ...`: an RFC 5545 series,
read back with a small parser of our own (unfolding, CRLF, properties and parameters)."""

import dataclasses
from datetime import UTC, date, datetime

import pytest

from hiptimer.cli import main
from hiptimer.core.builtin import DEFAULT_ROUTINE
from hiptimer.core.schedule import parse_schedule
from hiptimer.core.timeline import compile_routine
from hiptimer.exchange.calendar_file import calendar_bytes


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # each physical line whole: never folded inside a character
    return lines


def parse(data: bytes):
    """[(name, params, value)] of the unfolded content lines, and the nesting checked."""
    unfolded: list[bytes] = []
    for line in physical_lines(data):
        if line.startswith(b" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    parsed = []
    stack = []
    for raw in unfolded:
        text = raw.decode("utf-8")  # folding never split a character
        head, _, value = text.partition(":")
        name, *params = head.split(";")
        parsed.append((name, dict(p.split("=", 1) for p in params), value))
        if name == "BEGIN":
            stack.append(value)
        elif name == "END":
            assert stack.pop() == value
    assert stack == []
    return parsed


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            out.append(char)
    return "".join(out)


def component(parsed, kind):
    inside, depth, found = False, 0, {}
    for name, params, value in parsed:
        if name == "BEGIN" and value == kind:
            inside = True
            continue
        if inside and name == "BEGIN":
            depth += 1
        elif inside and name == "END":
            if depth == 0:
                return found
            depth -= 1
        elif inside and depth == 0:
            found[name] = (params, value)
    raise AssertionError(f"no {kind}")


def test_cli_writes_a_weekly_series_with_an_alarm(data_home, tmp_path, capsys):
    out = tmp_path / "hips.ics"
    argv = ["routines", "export", "Hip strength for runners", "--ics", str(out)]
    assert main([*argv, "--days", "mon,wed,fri", "--time", "07:00"]) == 0
    assert "weekly calendar series" in capsys.readouterr().out
    parsed = parse(out.read_bytes())
    assert parsed[0] == ("BEGIN", {}, "VCALENDAR") and parsed[-1] == ("END", {}, "VCALENDAR")
    calendar = component(parsed, "VCALENDAR")
    assert calendar["VERSION"][1] == "2.0" and calendar["PRODID"][1].startswith("-//HipTimer//")
    event = component(parsed, "VEVENT")
    assert event["UID"][1].endswith("@hiptimer")
    assert datetime.strptime(event["DTSTAMP"][1], "%Y%m%dT%H%M%SZ")
    start = datetime.strptime(event["DTSTART"][1], "%Y%m%dT%H%M%S")  # floating local time
    assert start.time().isoformat() == "07:00:00" and start.weekday() in (0, 2, 4)
    assert start.date() >= date.today()
    assert event["RRULE"][1] == "FREQ=WEEKLY;BYDAY=MO,WE,FR"
    total = compile_routine(DEFAULT_ROUTINE).total_seconds  # 25:06
    minutes, seconds = divmod(round(total), 60)
    assert event["DURATION"][1] == f"PT{minutes}M{seconds}S"
    assert unescape(event["SUMMARY"][1]) == f"Hip routine: {DEFAULT_ROUTINE.name}"
    description = unescape(event["DESCRIPTION"][1])
    for number, exercise in enumerate(DEFAULT_ROUTINE.exercises, 1):
        assert f"{number}. {exercise.name}: " in description
    alarm = component(parsed, "VALARM")
    assert alarm["ACTION"][1] == "DISPLAY" and alarm["TRIGGER"][1] == "-PT10M"
    assert DEFAULT_ROUTINE.name in unescape(alarm["DESCRIPTION"][1])


def test_long_and_special_text_is_escaped_and_folded_between_characters():
    name = "Hüften; Kräftigung, für Läufer – " * 4
    routine = dataclasses.replace(DEFAULT_ROUTINE, name=name.strip()[:80])
    data = calendar_bytes(
        routine,
        parse_schedule("Saturday,sun", "18:30"),
        today=date(2026, 3, 18),
        now=datetime(2026, 3, 18, 12, 0, tzinfo=UTC),
        uid="fixed",
    )
    event = component(parse(data), "VEVENT")
    assert unescape(event["SUMMARY"][1]) == f"Hip routine: {routine.name}"
    assert event["DTSTART"][1] == "20260321T183000"  # the first Saturday
    assert event["RRULE"][1] == "FREQ=WEEKLY;BYDAY=SA,SU"
    assert event["DTSTAMP"][1] == "20260318T120000Z"
    assert any(line.startswith(b" ") for line in physical_lines(data))  # it was folded


@pytest.mark.parametrize(
    ("days", "time", "expected"),
    [
        ("mon,wed,fry", "07:00", "--days expects"),
        ("", "07:00", "--days expects"),
        ("mon", "7", "--time expects"),
        ("mon", "24:00", "--time expects"),
        ("mon", "07:60", "--time expects"),
        ("mon", "07:00pm", "--time expects"),
    ],
)
def test_bad_days_or_time_one_line_and_nothing_written(
    data_home, tmp_path, capsys, days, time, expected
):
    out = tmp_path / "hips.ics"
    argv = ["routines", "export", "Hip strength for runners", "--ics", str(out)]
    assert main([*argv, "--days", days, "--time", time]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err
    assert not out.exists()


def test_ics_without_days_and_days_without_ics(data_home, tmp_path, capsys):
    out = tmp_path / "hips.ics"
    assert main(["routines", "export", "Hip strength for runners", "--ics", str(out)]) == 2
    assert "--ics needs --days and --time" in capsys.readouterr().err
    argv = ["routines", "export", "Hip strength for runners", "--out", str(out), "--days", "mon"]
    assert main(argv) == 2
    assert "go with --ics" in capsys.readouterr().err
    assert not out.exists()
