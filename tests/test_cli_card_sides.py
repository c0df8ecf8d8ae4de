"""Both sides of a Ghana Card through ``desktop-ocr recognize`` (issue 15's "done when").

A card whose front shows a wrong PIN digit or a wrong date (as a misread or a smudge
gives) and whose back is clear must end as one record with the disagreement flagged
red — never exported as verified; a card whose sides agree is one record marked
verified.  Generated documents only; the real offline engine reads them.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from PIL import ImageDraw, ImageStat

from desktop_ocr import cli
from desktop_ocr.documents import back
from desktop_ocr.documents.record import Record
from desktop_ocr.recognition import revalidate
from desktop_ocr.synthetic import fonts, generate, save

SEED = 1  # an NIA card (dates month first)


def overprint(doc, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Print ``text`` over the value of ``key`` on the generated front (paper colour
    first), as a misprinted or misread digit would look to the engine."""
    box = doc.value_boxes[key]
    strip = doc.image.crop((box[0], box[1] - 8, box[2], box[1] - 2))
    paper = tuple(int(v) for v in ImageStat.Stat(strip).median)
    draw = ImageDraw.Draw(doc.image)
    draw.rectangle((box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1), fill=paper)
    font = fonts.available(fonts.LATIN_SANS_BOLD)[0].at(box[3] - box[1] + 6)
    draw.text((box[0], box[3]), text, font=font, fill=(12, 12, 12), anchor="ls")


def card_folder(tmp_path: Path, **front_values: str) -> tuple[Path, dict[str, str]]:
    folder = tmp_path / "scans"
    front = generate("ghana_card", SEED, "scan", family="real")
    for key, value in front_values.items():
        overprint(front, key, value)
    save(front, folder / "card-front.jpg")
    save(generate("ghana_card", SEED, "photo", family="real", side="back"),
         folder / "card-back.jpg")
    return folder, front.truth


def run(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(["recognize", *argv])
    return code, capsys.readouterr().out


def one_card(capsys, folder: Path, *options: str) -> Record:
    out = folder.parent / "cards.json"
    code, _ = run(capsys, *options, "-o", str(out), str(folder))
    assert code == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert len(records) == 1  # one record per card
    data = records[0]
    assert data["source"].endswith("card-front.jpg")
    assert data["mrz"]["source"].endswith("card-back.jpg") and data["mrz"]["valid"] is True
    return revalidate(Record.from_dict(data))


def red(record: Record) -> dict[str, str]:
    return {w.field: w.message for w in record.warnings
            if w.code == back.MISMATCH and w.severity == "error"}


def mrz_verified(capsys, folder: Path, tmp_path: Path) -> str:
    """The exported CSV's column, from the records ``one_card`` wrote (``export``)."""
    out = tmp_path / "cards.csv"
    assert cli.main(["export", str(folder.parent / "cards.json"), "--format", "csv",
                     "-o", str(out)]) == 0
    capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 1
    return rows[0]["mrz_verified"]


def test_a_misread_pin_on_the_front_ends_red(capsys, tmp_path: Path) -> None:
    truth = generate("ghana_card", SEED, "scan", family="real").truth
    pin = truth["id_number"]
    wrong = pin[:7] + str((int(pin[7]) + 5) % 10) + pin[8:]
    folder, _ = card_folder(tmp_path, id_number=wrong)
    record = one_card(capsys, folder)
    assert record.value("id_number") == wrong  # the front really reads the wrong digit
    assert set(red(record)) == {"id_number"}
    assert wrong in red(record)["id_number"] and pin in red(record)["id_number"]
    assert any(w.code == back.CONFIRMED and w.field == "surname" for w in record.warnings)
    assert mrz_verified(capsys, folder, tmp_path) == "no"


def test_a_misread_date_of_birth_ends_red_on_both_date_fields(capsys, tmp_path: Path) -> None:
    truth = generate("ghana_card", SEED, "scan", family="real").truth
    born = truth["birthday"]  # MM/DD/YYYY
    wrong = born[:-1] + str((int(born[-1]) + 3) % 10)
    folder, _ = card_folder(tmp_path, birthday=wrong)
    record = one_card(capsys, folder)
    assert record.value("birthday") == wrong
    assert set(red(record)) == {"birthday", "birthday_s"}
    assert mrz_verified(capsys, folder, tmp_path) == "no"


def test_a_card_whose_sides_agree_is_one_verified_record(capsys, tmp_path: Path) -> None:
    folder, truth = card_folder(tmp_path)
    record = one_card(capsys, folder, "--jobs", "1")  # an archive batch pairs too
    assert not red(record)
    assert record.value("id_number") == truth["id_number"]
    assert record.fields["id_number"].confidence >= back.CONFIRMED_CONFIDENCE
    assert mrz_verified(capsys, folder, tmp_path) == "yes"


def test_a_two_page_pdf_is_one_card_and_no_pair_keeps_both(capsys, tmp_path: Path) -> None:
    front = generate("ghana_card", 2, "scan", family="real").image
    rear = generate("ghana_card", 2, "scan", family="real", side="back").image
    pdf = tmp_path / "card.pdf"
    front.save(pdf, "PDF", resolution=300, save_all=True, append_images=[rear])
    code, out = run(capsys, str(pdf))
    [data] = json.loads(out)
    assert code == 0 and data["page"] == 1 and data["mrz"]["page"] == 2
    code, out = run(capsys, "--no-pair", str(pdf))
    pages = json.loads(out)
    assert code == 0 and [p["page"] for p in pages] == [1, 2]
    assert "mrz" not in pages[0] and pages[1]["mrz"]["front"] is False
