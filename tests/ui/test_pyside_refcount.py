"""Guards against PySide6 6.12.0's lost reference to None on Python 3.11.

That release dropped a reference to None on every call that returns nothing; a window
updating labels a few thousand times then died with "Fatal Python error: none_dealloc".
If an upgrade brings the bug back, this fails long before a user's session would crash.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_ten_thousand_void_calls_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    for i in range(200):  # warm up caches that legitimately hold None
        label.setText(str(i))
        qapp.processEvents()
    before = sys.getrefcount(None)
    for i in range(5_000):
        label.setText(str(i))
        qapp.processEvents()
    after = sys.getrefcount(None)
    # Immortal on 3.12+, so the check only bites where the bug could: a real count.
    assert after >= before - 50, f"None lost {before - after} references in 10,000 calls"
    assert label.text() == "4999"
