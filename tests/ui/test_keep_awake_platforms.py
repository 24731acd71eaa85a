"""Keep-awake on Windows and macOS, with the system libraries replaced by recording fakes.

A fake library hands out fake functions by name; each call is noted with its arguments,
and the argument and result types the code declares (argtypes/restype) are kept, as
ctypes would use them.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from hiptimer.ui.keep_awake import (
    ASSERTION_LEVEL_ON,
    CF_STRING_ENCODING_UTF8,
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    REASON,
    KeepAwake,
    MacInhibitor,
    ScreenSaverInhibitor,
    WindowsInhibitor,
    platform_inhibitor,
)


class FakeFunction:
    def __init__(self, name: str, library: FakeLibrary) -> None:
        self.name = name
        self.library = library
        self.argtypes: list[Any] | None = None
        self.restype: Any = ctypes.c_int

    def __call__(self, *args: Any) -> Any:
        self.library.calls.append((self.name, args))
        return self.library.answers[self.name](*args)


class FakeLibrary:
    """Stands in for a ctypes library: functions by attribute, every call recorded."""

    def __init__(self, answers: dict[str, Callable[..., Any]]) -> None:
        self.answers = answers
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.functions: dict[str, FakeFunction] = {}

    def __getattr__(self, name: str) -> FakeFunction:
        if name not in self.answers:
            raise AttributeError(name)
        return self.functions.setdefault(name, FakeFunction(name, self))

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


def windows_kernel32(result: int = 0x80000000) -> FakeLibrary:
    return FakeLibrary({"SetThreadExecutionState": lambda flags: result})


def test_windows_holds_display_and_system_and_lets_go_with_continuous_alone():
    kernel32 = windows_kernel32()
    keep = KeepAwake(WindowsInhibitor(kernel32))
    keep.set_running(True)
    keep.set_running(True)  # held, not asked twice
    keep.set_running(False)
    assert kernel32.calls == [
        ("SetThreadExecutionState", (ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED,)),
        ("SetThreadExecutionState", (ES_CONTINUOUS,)),
    ]
    assert kernel32.calls[0][1] == (0x80000003,)
    function = kernel32.functions["SetThreadExecutionState"]
    assert function.argtypes == [ctypes.c_uint32] and function.restype is ctypes.c_uint32


def test_windows_gives_up_quietly_when_the_call_fails():
    kernel32 = windows_kernel32(result=0)  # SetThreadExecutionState answers NULL on failure
    inhibitor = WindowsInhibitor(kernel32)
    inhibitor.inhibit()
    assert inhibitor.broken and not inhibitor.active
    inhibitor.release()
    inhibitor.inhibit()
    assert kernel32.names() == ["SetThreadExecutionState"]  # asked once, nothing to let go


class FakeMac:
    """IOKit and CoreFoundation: CFStrings are numbered handles, assertions get ids."""

    def __init__(self, create_result: int = 0) -> None:
        self.strings: dict[int, bytes] = {}
        self.released_strings: list[int] = []
        self.next_id = 41

        def create_string(allocator: Any, text: bytes, encoding: int) -> int:
            assert allocator is None and encoding == CF_STRING_ENCODING_UTF8
            handle = 0x1000 + len(self.strings)
            self.strings[handle] = text
            return handle

        def create_assertion(kind: int, level: int, name: int, out: Any) -> int:
            self.next_id += 1
            out.contents.value = self.next_id
            return create_result

        self.cf = FakeLibrary(
            {"CFStringCreateWithCString": create_string, "CFRelease": self.released_strings.append}
        )
        self.iokit = FakeLibrary(
            {"IOPMAssertionCreateWithName": create_assertion, "IOPMAssertionRelease": lambda i: 0}
        )


def test_macos_asserts_no_display_sleep_and_releases_the_same_assertion():
    mac = FakeMac()
    keep = KeepAwake(MacInhibitor(mac.iokit, mac.cf))
    keep.set_running(True)
    assert mac.iokit.names() == ["IOPMAssertionCreateWithName"]
    kind, level, name, _out = mac.iokit.calls[0][1]
    assert mac.strings[kind] == b"PreventUserIdleDisplaySleep"
    assert mac.strings[name] == REASON.encode()
    assert level == ASSERTION_LEVEL_ON == 255
    assert sorted(mac.released_strings) == sorted(mac.strings)  # no CFString leaked

    keep.set_running(False)
    assert mac.iokit.calls[1] == ("IOPMAssertionRelease", (42,))
    keep.set_running(True)  # a resumed session takes a new assertion and lets that one go
    keep.set_running(False)
    assert mac.iokit.calls[3] == ("IOPMAssertionRelease", (43,))
    # Pointers are declared so that 64-bit handles are not cut to a C int.
    assert mac.cf.functions["CFStringCreateWithCString"].restype is ctypes.c_void_p
    create = mac.iokit.functions["IOPMAssertionCreateWithName"]
    assert create.argtypes is not None and create.argtypes[0] is ctypes.c_void_p


def test_macos_gives_up_quietly_when_the_assertion_is_refused():
    mac = FakeMac(create_result=-536870212)  # kIOReturnError
    inhibitor = MacInhibitor(mac.iokit, mac.cf)
    inhibitor.inhibit()
    assert inhibitor.broken and not inhibitor.active
    inhibitor.release()
    inhibitor.inhibit()
    assert mac.iokit.names() == ["IOPMAssertionCreateWithName"]


def test_each_system_gets_its_own_inhibitor():
    assert isinstance(platform_inhibitor("win32"), WindowsInhibitor)
    assert isinstance(platform_inhibitor("darwin"), MacInhibitor)
    assert isinstance(platform_inhibitor("linux"), ScreenSaverInhibitor)
