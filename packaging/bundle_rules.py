"""What goes into the PyInstaller bundle and what stays out (read by hiptimer.spec).

PyInstaller collects a Qt module's libraries and every plugin of the categories it uses.
HipTimer keeps the modules below; the rules drop the rest, so WebEngine, QML-only modules,
3D, Charts and friends (hundreds of MB in the PySide6 wheels) never reach the bundle.
"""

from __future__ import annotations

from pathlib import PurePath

# Qt modules HipTimer uses. QtOpenGL is pyqtgraph's: its curve item imports it.
QT_KEEP = frozenset(
    {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtSvg",
        "QtMultimedia",
        "QtTextToSpeech",
        "QtDBus",
        "QtNetwork",
        "QtPrintSupport",
        # pyqtgraph imports both at load time, for the history charts.
        "QtOpenGL",
        "QtOpenGLWidgets",
    }
)

# Development tools and optional imports that must never ride along.
DEV_EXCLUDE = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "IPython",
    "matplotlib",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "pyqtgraph.opengl",
    "pyqtgraph.jupyter",
    "pyqtgraph.examples",
    # numpy's random numbers and Fourier transforms: numpy loads them only when asked, and
    # neither HipTimer nor the pyqtgraph charts it draws ask (pyqtgraph's scatter
    # shuffling and FFT view, which would, are not used). About 4 MB.
    "numpy.random",
    "numpy.fft",
    # TLS: HipTimer opens no network connection (its one socket is the local one that
    # keeps a single window per profile), and hashlib computes SHA-256 without OpenSSL.
    # Leaving these out leaves out OpenSSL's libraries: about 6 MB.
    "ssl",
    "_ssl",
    "_hashlib",
)

# HipTimer's own catalogues, and Qt's for its standard buttons and dialogs in the
# languages HipTimer speaks; Qt's other languages and modules stay out.
TRANSLATIONS_KEEP: tuple[str, ...] = ("hiptimer_", "qtbase_de", "qtbase_es", "qtbase_fr")

# Plugins that serve kiosks and embedded boards (eglfs, linuxfb, vnc, evdev input), PDF
# images (they pull in QtPdf), the on-screen keyboard (QML and QtVirtualKeyboard) and
# network status watching. The desktop platforms (xcb, wayland), offscreen and minimal
# stay. Also QtMultimedia's media back end (its FFmpeg plugin): HipTimer only plays its
# beeps with QSoundEffect, which QtMultimedia itself plays through the system's sound
# server (PulseAudio or PipeWire) with no back end loaded ("No QtMultimedia backends
# found. Only QMediaDevices, QAudioDevice, QSoundEffect, QAudioSink, and QAudioSource are
# available", it says once). Speech goes through QtTextToSpeech's own plugins.
# Names go without "lib" and with "Qt" for "Qt6", so they match on every system.
PLUGINS_DROP: dict[str, tuple[str, ...]] = {
    "platforms": ("qeglfs", "qminimalegl", "qlinuxfb", "qvnc", "qvkkhrdisplay"),
    "platforminputcontexts": ("qtvirtualkeyboardplugin",),
    "imageformats": ("qpdf",),
    "egldeviceintegrations": ("",),
    "generic": ("",),
    "networkinformation": ("",),
    "multimedia": ("",),
    "tls": ("",),
}
# Libraries only those plugins need: FFmpeg and Qt's stubs for what FFmpeg loads, and QML
# and Qt Quick, which only the FFmpeg plugin links. build.py checks (with ldd) that
# nothing left links a Qt library that is left out.
QT_LIBS_DROP = (
    "QtVirtualKeyboard",
    "QtPdf",
    "QtEglFS",
    "QtEglFs",
    "QtQuick",
    "QtQml",
    "QtFFmpegStub",
    "avcodec",
    "avformat",
    "avutil",
    "swscale",
    "swresample",
)


# OpenSSL, which PySide6's packaging hook adds for Qt's TLS back end (loaded by name at
# run time, so nothing links it): without the "tls" plugins and Python's ssl, unused.
OPENSSL = ("libssl", "libcrypto")


def qt_excludes(available: list[str]) -> list[str]:
    """Python modules to exclude, given the PySide6 module names installed."""
    return [f"PySide6.{name}" for name in sorted(available) if name not in QT_KEEP]


def _plain(name: str) -> str:
    return name.removeprefix("lib").replace("Qt6", "Qt")


def wanted(dest: str) -> bool:
    """Whether a file, by its path inside the bundle, belongs there."""
    parts = PurePath(dest.replace("\\", "/")).parts
    name = parts[-1]
    if name.startswith(OPENSSL):
        return False
    if "translations" in parts and name.endswith(".qm"):
        return name.startswith(TRANSLATIONS_KEEP) if TRANSLATIONS_KEEP else False
    if len(parts) >= 2 and "plugins" in parts and parts[-2] in PLUGINS_DROP:
        return not _plain(name).startswith(PLUGINS_DROP[parts[-2]])
    # A macOS framework is a folder (QtPdf.framework/...), so look at every part.
    return not any(_plain(part).startswith(QT_LIBS_DROP) for part in parts)
