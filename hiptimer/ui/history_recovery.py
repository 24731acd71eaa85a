"""The history link's questions about a damaged or foreign history file: restore the
backup or start an empty history, asked in a window-modal box that does not block the
event loop. Mixed into HistoryLink, which holds the store and the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from hiptimer.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from hiptimer.store import HistoryStore
    from hiptimer.store.recovery import StoreRecovery
    from hiptimer.ui.main_window import MainWindow


class HistoryRecovery:
    """Needs `window`, `store`, `question` and `_store_ready`, as HistoryLink has them."""

    window: MainWindow
    store: HistoryStore | None
    question: QMessageBox | None
    _recovery_pending: bool
    _store_ready: Callable[[], None]

    def _ask(
        self,
        text: str,
        detail: str,
        buttons: Sequence[str],
        answered: Callable[[int], None],
        *,
        warning: bool = False,
        closed: int | None = None,
    ) -> QMessageBox:
        """A window-modal question that does not block the event loop. The first button
        accepts (the default), any others decline; `answered` gets the index of the button
        chosen; when the box is closed otherwise, `closed` (default: the last button)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setWindowTitle("HipTimer")
        box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question)
        box.setText(text)
        box.setInformativeText(detail)
        accept, decline = QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.RejectRole
        made = [box.addButton(label, decline if i else accept) for i, label in enumerate(buttons)]
        box.setDefaultButton(made[0])
        for button in made:  # a screen reader says which question each button answers
            button.setAccessibleDescription(text)

        def finished(_code: int) -> None:
            self.question = None
            clicked = box.clickedButton()
            if clicked in made:
                choice = made.index(clicked)
            else:
                choice = len(made) - 1 if closed is None else closed
            answered(choice)

        box.finished.connect(finished)
        self.question = box
        box.open()
        return box

    def _offer_backup(self, recovery: StoreRecovery) -> None:
        from hiptimer.store import StoreError

        self.store = None
        self._recovery_pending = True

        def answered(choice: int) -> None:
            if choice < 0:
                # Closed without a choice: nothing is decided; the marker beside the file
                # keeps the question for the History menu and for the next start.
                self.window.notify(
                    translate(
                        "HistoryLink",
                        "Your history is not open yet: choose what to do with it from "
                        "History (Ctrl+H), or when HipTimer starts next.",
                    )
                )
                return
            try:
                if recovery.backup is not None and choice == 0:
                    self.store = recovery.restore_backup()
                    self.window.notify(
                        translate("HistoryRecovery", "Your history was restored from its backup.")
                    )
                else:
                    self.store = recovery.start_empty()
            except StoreError as error:
                self.store = None
                self.window.show_message(
                    True,
                    translate("HistoryRecovery", "History"),
                    translate("HistoryRecovery", "Your history cannot be opened."),
                    str(error),
                )
                return
            self._store_ready()

        title = (
            translate("HistoryRecovery", "Your history file is not a HipTimer history.")
            if recovery.foreign
            else translate("HistoryRecovery", "Your history file was damaged.")
        )
        if recovery.backup is None:
            self._ask(
                title,
                recovery.message,
                [translate("HistoryRecovery", "Start an empty history")],
                answered,
                warning=True,
                closed=-1,
            )
        else:
            self._ask(
                title,
                recovery.message,
                [
                    translate("HistoryRecovery", "Restore the backup"),
                    translate("HistoryRecovery", "Start an empty history"),
                ],
                answered,
                warning=True,
                closed=-1,
            )
