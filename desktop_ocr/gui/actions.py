"""The window's actions, menus and toolbar: one table, one place for their words.

Why apart from the window: every command a clerk can give (with its shortcut,
icon, menu and toolbar place, and its text in both languages) is declared here
once; the window only says what each one does.  Their words keep the
``MainWindow`` translation context: they are the main window's commands.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from desktop_ocr.gui.resources import icon

S = QKeySequence.StandardKey
#: name → (shortcuts: key names or standard keys, icon); every action of the window.
#: (Key sequences are made only once the application exists.)
ACTIONS: dict[str, tuple[list[str | QKeySequence.StandardKey], str | None]] = {
    "open": ([S.Open], "open"),
    "open_folder": (["Ctrl+Shift+O"], "folder"),
    "paste": ([S.Paste], "paste"),
    "export": ([S.Save], "export"),
    "settings": (["Ctrl+,"], "settings"),
    "history": (["Ctrl+H"], "history"),
    "quit": ([S.Quit, "Ctrl+Q"], None),  # Ctrl+Q also where Quit has no standard key
    "undo": ([S.Undo], None),
    "redo": ([S.Redo, "Ctrl+Y"], None),
    "remove": ([S.Delete], None),
    "restore": ([], None),
    "pair": ([], None),
    "unpair": ([], None),
    "confirm": (["Ctrl+Return", "Ctrl+Enter"], "confirm"),
    "override": (["Ctrl+Shift+Return", "Ctrl+Shift+Enter"], None),
    "rerun": (["F5"], "rerun"),
    "resume": ([], None),
    "prev": (["Ctrl+PgUp"], "prev"),
    "next": (["Ctrl+PgDown"], "next"),
    "clear": ([], None),
    "zoom_in": ([S.ZoomIn, "Ctrl+=", "Ctrl++"], "zoom-in"),
    "zoom_out": ([S.ZoomOut, "Ctrl+-"], "zoom-out"),
    "fit": (["Ctrl+0"], "fit"),
    "actual": (["Ctrl+1"], "actual-size"),
    "rotate": (["Ctrl+R"], "rotate"),
    "rotate_left": (["Ctrl+Shift+R"], "rotate-left"),
    "guide": ([S.HelpContents, "F1"], None),
    "about": ([], None),
}
#: menu → its actions (None: a separator).
MENUS: dict[str, tuple[str | None, ...]] = {
    "file": ("open", "open_folder", "paste", None, "export", None, "history", "settings",
             None, "quit"),
    "edit": ("undo", "redo", None, "remove", "restore", None, "pair", "unpair"),
    "doc": ("confirm", "override", "rerun", "resume", None, "prev", "next", None, "clear"),
    "view": ("zoom_in", "zoom_out", "fit", "actual", "rotate", "rotate_left"),
    "help": ("guide", "about"),
}


def key_sequences(keys: list[str | QKeySequence.StandardKey]) -> list[QKeySequence]:
    """Each distinct key sequence once: a standard key that is the same as a named one
    on this platform (Quit is Ctrl+Q on Linux) would make the shortcut ambiguous."""
    out: list[QKeySequence] = []
    seen: set[str] = set()
    for key in keys:
        bindings = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) \
            else [QKeySequence(key)]
        for seq in bindings:
            text = seq.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                out.append(seq)
    return out


class WindowActions(QObject):
    """Makes the actions (``window.act_<name>``), the menus (``window.menu_<name>``) and
    the toolbar of ``window``; ``retranslate`` gives them their words."""

    def __init__(self, window: QMainWindow, slots: Mapping[str, Callable[[], object]]) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        for name, (shortcuts, icon_name) in ACTIONS.items():
            act = QAction(window)
            act.setObjectName("act" + "".join(p.title() for p in name.split("_")))
            act.setShortcuts(key_sequences(shortcuts))
            if icon_name:
                act.setIcon(icon(icon_name))
            act.triggered.connect(slots[name])
            window.addAction(act)
            setattr(window, f"act_{name}", act)
            self.actions[name] = act
        self.menus: dict[str, QMenu] = {}
        for name, entries in MENUS.items():
            menu = window.menuBar().addMenu("")
            for entry in entries:
                menu.addSeparator() if entry is None else menu.addAction(self.actions[entry])
            setattr(window, f"menu_{name}", menu)
            self.menus[name] = menu

    def make_toolbar(self, *parts: str | QWidget | None) -> QToolBar:
        """The toolbar: action names, widgets, and None for separators."""
        tb = QToolBar(self.window)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setIconSize(QSize(22, 22))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.window.addToolBar(tb)
        for part in parts:
            if part is None:
                tb.addSeparator()
            elif isinstance(part, str):
                tb.addAction(self.actions[part])
            else:
                tb.addWidget(part)
        return tb

    def retranslate(self) -> None:
        titles = {"file": QCoreApplication.translate("MainWindow", "&File"),
                  "edit": QCoreApplication.translate("MainWindow", "&Edit"),
                  "doc": QCoreApplication.translate("MainWindow", "&Document"),
                  "view": QCoreApplication.translate("MainWindow", "&View"),
                  "help": QCoreApplication.translate("MainWindow", "&Help")}
        for name, title in titles.items():
            self.menus[name].setTitle(title)
        texts = {
            "open": QCoreApplication.translate("MainWindow", "&Open…"),
            "open_folder": QCoreApplication.translate("MainWindow", "Open &folder…"),
            "paste": QCoreApplication.translate("MainWindow", "&Paste image"),
            "export": QCoreApplication.translate("MainWindow", "&Export…"),
            "settings": QCoreApplication.translate("MainWindow", "&Settings…"),
            "history": QCoreApplication.translate("MainWindow", "&History…"),
            "quit": QCoreApplication.translate("MainWindow", "&Quit"),
            "undo": QCoreApplication.translate("MainWindow", "&Undo"),
            "redo": QCoreApplication.translate("MainWindow", "&Redo"),
            "remove": QCoreApplication.translate("MainWindow", "Re&move from queue"),
            "restore": QCoreApplication.translate("MainWindow", "Bring back &removed documents"),
            "pair": QCoreApplication.translate("MainWindow", "&Pair front and back side"),
            "unpair": QCoreApplication.translate("MainWindow", "U&npair front and back side"),
            "confirm": QCoreApplication.translate("MainWindow", "&Confirm and next"),
            "override": QCoreApplication.translate("MainWindow", "Confirm &with a reason…"),
            "rerun": QCoreApplication.translate("MainWindow", "&Re-recognise"),
            "resume": QCoreApplication.translate("MainWindow", "Resume &unfinished documents"),
            "prev": QCoreApplication.translate("MainWindow", "&Previous document"),
            "next": QCoreApplication.translate("MainWindow", "&Next document"),
            "clear": QCoreApplication.translate("MainWindow", "Remove confirmed from &queue"),
            "zoom_in": QCoreApplication.translate("MainWindow", "Zoom &in"),
            "zoom_out": QCoreApplication.translate("MainWindow", "Zoom &out"),
            "fit": QCoreApplication.translate("MainWindow", "&Fit"),
            "actual": QCoreApplication.translate("MainWindow", "&100%"),
            "rotate": QCoreApplication.translate("MainWindow", "&Rotate right"),
            "rotate_left": QCoreApplication.translate("MainWindow", "Rotate &left"),
            "guide": QCoreApplication.translate("MainWindow", "User &guide"),
            "about": QCoreApplication.translate("MainWindow", "&About"),
        }
        for name, text in texts.items():
            act = self.actions[name]
            act.setText(text)
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            # toolbar text without the menu accelerator ("打开(&O)…" → "打开")
            plain = re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…")
            act.setIconText(plain)
            act.setToolTip(f"{plain} ({keys})" if keys else plain)
