"""The settings dialog: sound, speech, voice, prepare time and theme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hiptimer.core.i18n import LANGUAGES, PSEUDO, QT_TRANSLATE_NOOP, SYSTEM, translate
from hiptimer.profiles.settings import PREPARE_MAX, PREPARE_MIN, Settings, Theme

THEME_NAMES = {
    Theme.SYSTEM: QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    Theme.LIGHT: QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    Theme.DARK: QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}
DEFAULT_VOICE = QT_TRANSLATE_NOOP("SettingsDialog", "The engine's default voice")


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        voices: list[str] | None,
        notes: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings — HipTimer"))
        self._settings = settings

        self.sound = QCheckBox(
            translate("SettingsDialog", "Beeps for the last seconds and each new step")
        )
        self.sound.setObjectName("soundCheck")
        self.sound.setChecked(settings.sound)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("volumeSlider")
        self.volume.setRange(0, 100)
        self.volume.setValue(settings.volume)
        self.volume_label = QLabel(f"{settings.volume} %")
        self.volume.valueChanged.connect(lambda v: self.volume_label.setText(f"{v} %"))
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_label)

        self.speech = QCheckBox(translate("SettingsDialog", "Spoken cues (side, exercise, dose)"))
        self.speech.setObjectName("speechCheck")
        self.speech.setChecked(settings.speech)
        self.voice = QComboBox()
        self.voice.setObjectName("voiceCombo")
        self.voice.addItem(translate("SettingsDialog", DEFAULT_VOICE), "")
        if voices is None:
            self.voice.setEnabled(False)
            self.voice.setToolTip(
                translate("SettingsDialog", "No speech engine works on this computer")
            )
        else:
            for name in voices:
                self.voice.addItem(name, name)
        if settings.voice and self.voice.findData(settings.voice) < 0:
            missing = translate("SettingsDialog", "{voice} (not available now)")
            self.voice.addItem(missing.format(voice=settings.voice), settings.voice)
        self.voice.setCurrentIndex(max(self.voice.findData(settings.voice), 0))

        self.prepare = QSpinBox()
        self.prepare.setObjectName("prepareSpin")
        self.prepare.setRange(PREPARE_MIN, PREPARE_MAX)
        self.prepare.setSuffix(" s")
        self.prepare.setValue(settings.prepare_seconds)
        self.prepare.setToolTip(
            translate("SettingsDialog", "Seconds to get into position before the first exercise")
        )

        self.theme = QComboBox()
        self.theme.setObjectName("themeCombo")
        for theme, name in THEME_NAMES.items():
            self.theme.addItem(translate("SettingsDialog", name), theme.value)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme.value))

        self.high_contrast = QCheckBox(
            translate("SettingsDialog", "Black and white with strong colours, for low vision")
        )
        self.high_contrast.setObjectName("highContrastCheck")
        self.high_contrast.setChecked(settings.high_contrast)
        self.high_contrast.setToolTip(
            translate("SettingsDialog", "Text and colours at 7:1 contrast or more, in every window")
        )

        for widget, text in (
            (
                self.sound,
                translate("SettingsDialog", "Beeps mark each new step and the last 3 seconds"),
            ),
            (
                self.volume,
                translate("SettingsDialog", "How loud the beeps and the spoken cues are"),
            ),
            (
                self.speech,
                translate("SettingsDialog", "A voice says the side, the exercise and the dose"),
            ),
            (self.voice, translate("SettingsDialog", "The voice that says the spoken cues")),
            (self.theme, translate("SettingsDialog", "Light, dark, or as the desktop is")),
        ):
            widget.setAccessibleDescription(text)

        # Each language by its own name; the texts are loaded before any window exists,
        # so a new choice applies at the next start.
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(translate("SettingsDialog", "Follow the system"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        if settings.language == PSEUDO:
            self.language.addItem(translate("SettingsDialog", "Pseudo (for testing)"), PSEUDO)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.language.setToolTip(
            translate("SettingsDialog", "Applies the next time HipTimer starts")
        )
        self.language.setAccessibleDescription(
            translate("SettingsDialog", "The language of every window and of the spoken cues")
        )
        self.language_note = QLabel(translate("SettingsDialog", "(at the next start)"))
        self.language_note.setObjectName("languageNote")
        language_row = QHBoxLayout()
        language_row.addWidget(self.language, 1)
        language_row.addWidget(self.language_note)

        form = QFormLayout()
        form.addRow(translate("SettingsDialog", "Sound:"), self.sound)
        form.addRow(translate("SettingsDialog", "Volume:"), volume_row)
        form.addRow(translate("SettingsDialog", "Speech:"), self.speech)
        form.addRow(translate("SettingsDialog", "Voice:"), self.voice)
        form.addRow(translate("SettingsDialog", "Get ready for:"), self.prepare)
        form.addRow(translate("SettingsDialog", "Theme:"), self.theme)
        form.addRow(translate("SettingsDialog", "High contrast:"), self.high_contrast)
        form.addRow(translate("SettingsDialog", "Language:"), language_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if notes:
            note = QLabel(notes)
            note.setWordWrap(True)
            note.setObjectName("settingsNotes")
            layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> Settings:
        return self._settings.with_changes(
            sound=self.sound.isChecked(),
            volume=self.volume.value(),
            speech=self.speech.isChecked(),
            voice=str(self.voice.currentData() or ""),
            prepare_seconds=self.prepare.value(),
            theme=Theme(self.theme.currentData()),
            high_contrast=self.high_contrast.isChecked(),
            language=str(self.language.currentData()),
        )
