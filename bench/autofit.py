"""Time to auto-fit a 24 MP phone photo under each cloud backend's limits.

Run:  .venv/bin/python bench/autofit.py [--runs 5] [--keep DIR]

Generates a phone-like 6000×4000 photo of a card on a desk (lighting gradient,
vignette, per-pixel sensor noise, printed text), saves it as JPEG 95 (well over
3 MB), loads it with the real loader and fits it with ``fit_to_limits`` for
CloudWalk and AccuAuth.  Prints the median and spread of several runs, the result
size and dimensions, and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from desktop_ocr.backends.accuauth import LIMITS as ACCUAUTH_LIMITS
from desktop_ocr.backends.cloudwalk import LIMITS as CLOUDWALK_LIMITS
from desktop_ocr.imaging.fit import fit_to_limits
from desktop_ocr.imaging.load import load_pages

WIDTH, HEIGHT = 6000, 4000


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    for candidate in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"):
        try:
            return ImageFont.truetype(candidate, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def phone_photo(seed: int = 7) -> Image.Image:
    """A 24 MP photo of an ID card lying on a wooden-ish desk, as a phone takes it."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    # desk: warm gradient with low-frequency grain
    grain = np.sin(x / 37.0 + 3 * np.sin(y / 410.0)) * 9
    desk = np.stack([120 + 40 * x / WIDTH + grain, 90 + 30 * x / WIDTH + grain * 0.8,
                     60 + 20 * x / WIDTH + grain * 0.5], axis=-1)
    photo = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")

    # the card, with a soft shadow
    card_box = (900, 650, 5100, 3350)
    shadow = Image.new("L", photo.size, 0)
    ImageDraw.Draw(shadow).rounded_rectangle([c + 40 for c in card_box], 120, fill=120)
    photo.paste((30, 25, 20), mask=shadow.filter(ImageFilter.GaussianBlur(40)))
    draw = ImageDraw.Draw(photo)
    draw.rounded_rectangle(card_box, 120, fill=(236, 232, 220))
    draw.rectangle((card_box[0], card_box[1] + 150, card_box[2], card_box[1] + 450),
                   fill=(190, 40, 40))
    draw.text((1100, 720), "REPUBLIC OF GHANA", fill=(250, 250, 250), font=_font(170))
    draw.rectangle((1100, 1300, 2200, 2900), fill=(150, 140, 130))  # portrait area
    labels = [("Surname/Nom", "MENSAH"), ("Firstnames/Prénoms", "AKOSUA ADJOA"),
              ("Nationality/Nationalité", "GHANAIAN"), ("Sex/Sexe", "F"),
              ("Date of Birth", "12/03/1991"), ("Personal ID Number", "GHA-721265431-2"),
              ("Date of Issuance", "05/06/2020"), ("Date of Expiry", "04/06/2030")]
    small, large = _font(70), _font(120)
    for row, (label, value) in enumerate(labels):
        top = 1250 + row * 260
        draw.text((2400, top), label, fill=(90, 90, 90), font=small)
        draw.text((2400, top + 80), value, fill=(20, 20, 30), font=large)

    # lens blur, vignette and sensor noise
    photo = photo.filter(ImageFilter.GaussianBlur(1.2))
    pixels = np.asarray(photo, dtype=np.float32)
    radius = np.hypot((x - WIDTH / 2) / WIDTH, (y - HEIGHT / 2) / HEIGHT)
    pixels *= (1.0 - 0.45 * radius**2)[..., None]
    pixels += rng.normal(0.0, 6.0, size=pixels.shape).astype(np.float32)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="folder to keep the photo and results in")
    parser.add_argument("--generate-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.generate_only:
        phone_photo().save(args.generate_only, quality=95)
        return 0

    folder = args.keep or Path(tempfile.mkdtemp(prefix="autofit-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "phone_photo_24mp.jpg"
    started = time.perf_counter()
    # In a child process, so the peak RSS printed below is the intake's and fit's alone.
    subprocess.run([sys.executable, __file__, "--generate-only", str(source)], check=True)
    generated_s = time.perf_counter() - started
    rss_before = _peak_rss_mb()

    load_times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        (page,) = load_pages(source)
        load_times.append(time.perf_counter() - started)

    print(f"input: {source.name}  {page.size[0]}×{page.size[1]} "
          f"({page.size[0] * page.size[1] / 1e6:.1f} MP), JPEG q95, "
          f"{source.stat().st_size / 1e6:.2f} MB  (generated in {generated_s:.1f} s)")
    print(f"load_pages: median {statistics.median(load_times) * 1000:.0f} ms "
          f"over {args.runs} runs")
    print()
    print(f"{'backend':<10} {'budget':>9} {'median':>9} {'min':>8} {'max':>8} "
          f"{'bytes':>10} {'size':>11}  note")
    for limits in (CLOUDWALK_LIMITS, ACCUAUTH_LIMITS):
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            encoded = fit_to_limits(page, limits)
            times.append(time.perf_counter() - started)
        if args.keep:
            (folder / f"fitted_{limits.name.lower()}.jpg").write_bytes(encoded.data)
        print(f"{limits.name:<10} {limits.byte_budget / 1e6:>7.2f}MB "
              f"{statistics.median(times) * 1000:>7.0f}ms {min(times) * 1000:>6.0f}ms "
              f"{max(times) * 1000:>6.0f}ms {len(encoded.data):>10,} "
              f"{encoded.width:>5}×{encoded.height:<5}  {encoded.note}")
    print()
    print(f"peak RSS: {_peak_rss_mb():.0f} MB for loading and fitting "
          f"({rss_before:.0f} MB before loading; the photo is generated in a child process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
