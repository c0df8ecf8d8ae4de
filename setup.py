"""Package layout that pyproject.toml alone cannot say.

Why: the icons and translations live in the top-level ``resources/`` folder of
the checkout (the project layout), but an installed wheel must carry them inside
the package; they ship as ``desktop_ocr/resources`` (desktop_ocr.gui.resources
looks there first).  Everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

RESOURCES = {
    "desktop_ocr.resources": ("resources", []),
    "desktop_ocr.resources.icons": ("resources/icons", ["*.svg"]),
    "desktop_ocr.resources.translations": ("resources/translations", ["*.qm", "*.ts"]),
}

setup(
    packages=[*find_packages(include=["desktop_ocr", "desktop_ocr.*"]), *RESOURCES],
    package_dir={name: folder for name, (folder, _) in RESOURCES.items()},
    package_data={name: patterns for name, (_, patterns) in RESOURCES.items() if patterns},
)
