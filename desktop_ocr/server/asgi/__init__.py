"""The vendor-compatible server on FastAPI/Starlette (ASGI), run by uvicorn.

Needs the ``server`` extra (``pip install "desktop-ocr[server]"``); nothing
outside this package imports it eagerly, so the desktop app and its bundle do
not carry the web stack (docs/adr/0054).
"""
