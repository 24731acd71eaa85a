"""Which files the PyInstaller spec keeps in the bundle."""

from __future__ import annotations

import bundle_rules
from bundle_rules import qt_excludes, wanted

KEPT = [
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "PySide6/Qt/lib/libQt6TextToSpeech.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt6Gui.dll",
    "hiptimer/resources/icons/hiptimer.svg",
    "hiptimer/resources/translations/hiptimer_de.qm",
    "hiptimer/resources/translations/hiptimer_pseudo.qm",
    "PySide6/Qt/translations/qtbase_fr.qm",
    "numpy.libs/libscipy_openblas64_-ff651d7f.so",
    "libsqlite3.so.0",
]
DROPPED = [
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6/Qt/translations/qtbase_ja.qm",
    "PySide6/Qt/translations/qtmultimedia_de.qm",
    "PySide6\\plugins\\imageformats\\qpdf.dll",
    "PySide6/Qt6Pdf.dll",
    "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
    # The media back end: QSoundEffect plays the beeps without it.
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/lib/libavcodec.so.61",
    "PySide6/Qt/lib/libavformat.so.61",
    "PySide6/Qt/lib/libswresample.so.5",
    "PySide6/Qt/lib/libQt6FFmpegStub-va.so.2",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6QmlModels.so.6",
    "PySide6\\plugins\\multimedia\\ffmpegmediaplugin.dll",
    "PySide6/avcodec-61.dll",
    # TLS back ends: HipTimer opens no network connection.
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/tls/libqcertonlybackend.so",
    "libssl.so.3",
    "libcrypto.so.3",
    "PySide6/libcrypto-3-x64.dll",
]


def test_the_spec_keeps_what_the_app_runs_on() -> None:
    assert [path for path in KEPT if not wanted(path)] == []


def test_the_spec_drops_what_only_unused_modules_need() -> None:
    assert [path for path in DROPPED if wanted(path)] == []


def test_every_pyside6_module_outside_the_keep_list_is_excluded() -> None:
    available = [
        "QtCore",
        "QtGui",
        "QtWebEngineCore",
        "QtQml",
        "QtQuick",
        "Qt3DCore",
        "QtCharts",
        "QtPdf",
        "QtBluetooth",
        "QtMultimedia",
        "QtTextToSpeech",
    ]
    excluded = qt_excludes(available)
    assert excluded == [
        "PySide6.Qt3DCore",
        "PySide6.QtBluetooth",
        "PySide6.QtCharts",
        "PySide6.QtPdf",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.QtWebEngineCore",
    ]
    assert {"QtWidgets", "QtSvg", "QtDBus", "QtNetwork", "QtPrintSupport"} <= bundle_rules.QT_KEEP
