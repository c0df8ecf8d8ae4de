"""The window (the only Qt code).  Importing it guards against a fault of the Qt
binding that would otherwise end a long session (see :mod:`.qt_binding`)."""

from desktop_ocr.gui.qt_binding import keep_singletons_alive

keep_singletons_alive()
