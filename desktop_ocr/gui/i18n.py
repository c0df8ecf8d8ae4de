"""UI language: pick it, install the Qt translator, switch it at run time.

Why: menus and dialogs are translated with Qt's own tools (``self.tr`` →
``.ts`` → ``.qm``) so translators can use Qt Linguist; form labels come from the
document schema (``label_zh``/``label_en``) so they can never drift from the
fields.  Installing a new translator makes Qt send ``LanguageChange`` to every
widget, and each widget relabels itself in ``changeEvent``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop_ocr.gui.resources import translations_dir

LANGUAGES: tuple[tuple[str, str], ...] = (("", ""), ("zh_CN", "中文"), ("en", "English"))
_current: dict[str, object] = {"code": "en", "translator": None, "qt": None}


def resolve(choice: str) -> str:
    """``""`` (or ``system``) → the system's language if we have it (zh → zh_CN), else English."""
    if choice in ("zh_CN", "en"):
        return choice
    name = QLocale.system().name()  # e.g. zh_CN, zh_TW, en_GB
    return "zh_CN" if name.lower().startswith("zh") else "en"


def install(choice: str) -> str:
    """Install the translators for ``choice``; returns the language code in use.

    Two translators: ours, and Qt's own ``qtbase`` one so standard buttons and
    dialogs (Save, Cancel, file dialogs) speak the same language.
    """
    app = QCoreApplication.instance()
    code = resolve(choice)
    if app is None:
        _current["code"] = code
        return code
    for slot in ("qt", "translator"):
        old = _current.get(slot)
        if isinstance(old, QTranslator):
            app.removeTranslator(old)
        _current[slot] = None
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _current["qt"] = qt
    ours = QTranslator(app)
    if ours.load(f"desktop_ocr_{code}", str(translations_dir())):
        app.installTranslator(ours)
        _current["translator"] = ours
    elif _current["qt"] is None:  # nothing installed: still tell widgets to relabel
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    _current["code"] = code
    return code


def current() -> str:
    """``zh_CN`` or ``en``: the language widgets use for schema labels."""
    return str(_current["code"])


def schema_language() -> str:
    """The language argument for ``FieldSpec.label`` / ``DocumentType.label``."""
    return "zh" if current().startswith("zh") else "en"
