"""Settings: backends (endpoints, credentials, CloudWalk envelope), language, export, folders.

Why it saves through ``settings_store``: credentials go to the OS keyring (or an
encrypted file where there is none) and never into QSettings or any plain-text
file; URLs and envelope options go to the shared ``settings.json`` the command
line reads too.  Only pure UI state (export defaults, hot folder) goes to the
QSettings ``Preferences``.  The dialog loads saved values *without* environment
overrides so it never persists a value that only came from the environment.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
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
    QVBoxLayout,
    QWidget,
)

from desktop_ocr.config import (
    AccuAuthSettings,
    BackendSettings,
    CloudWalkEnvelope,
    CloudWalkSettings,
    TransportSettings,
)
from desktop_ocr.errors import OcrError
from desktop_ocr.gui.prefs import Preferences

_ENVELOPE_CHOICES: dict[str, tuple[str, ...]] = {
    "mode": ("sm", "plain"),
    "fields_in": ("body", "headers"),
    "sm4_mode": ("ECB", "CBC"),
    "encoding": ("hex", "base64"),
    "sm2_order": ("C1C3C2", "C1C2C3"),
    "digest_of": ("plaintext", "ciphertext"),
    "response_key": ("workKey", "sm4Key"),
}


def _secret_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _choice(parent: QWidget, values: tuple[str, ...], current: str) -> QComboBox:
    combo = QComboBox(parent)
    for v in values:
        combo.addItem(v, v)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class SettingsDialog(QDialog):
    settingsSaved = Signal()

    def __init__(self, prefs: Preferences, parent: QWidget | None = None, *,
                 secrets: object | None = None) -> None:
        super().__init__(parent)
        from desktop_ocr.settings_store import load_backend_settings, load_preferences

        self.setObjectName("settingsDialog")
        self._prefs = prefs
        self._secrets = secrets
        kwargs = {"secrets": secrets} if secrets is not None else {}
        saved = load_backend_settings(env={}, **kwargs)
        app = load_preferences()
        self.tabs = QTabWidget(self)

        # --- general ----------------------------------------------------------
        general = QWidget()
        self.language_combo = QComboBox(general)
        self.language_combo.setObjectName("languageCombo")
        for code, label in (("", self.tr("Follow the system")), ("zh_CN", "中文"),
                            ("en", "English")):
            self.language_combo.addItem(label, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(app.language)))
        self.mask_check = QCheckBox(self.tr("Mask ID numbers on screen (shared desks)"), general)
        self.mask_check.setChecked(app.mask_ids_on_screen)
        self.retention_spin = QSpinBox(general)
        self.retention_spin.setRange(0, 3650)
        self.retention_spin.setSpecialValueText(self.tr("Keep forever"))
        self.retention_spin.setSuffix(self.tr(" days"))
        self.retention_spin.setValue(app.retention_days or 0)
        self.watch_edit = QLineEdit(str(prefs.get("intake/watch_folder")), general)
        self.watch_edit.setObjectName("watchFolder")
        self.watch_edit.setPlaceholderText(self.tr("No watched folder"))
        browse = QPushButton(self.tr("Browse…"), general)
        browse.clicked.connect(self._browse_watch)
        watch_row = QHBoxLayout()
        watch_row.addWidget(self.watch_edit, 1)
        watch_row.addWidget(browse)
        g = QFormLayout(general)
        g.addRow(self.tr("&Language:"), self.language_combo)
        g.addRow("", self.mask_check)
        g.addRow(self.tr("Delete stored records after:"), self.retention_spin)
        watch_label = QLabel(self.tr("Scanner &hot folder:"), general)
        watch_label.setBuddy(self.watch_edit)
        g.addRow(watch_label, watch_row)
        self.tabs.addTab(general, self.tr("General"))

        # --- export ----------------------------------------------------------
        export = QWidget()
        self.export_format = _choice(export, ("xlsx", "csv", "json"),
                                     str(prefs.get("export/format")))
        self.export_confirmed = QCheckBox(self.tr("Confirmed documents only"), export)
        self.export_confirmed.setChecked(bool(prefs.get("export/confirmed_only")))
        self.export_language = QComboBox(export)
        self.export_language.addItem("English", "en")
        self.export_language.addItem("中文", "zh")
        self.export_language.setCurrentIndex(max(0, self.export_language.findData(
            str(prefs.get("export/language")))))
        e = QFormLayout(export)
        e.addRow(self.tr("Default format:"), self.export_format)
        e.addRow("", self.export_confirmed)
        e.addRow(self.tr("Header language:"), self.export_language)
        self.tabs.addTab(export, self.tr("Export"))

        # --- CloudWalk ----------------------------------------------------------
        cw = saved.cloudwalk
        cloudwalk = QWidget()
        self.cw_url = QLineEdit(cw.base_url, cloudwalk)
        self.cw_url.setObjectName("cloudwalkUrl")
        self.cw_url.setPlaceholderText("https://…")
        self.cw_app_key = _secret_edit(cloudwalk)
        self.cw_app_key.setText(cw.app_key)
        self.cw_app_secret = _secret_edit(cloudwalk)
        self.cw_app_secret.setText(cw.app_secret)
        self.cw_sm2 = QLineEdit(cw.sm2_public_key, cloudwalk)
        self.cw_sm4 = _secret_edit(cloudwalk)
        self.cw_sm4.setText(cw.sm4_key)
        self.cw_envelope: dict[str, QComboBox] = {
            name: _choice(cloudwalk, values, str(getattr(cw.envelope, name)))
            for name, values in _ENVELOPE_CHOICES.items()
        }
        self.cw_iv = QLineEdit(cw.envelope.sm4_iv, cloudwalk)
        office_hint = self.tr("Or an office server running desktop-ocr serve: its address, "
                              "and the credentials it showed.")
        c = QFormLayout(cloudwalk)
        c.addRow(self.tr("Service URL:"), self.cw_url)
        c.addRow("", QLabel(office_hint, cloudwalk))
        c.addRow(self.tr("App key:"), self.cw_app_key)
        c.addRow(self.tr("App secret:"), self.cw_app_secret)
        c.addRow(self.tr("SM2 public key (hex):"), self.cw_sm2)
        c.addRow(self.tr("SM4 key (hex, optional):"), self.cw_sm4)
        labels = {
            "mode": self.tr("Envelope:"),
            "fields_in": self.tr("Envelope fields in:"),
            "sm4_mode": self.tr("SM4 mode:"),
            "encoding": self.tr("Binary encoding:"),
            "sm2_order": self.tr("SM2 ciphertext order:"),
            "digest_of": self.tr("Digest of:"),
            "response_key": self.tr("Answer decrypted with:"),
        }
        for name, combo in self.cw_envelope.items():
            c.addRow(labels[name], combo)
        c.addRow(self.tr("SM4 IV (hex, CBC only):"), self.cw_iv)
        self.tabs.addTab(cloudwalk, "CloudWalk")

        # --- AccuAuth ------------------------------------------------------------
        aa = saved.accuauth
        accuauth = QWidget()
        self.aa_url = QLineEdit(aa.base_url, accuauth)
        self.aa_url.setObjectName("accuauthUrl")
        self.aa_url.setPlaceholderText("https://…")
        self.aa_id = _secret_edit(accuauth)
        self.aa_id.setText(aa.api_id)
        self.aa_secret = _secret_edit(accuauth)
        self.aa_secret.setText(aa.api_secret)
        self.aa_send_as = _choice(accuauth, ("file", "image_base64"), aa.send_as)
        a = QFormLayout(accuauth)
        a.addRow(self.tr("Service URL:"), self.aa_url)
        a.addRow("", QLabel(office_hint, accuauth))
        a.addRow(self.tr("API ID:"), self.aa_id)
        a.addRow(self.tr("API secret:"), self.aa_secret)
        a.addRow(self.tr("Send image as:"), self.aa_send_as)
        self.tabs.addTab(accuauth, "AccuAuth")

        # --- connection ------------------------------------------------------------
        tr_ = saved.transport
        connection = QWidget()
        self.connect_timeout = QDoubleSpinBox(connection)
        self.connect_timeout.setRange(1, 120)
        self.connect_timeout.setValue(tr_.connect_timeout)
        self.connect_timeout.setSuffix(" s")
        self.read_timeout = QDoubleSpinBox(connection)
        self.read_timeout.setRange(1, 600)
        self.read_timeout.setValue(tr_.read_timeout)
        self.read_timeout.setSuffix(" s")
        self.retries = QSpinBox(connection)
        self.retries.setRange(0, 10)
        self.retries.setValue(tr_.retries)
        self.verify_tls = QCheckBox(self.tr("Verify TLS certificates"), connection)
        self.verify_tls.setChecked(tr_.verify_tls)
        t = QFormLayout(connection)
        t.addRow(self.tr("Connect timeout:"), self.connect_timeout)
        t.addRow(self.tr("Read timeout:"), self.read_timeout)
        t.addRow(self.tr("Retries:"), self.retries)
        t.addRow("", self.verify_tls)
        self.tabs.addTab(connection, self.tr("Connection"))
        self._backoff = tr_.backoff

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

    def _secret_note(self) -> str:
        from desktop_ocr.secrets import SecretStore

        try:
            store = self._secrets if self._secrets is not None else SecretStore()
            where = str(getattr(store, "backend_name", ""))
        except Exception:  # a broken keyring must not stop the dialog
            where = ""
        if where.startswith("keyring"):
            return self.tr("Keys and secrets are kept in the system keyring, never in a plain-text file.")
        return self.tr("Keys and secrets are kept in an encrypted file (no system keyring found), never in plain text.")

    def _browse_watch(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Scanner hot folder"),
                                                  self.watch_edit.text())
        if folder:
            self.watch_edit.setText(folder)

    def backend_settings(self) -> BackendSettings:
        env = CloudWalkEnvelope(**{name: str(combo.currentData())
                                   for name, combo in self.cw_envelope.items()},
                                sm4_iv=self.cw_iv.text().strip())
        return BackendSettings(
            cloudwalk=CloudWalkSettings(
                base_url=self.cw_url.text().strip(),
                app_key=self.cw_app_key.text().strip(),
                app_secret=self.cw_app_secret.text().strip(),
                sm2_public_key=self.cw_sm2.text().strip(),
                sm4_key=self.cw_sm4.text().strip(),
                envelope=env,
            ),
            accuauth=AccuAuthSettings(
                base_url=self.aa_url.text().strip(),
                api_id=self.aa_id.text().strip(),
                api_secret=self.aa_secret.text().strip(),
                send_as=str(self.aa_send_as.currentData()),
            ),
            transport=TransportSettings(
                connect_timeout=self.connect_timeout.value(),
                read_timeout=self.read_timeout.value(),
                retries=self.retries.value(),
                backoff=self._backoff,
                verify_tls=self.verify_tls.isChecked(),
            ),
        )

    def save(self) -> None:
        from desktop_ocr.settings_store import (
            load_preferences,
            save_backend_settings,
            save_preferences,
        )

        kwargs = {"secrets": self._secrets} if self._secrets is not None else {}
        try:
            save_backend_settings(self.backend_settings(), **kwargs)
            days = self.retention_spin.value()
            save_preferences(replace(load_preferences(),
                                     language=str(self.language_combo.currentData()),
                                     mask_ids_on_screen=self.mask_check.isChecked(),
                                     retention_days=days or None))
        except OcrError as exc:
            QMessageBox.warning(self, self.tr("Settings"), exc.message)
            return
        self._prefs.put("intake/watch_folder", self.watch_edit.text().strip())
        self._prefs.put("export/format", str(self.export_format.currentData()))
        self._prefs.put("export/confirmed_only", self.export_confirmed.isChecked())
        self._prefs.put("export/language", str(self.export_language.currentData()))
        self._prefs.sync()
        self.settingsSaved.emit()
        self.accept()
