"""Settings: one tab per settings section, each made from the section's declaration.

Why generated: every setting is declared once (``desktop_ocr.config``; each
backend declares its own section), with its label, type, bounds and whether it
is secret, so a new setting or a new backend appears here with no edit to this
file.  Protocol details a clerk never needs (``advanced=True``: CloudWalk's SM2/
SM4 framing) wait under "Advanced"; a cloud backend's tab offers "Test
connection" (``backends.probe``, off the GUI thread) with the values typed, and
a folder that does not exist is not saved.  Saving goes through :class:`~desktop_ocr.gui.settings.AppSettings`:
secrets to the OS keyring (or an encrypted file where there is none), never to
a plain-text file; everything else to the ``settings.json`` the command line
reads too.  The dialog shows the saved values, never environment overrides, so
it never saves a value that only came from the environment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_ocr import settings_store
from desktop_ocr.backends import registry
from desktop_ocr.backends.probe import ProbeResult, probe
from desktop_ocr.config import Setting, apply_environment, declared, section_label, value_type
from desktop_ocr.errors import OcrError
from desktop_ocr.gui import glyphs, i18n
from desktop_ocr.gui.offthread import Lane
from desktop_ocr.gui.settings import AppSettings
from desktop_ocr.secrets import SecretStore

#: The app's sections before and after the backends' tabs.
_FIRST, _LAST = ("preferences", "checking", "export"), ("transport",)


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if i18n.schema_language() == "zh" and pair[1] else pair[0]


class SettingEditor:
    """One setting's widget: shows a value, gives one back in the setting's type."""

    def __init__(self, setting: Setting, value: Any, parent: QWidget) -> None:
        self.setting = setting
        info = setting.info
        kind, optional = value_type(setting.type)
        self.row: QWidget
        if kind is bool:
            self.widget: QWidget = QCheckBox(setting.label(i18n.schema_language()), parent)
            self.widget.setChecked(bool(value))
        elif info.choices:
            self.widget = QComboBox(parent)
            labels = info.choice_labels or tuple((str(c), str(c)) for c in info.choices)
            for choice, label in zip(info.choices, labels, strict=True):
                self.widget.addItem(_pick(label), choice)
            self.widget.setCurrentIndex(max(0, self.widget.findData(value)))
        elif kind in (int, float):
            self.widget = QSpinBox(parent) if kind is int else QDoubleSpinBox(parent)
            self.widget.setRange(info.minimum if info.minimum is not None else 0,
                                 info.maximum if info.maximum is not None else 10 ** 6)
            if _pick(info.unit):
                self.widget.setSuffix(f" {_pick(info.unit)}")
            if optional and _pick(info.none_text):
                self.widget.setSpecialValueText(_pick(info.none_text))
            self.widget.setValue(value if value is not None else self.widget.minimum())
        else:
            self.widget = QLineEdit("" if value is None else str(value), parent)
            if info.secret:
                self.widget.setEchoMode(QLineEdit.EchoMode.Password)
            if _pick(info.help):
                self.widget.setPlaceholderText(_pick(info.help))
        self.widget.setObjectName(setting.key)
        self.row = self.widget
        if info.kind == "folder":
            self.row = QWidget(parent)
            browse = QPushButton(QCoreApplication.translate("SettingsDialog", "Browse…"),
                                 self.row)
            browse.clicked.connect(self._browse)
            layout = QHBoxLayout(self.row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.widget, 1)
            layout.addWidget(browse)

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QSpinBox | QDoubleSpinBox):
            optional = value_type(self.setting.type)[1]
            return None if optional and w.value() == w.minimum() else w.value()
        assert isinstance(w, QLineEdit)
        return w.text().strip()

    def _browse(self) -> None:
        assert isinstance(self.widget, QLineEdit)
        title = self.setting.label(i18n.schema_language()).rstrip(":：")
        folder = QFileDialog.getExistingDirectory(self.widget, title, self.widget.text())
        if folder:
            self.widget.setText(folder)


class SettingsDialog(QDialog):
    settingsSaved = Signal()
    connectionTested = Signal(str, object)  # backend name, ProbeResult

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        saved = settings.saved()
        self._editors: dict[str, SettingEditor] = {}
        self.test_buttons: dict[str, QPushButton] = {}
        self.test_results: dict[str, QLabel] = {}
        self.advanced_toggles: dict[str, QToolButton] = {}
        self._lane = Lane("connection-test", 2, self)  # the network never stalls the window
        self.tabs = QTabWidget(self)
        sections = settings_store.section_types()
        order = [*_FIRST, *(n for n in sections if n not in (*_FIRST, *_LAST)), *_LAST]
        for name in order:
            shown = [s for s in declared(name, sections[name]) if s.info.shown]
            if not shown:
                continue
            page = QWidget()
            layout = QVBoxLayout(page)
            form = QFormLayout()
            layout.addLayout(form)
            self._add_rows(form, [s for s in shown if not s.info.advanced], saved, page)
            advanced = [s for s in shown if s.info.advanced]
            if advanced:
                self._add_advanced(name, layout, advanced, saved, page)
            if self._is_cloud(name):
                self._add_test(name, layout, page)
            layout.addStretch(1)
            self.tabs.addTab(page, self._title(name, sections[name]))

        self.secret_note = QLabel(self)
        self.secret_note.setWordWrap(True)
        self.secret_note.setText(self._secret_note())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.secret_note)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(560, 520)

    def _add_rows(self, form: QFormLayout, settings: list[Setting], saved: Any,
                  page: QWidget) -> None:
        for s in settings:
            editor = self._editors[s.key] = SettingEditor(s, saved.get(s.key), page)
            label = "" if isinstance(editor.widget, QCheckBox) else \
                s.label(i18n.schema_language())
            form.addRow(label, editor.row)

    def _add_advanced(self, name: str, layout: QVBoxLayout, settings: list[Setting],
                      saved: Any, page: QWidget) -> None:
        """Protocol details under a closed "Advanced" section (for IT, not the clerk)."""
        toggle = QToolButton(page)
        toggle.setObjectName(f"advanced_{name}")
        toggle.setText(self.tr("Advanced (for IT)"))
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        box = QWidget(page)
        form = QFormLayout(box)
        form.setContentsMargins(16, 0, 0, 0)
        self._add_rows(form, settings, saved, box)
        box.setVisible(False)

        def show(on: bool) -> None:
            box.setVisible(on)
            toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

        toggle.toggled.connect(show)
        layout.addWidget(toggle)
        layout.addWidget(box)
        self.advanced_toggles[name] = toggle

    @staticmethod
    def _is_cloud(name: str) -> bool:
        return name in registry.names() and not registry.get(name).local

    def _add_test(self, name: str, layout: QVBoxLayout, page: QWidget) -> None:
        button = QPushButton(self.tr("&Test connection"), page)
        button.setObjectName(f"test_{name}")
        button.setToolTip(self.tr("Sends one blank test page with the values above (not "
                                  "saved yet) and says whether the service accepts them"))
        result = QLabel(page)
        result.setObjectName(f"testResult_{name}")
        result.setWordWrap(True)
        button.clicked.connect(lambda: self.test_connection(name))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addWidget(result, 1)
        layout.addLayout(row)
        self.test_buttons[name] = button
        self.test_results[name] = result

    def test_connection(self, name: str) -> None:
        """Probe backend ``name`` with the values in the dialog, off the GUI thread."""
        try:
            values = self._settings.saved().with_values(self.values())
        except KeyError:
            values = self._settings.saved()
        values = apply_environment(values)
        self.test_buttons[name].setEnabled(False)
        self.test_results[name].setStyleSheet("")
        self.test_results[name].setText(self.tr("Testing…"))
        self._lane.run(lambda: probe(name, values), lambda result: self._tested(name, result))

    def _tested(self, name: str, result: ProbeResult) -> None:
        self.test_buttons[name].setEnabled(True)
        icon, colour = (glyphs.OK, "#1b7f3b") if result.ok else (glyphs.ERROR, "#c62828")
        self.test_results[name].setText(f"{icon} {result.localized(i18n.current())}")
        self.test_results[name].setStyleSheet(f"color: {colour};")
        self.connectionTested.emit(name, result)

    def missing_folders(self) -> list[tuple[str, str]]:
        """(label, path) of each folder setting whose folder does not exist (or is a file)."""
        out = []
        for editor in self._editors.values():
            value = editor.value()
            if editor.setting.info.kind == "folder" and value and not Path(value).is_dir():
                out.append((editor.setting.label(i18n.schema_language()).rstrip(":："), value))
        return out

    @staticmethod
    def _title(name: str, kind: type) -> str:
        title = section_label(kind, i18n.schema_language())
        if not title and name in registry.names():
            title = registry.get(name).title(i18n.schema_language())
        return title or name

    def editor(self, key: str) -> QWidget:
        """The widget of setting ``key`` (``accuauth.api_secret``)."""
        return self._editors[key].widget

    def values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self._editors.items()}

    def _secret_note(self) -> str:
        try:
            store = self._settings.secrets or SecretStore()
            where = str(getattr(store, "backend_name", ""))
        except Exception:  # a broken keyring must not stop the dialog
            where = ""
        if where.startswith("keyring"):
            return self.tr("Keys and secrets are kept in the system keyring, never in a plain-text file.")
        return self.tr("Keys and secrets are kept in an encrypted file (no system keyring found), never in plain text.")

    def save(self) -> None:
        missing = self.missing_folders()
        if missing:
            label, path = missing[0]
            text = self.tr("{0} {1} is a file, not a folder. Choose the folder the files go "
                           "into, or leave it empty.") if Path(path).exists() else self.tr(
                "{0} {1} does not exist. Choose an existing folder, or leave it empty.")
            QMessageBox.warning(self, self.tr("Settings"),
                                text.replace("{0}", label).replace("{1}", path))
            return
        try:
            self._settings.update(self.values())
        except OcrError as exc:
            QMessageBox.warning(self, self.tr("Settings"), exc.message)
            return
        self.settingsSaved.emit()
        self.accept()
