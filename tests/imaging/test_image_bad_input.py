"""Bad files: each gets a typed ImageError with a plain message, in English and Chinese."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from desktop_ocr.errors import ImageError
from desktop_ocr.imaging.load import load_pages

from .conftest import document_image, write_blank_pdf, write_png_bomb


def _error(path: Path | str, **kwargs: object) -> ImageError:
    with pytest.raises(ImageError) as caught:
        load_pages(path, **kwargs)
    error = caught.value
    assert error.message and error.message_zh and error.message != error.message_zh
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error.message_zh)
    return error


def test_missing_file(tmp_path):
    error = _error(tmp_path / "gone.jpg")
    assert error.code == "image.not_found"
    assert "gone.jpg" in error.message and "does not exist" in error.message


def test_file_deleted_between_drop_and_load(make_file, monkeypatch):
    path = make_file("brief.jpg")
    real_read = Path.read_bytes

    def vanish(self: Path) -> bytes:
        self.unlink()
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", vanish)
    assert _error(path).code == "image.not_found"


def test_folder_is_not_an_image(tmp_path):
    (tmp_path / "scans.jpg").mkdir()
    assert _error(tmp_path / "scans.jpg").code == "image.not_a_file"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    error = _error(path)
    assert error.code == "image.empty"
    assert "0 bytes" in error.message


def test_unreadable_file(make_file, monkeypatch):
    path = make_file("locked.png")

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    error = _error(path)
    assert error.code == "image.unreadable"
    assert "permission" in error.message.lower()


@pytest.mark.parametrize(("content", "kind"), [
    ("Dear colleague,\nplease find the scans attached.\n", "plain text"),
    ("出生医学证明 扫描件说明\n", "plain text"),
    ("<!DOCTYPE html><html><body>404</body></html>", "web page"),
])
def test_text_renamed_to_jpg(tmp_path, content, kind):
    path = tmp_path / "photo.jpg"
    path.write_text(content, encoding="utf-8")
    error = _error(path)
    assert error.code == "image.unsupported_format"
    assert kind in error.message
    assert "JPEG" in error.message and "PDF" in error.message  # says what would work


def test_gif_is_named_as_such(make_file):
    error = _error(make_file("anim.jpg", document_image(), "GIF"))
    assert error.code == "image.unsupported_format" and "GIF" in error.message


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_jpeg_is_reported_not_half_decoded(make_file, keep):
    whole = make_file("whole.jpg", document_image(600, 400), quality=95).read_bytes()
    path = make_file("cut.jpg")
    path.write_bytes(whole[: int(len(whole) * keep)])
    error = _error(path)
    assert error.code == "image.truncated"
    assert "incomplete" in error.message


def test_truncated_png(make_file):
    whole = make_file("whole.png", document_image(600, 400)).read_bytes()
    path = make_file("cut.png")
    path.write_bytes(whole[: len(whole) // 2])
    assert _error(path).code == "image.truncated"


def test_png_decompression_bomb_refused_before_decoding(tmp_path, monkeypatch):
    path = write_png_bomb(tmp_path / "bomb.png", 30000, 30000)
    assert path.stat().st_size < 2_000_000  # tiny on disk…

    def no_decoding(self: Image.Image) -> None:
        raise AssertionError("pixels must not be decoded")

    monkeypatch.setattr(Image.Image, "load", no_decoding)
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    error = _error(path)
    assert error.code == "image.too_large"
    assert "30000×30000" in error.message and "900 megapixels" in error.message


def test_pixel_cap_is_ours_not_pillows_warning(tmp_path):
    # 100 MP: above Pillow's warning threshold (89 MP), below its hard error.
    path = write_png_bomb(tmp_path / "big.png", 10000, 10000)
    assert _error(path, max_pixels=50_000_000).code == "image.too_large"


def test_tiny_image_is_too_small(make_file):
    error = _error(make_file("dot.png", Image.new("RGB", (20, 12), "white")))
    assert error.code == "image.too_small"
    assert "20×12" in error.message


def test_300_page_pdf_refused_without_rendering(tmp_path, monkeypatch):
    path = write_blank_pdf(tmp_path / "ledger.pdf", 300)
    rendered: list[int] = []
    real_render = pdfium.PdfPage.render

    def counting_render(self: pdfium.PdfPage, *args: object, **kwargs: object) -> object:
        rendered.append(1)
        return real_render(self, *args, **kwargs)

    monkeypatch.setattr(pdfium.PdfPage, "render", counting_render)
    error = _error(path)
    assert error.code == "image.pdf_too_many_pages"
    assert "300 pages" in error.message and "50" in error.message
    assert rendered == []


def test_300_page_pdf_refusal_keeps_memory_bounded(tmp_path):
    """Measured in a fresh process: peak RSS stays far below rendering 300 pages (~3.5 GB)."""
    path = write_blank_pdf(tmp_path / "big ledger 账本.pdf", 300)
    script = textwrap.dedent(f"""
        import json, resource, sys
        from desktop_ocr.errors import ImageError
        from desktop_ocr.imaging.load import load_pages
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            load_pages({str(path)!r})
            code = None
        except ImageError as exc:
            code = exc.code
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({{"code": code, "grew_kb": after - before, "peak_kb": after}}))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=120)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["code"] == "image.pdf_too_many_pages"
    assert result["grew_kb"] < 50_000  # < 50 MB while refusing


