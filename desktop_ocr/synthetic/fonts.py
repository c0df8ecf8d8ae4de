"""Real fonts for the generator, found on the system.

Why system fonts from Debian packages: the engine must be exercised on glyphs shaped like
print, not on a bitmap font; shipping font files in the repo would add megabytes of binaries.
The Debian packages named below are the ones the project documents as prerequisites, and a
missing one gives a clear error naming the package instead of a silent fallback to a font
without CJK glyphs (which would render boxes and produce wrong ground truth).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont

from desktop_ocr.errors import OcrError


class FontMissingError(OcrError):
    """A font the generator needs is not installed."""

    default_code = "synthetic.font_missing"


@dataclass(frozen=True, slots=True)
class FontFace:
    """A font file (and face index inside a .ttc collection)."""

    name: str
    path: Path
    index: int = 0
    debian_package: str = ""

    def at(self, size: int) -> ImageFont.FreeTypeFont:
        return _load(str(self.path), self.index, int(size))


@functools.lru_cache(maxsize=48)
def _load(path: str, index: int, size: int) -> ImageFont.FreeTypeFont:
    # a face of a CJK collection holds 1–2 MB; hundreds of sizes kept alive would make a
    # long test process (and every child it forks) hundreds of MB bigger
    return ImageFont.truetype(path, size=size, index=index)


# name -> (fontconfig family, known file names, face index, Debian package)
_KNOWN: dict[str, tuple[str, tuple[str, ...], int, str]] = {
    # CJK
    "uming": ("AR PL UMing CN", ("arphic/uming.ttc",), 0, "fonts-arphic-uming"),
    "microhei": ("WenQuanYi Micro Hei", ("wqy/wqy-microhei.ttc",), 0, "fonts-wqy-microhei"),
    "zenhei": ("WenQuanYi Zen Hei", ("wqy/wqy-zenhei.ttc",), 0, "fonts-wqy-zenhei"),
    # brush-style regular script (楷书), simplified and traditional glyphs
    "ukai": ("AR PL UKai CN", ("arphic/ukai.ttc",), 0, "fonts-arphic-ukai"),
    # Latin
    "dejavu_sans": ("DejaVu Sans", ("dejavu/DejaVuSans.ttf",), 0, "fonts-dejavu-core"),
    "dejavu_sans_bold": (
        "DejaVu Sans:bold", ("dejavu/DejaVuSans-Bold.ttf",), 0, "fonts-dejavu-core",
    ),
    "dejavu_serif": ("DejaVu Serif", ("dejavu/DejaVuSerif.ttf",), 0, "fonts-dejavu-core"),
    "dejavu_condensed_bold": (
        "DejaVu Sans Condensed:bold", ("dejavu/DejaVuSansCondensed-Bold.ttf",), 0,
        "fonts-dejavu-core",
    ),
    "liberation_sans": (
        "Liberation Sans", ("liberation2/LiberationSans-Regular.ttf",
                            "liberation/LiberationSans-Regular.ttf"), 0, "fonts-liberation2",
    ),
    "liberation_sans_bold": (
        "Liberation Sans:bold", ("liberation2/LiberationSans-Bold.ttf",
                                 "liberation/LiberationSans-Bold.ttf"), 0, "fonts-liberation2",
    ),
    "liberation_serif": (
        "Liberation Serif", ("liberation2/LiberationSerif-Regular.ttf",
                             "liberation/LiberationSerif-Regular.ttf"), 0, "fonts-liberation2",
    ),
    "liberation_serif_bold": (
        "Liberation Serif:bold", ("liberation2/LiberationSerif-Bold.ttf",
                                  "liberation/LiberationSerif-Bold.ttf"), 0, "fonts-liberation2",
    ),
    "liberation_serif_italic": (
        "Liberation Serif:italic", ("liberation2/LiberationSerif-Italic.ttf",
                                    "liberation/LiberationSerif-Italic.ttf"), 0,
        "fonts-liberation2",
    ),
    "liberation_sans_italic": (
        "Liberation Sans:italic", ("liberation2/LiberationSans-Italic.ttf",
                                   "liberation/LiberationSans-Italic.ttf"), 0,
        "fonts-liberation2",
    ),
    "liberation_mono_bold": (
        "Liberation Mono:bold", ("liberation2/LiberationMono-Bold.ttf",
                                 "liberation/LiberationMono-Bold.ttf"), 0, "fonts-liberation2",
    ),
    "dejavu_serif_bold": ("DejaVu Serif:bold", ("dejavu/DejaVuSerif-Bold.ttf",), 0,
                          "fonts-dejavu-core"),
    "liberation_mono": (
        "Liberation Mono", ("liberation2/LiberationMono-Regular.ttf",
                            "liberation/LiberationMono-Regular.ttf"), 0, "fonts-liberation2",
    ),
    # ISO 1073-2 OCR-B, the typeface of machine-readable zones (ICAO 9303 Part 3)
    "ocr_b": ("OCR B", ("opentype/ocr-b/OCRB.otf", "ocr-b/OCRB.otf"), 0, "fonts-ocr-b"),
}

_FONT_DIRS = (Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts"),
              Path("/usr/local/share/fonts"))


def _fc_match(family: str) -> Path | None:
    """Ask fontconfig; only accept an answer whose family really matches (fc-match always
    answers something, usually DejaVu, which has no CJK glyphs)."""
    if shutil.which("fc-match") is None:
        return None
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{file}\n%{family}", family],
            capture_output=True, text=True, timeout=10, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    lines = out.splitlines()
    if len(lines) < 2:
        return None
    wanted = family.split(":")[0].lower()
    if wanted not in lines[1].lower():
        return None
    path = Path(lines[0])
    return path if path.is_file() else None


@functools.cache
def font(name: str) -> FontFace:
    """The font called ``name`` (a key of the table above); FontMissingError if absent."""
    family, files, index, package = _KNOWN[name]
    for root in _FONT_DIRS:
        for rel in files:
            candidate = root / rel
            if candidate.is_file():
                return FontFace(name, candidate, index, package)
    found = _fc_match(family)
    if found is not None and (":bold" not in family or "bold" in found.name.lower()):
        return FontFace(name, found, index, package)
    raise FontMissingError(
        f"Font '{family}' is not installed; install the Debian package {package} "
        f"(apt-get install {package}).",
        message_zh=f"未安装字体 '{family}'，请安装 Debian 软件包 {package}。",
        detail=name,
    )


def available(names: tuple[str, ...]) -> tuple[FontFace, ...]:
    """The installed fonts among ``names``; FontMissingError naming the packages if none is.

    Why tolerate some missing: variety across seeds is nice to have, rendering at all is not
    optional — one installed font of a group is enough to generate documents.
    """
    faces: list[FontFace] = []
    errors: list[FontMissingError] = []
    for name in names:
        try:
            faces.append(font(name))
        except FontMissingError as exc:
            errors.append(exc)
    if not faces:
        packages = sorted({_KNOWN[n][3] for n in names})
        raise FontMissingError(
            "None of the fonts the generator needs is installed; install one of the Debian "
            f"packages: {', '.join(packages)}.",
            message_zh=f"未安装生成器所需的字体，请安装以下 Debian 软件包之一：{', '.join(packages)}。",
            detail="; ".join(e.message for e in errors),
        )
    return tuple(faces)


CJK_SERIF = ("uming",)
CJK_SANS = ("microhei", "zenhei")
CJK_ANY = ("uming", "microhei", "zenhei")
CJK_BRUSH = ("ukai",)  # not in CJK_ANY: the older families' font draws must not change
LATIN_SANS = ("liberation_sans", "dejavu_sans")
LATIN_SANS_BOLD = ("liberation_sans_bold", "dejavu_sans_bold", "dejavu_condensed_bold")
LATIN_SERIF = ("liberation_serif", "dejavu_serif")
LATIN_SERIF_BOLD = ("liberation_serif_bold", "dejavu_serif_bold")
LATIN_ITALIC = ("liberation_serif_italic", "liberation_sans_italic")
LATIN_MONO = ("liberation_mono_bold", "liberation_mono")
OCR_B = ("ocr_b",)  # machine-readable zones only (a card's back side)