def test_pdf_within_the_page_limit_loads_every_page(tmp_path):
    path = write_blank_pdf(tmp_path / "five.pdf", 5, size_pt=(300, 200))
    pages = load_pages(path, max_pages=5)
    assert [p.page for p in pages] == [1, 2, 3, 4, 5]


def test_multi_page_tiff_over_the_page_limit(make_file, doc):
    path = make_file("stack.tif", doc, save_all=True, append_images=[doc] * 5)
    error = _error(path, max_pages=3)
    assert error.code == "image.too_many_pages" and "6 pages" in error.message


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_password_protected_pdf(tmp_path, algorithm):
    pypdf = pytest.importorskip("pypdf")  # test-only dependency: writes encrypted PDFs
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="geheim", owner_password="owner", algorithm=algorithm)
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    error = _error(path)
    assert error.code == "image.pdf_encrypted"
    assert "password" in error.message and "密码" in error.message_zh


def test_pdf_with_only_an_owner_password_opens(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=300, height=200)
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "restricted.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    (page,) = load_pages(path)
    assert page.image.mode == "RGB"


def test_damaged_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%garbage")
    error = _error(path)
    assert error.code in ("image.corrupt", "image.pdf_no_pages")


def test_pdf_without_pages(tmp_path):
    path = write_blank_pdf(tmp_path / "none.pdf", 0)
    assert _error(path).code in ("image.pdf_no_pages", "image.corrupt")


def test_error_text_is_localised_and_serialisable(tmp_path):
    error = _error(tmp_path / "缺失 文件.png")
    assert error.localized("zh_CN") == error.message_zh
    assert error.to_dict() == {"code": "image.not_found", "message": error.message}
    assert "缺失 文件.png" in error.message_zh


def test_out_of_memory_while_decoding_is_a_typed_error(make_file, monkeypatch):
    path = make_file("huge.png")

    def exhausted(self: Image.Image) -> None:
        raise MemoryError

    from PIL import ImageFile

    monkeypatch.setattr(ImageFile.ImageFile, "load", exhausted)
    error = _error(path)
    assert error.code == "image.too_large"
    assert "memory" in error.message and error.retryable


def test_any_other_decoder_failure_is_a_typed_error(make_file, monkeypatch):
    path = make_file("odd.webp")

    def broken(self: Image.Image) -> None:
        raise ValueError("decoder went sideways")

    from PIL import ImageFile

    monkeypatch.setattr(ImageFile.ImageFile, "load", broken)
    error = _error(path)
    assert error.code == "image.corrupt" and "WebP" in error.message
    assert "decoder went sideways" in (error.detail or "")
