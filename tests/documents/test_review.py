"""The verification rules on a record alone: red blocks, amber must be visited, edits undo.

Why without a window: these rules decide what may leave the desk as "checked";
the window only shows them (tests/gui/test_gui_checking.py drives the same rules
through the real window).
"""

from __future__ import annotations

import json

from desktop_ocr.documents import review
from desktop_ocr.documents.record import FieldValue, FieldWarning, Record, RecordStatus
from desktop_ocr.documents.review import CheckPolicy
from desktop_ocr.documents.validate import revalidate


def _card(**values: str) -> Record:
    """A Ghana Card read cleanly (every value sure), then validated."""
    record = Record.empty("card.png", "ghana_card", backend="offline")
    base = {"id_number": "GHA-123456789-7", "surname": "MENSAH", "first_name": "KOFI",
            "birthday": "13/06/1986", "birthday_s": "13-06-1986", "gender": "M",
            "nationality": "GHANAIAN"}
    base.update(values)
    for key, value in base.items():
        record.fields[key] = FieldValue(value, 0.97)
    record.status = RecordStatus.RECOGNIZED
    return revalidate(record)


def test_clean_record_is_ready_and_confirms():
    record = _card()
    verdict = review.assess(record)
    assert verdict.red == () and verdict.to_visit == ()
    assert review.confirm(record).ready
    assert record.status is RecordStatus.CONFIRMED
    assert [a.action for a in record.journal.audit] == ["confirm"]


def test_invalid_or_missing_required_is_red_and_blocks_without_a_reason():
    record = _card(birthday="31/02/1986", surname="")  # no 31 February
    verdict = review.assess(record)
    assert "birthday" in verdict.red and "surname" in verdict.red
    assert ("birthday", "date.invalid") in verdict.problems
    assert ("surname", "required.missing") in verdict.problems
    assert not review.confirm(record).ready
    assert record.status is RecordStatus.RECOGNIZED  # not confirmed

    review.confirm(record, reason="  ")  # a blank reason is no reason
    assert record.status is RecordStatus.RECOGNIZED
    review.confirm(record, reason="Card damaged; PIN checked by phone")
    assert record.status is RecordStatus.CONFIRMED
    assert record.journal.override == "Card damaged; PIN checked by phone"
    last = record.journal.audit[-1]
    assert last.action == "override" and "surname: required.missing" in (last.detail or "")


def test_amber_fields_must_be_visited_as_the_policy_says():
    record = _card()
    record.fields["surname"].confidence = 0.42
    record.warnings.append(FieldWarning("nationality", "cross.doubt", "odd", origin="backend"))
    revalidate(record)
    verdict = review.assess(record)
    assert verdict.amber == ("surname", "nationality") and verdict.red == ()
    assert verdict.to_visit == ("surname", "nationality")
    assert review.assess(record, CheckPolicy(visit="uncertain")).to_visit == ("surname",)
    assert review.assess(record, CheckPolicy(visit="none")).ready
    # the threshold is the clerk's: at 40 % the surname is sure enough
    revalidate(record, low_confidence=0.4)
    assert review.assess(record).to_visit == ("nationality",)

    revalidate(record)
    assert review.visit(record, "surname") and not review.visit(record, "surname")
    assert review.assess(record).to_visit == ("nationality",)
    assert not review.confirm(record).ready
    review.visit(record, "nationality")
    assert review.confirm(record).ready and record.status is RecordStatus.CONFIRMED


def test_keystrokes_in_one_field_are_one_step_undone_across_a_save_and_redone():
    record = _card()
    for text in ("M", "ME", "MEN"):
        review.edit(record, "surname", text)
    assert record.fields["surname"].read == "MENSAH" and record.fields["surname"].edited
    assert record.status is RecordStatus.EDITED
    assert len(record.journal.undo) == 1
    edits = [a for a in record.journal.audit if a.action == "edit"]
    assert [(a.field, a.before, a.after) for a in edits] == [("surname", "MENSAH", "MEN")]
    review.finish_edit(record)
    review.edit(record, "first_name", "AMA")

    # The record goes to disk and comes back (a restart): undo still knows both steps
    again = Record.from_dict(json.loads(json.dumps(record.to_dict(complete=True))))
    assert review.undo(again) == ("first_name",)
    assert again.value("first_name") == "KOFI"
    assert review.undo(again) == ("surname",)
    assert again.value("surname") == "MENSAH" and not again.fields["surname"].edited
    assert again.status is RecordStatus.RECOGNIZED
    assert review.undo(again) == ()
    assert review.redo(again) == ("surname",)
    assert again.value("surname") == "MEN"
    assert [a.action for a in again.journal.audit][-3:] == ["undo", "undo", "redo"]


def test_typing_the_value_as_read_again_is_no_edit():
    record = _card()
    review.edit(record, "surname", "MENSA")
    review.edit(record, "surname", "MENSAH")
    assert not record.fields["surname"].edited
    assert record.status is RecordStatus.RECOGNIZED


def test_revert_gives_back_the_read_value_and_the_backends_warning():
    record = _card()
    record.fields["first_name"] = FieldValue("", None)
    record.warnings.append(FieldWarning("first_name", "not_found", "Not found on the card",
                                        origin="backend"))
    revalidate(record)
    assert "first_name" in review.assess(record).red  # required, and not found
    review.edit(record, "first_name", "KOFI")
    assert not [w for w in record.warnings if w.field == "first_name"]  # held, not shown
    assert review.revert(record, "first_name")
    assert record.value("first_name") == "" and not record.fields["first_name"].edited
    assert [w.code for w in record.warnings if w.field == "first_name"] == ["not_found"]
    assert record.journal.audit[-1].action == "revert"
    review.undo(record)  # the revert is undoable too
    assert record.value("first_name") == "KOFI"


def test_derived_date_follows_the_printed_one_in_the_designs_order():
    record = _card()
    assert not review.edit(record, "birthday_s", "01-01-2000")  # never edited by itself
    review.edit(record, "birthday", "14/06/1986")
    assert record.value("birthday_s") == "14-06-1986"
    review.undo(record)
    assert record.value("birthday_s") == "13-06-1986"
    assert not record.fields["birthday_s"].edited

    nia = _card()
    nia.design = "nia"  # NIA cards print dates month first
    review.edit(nia, "birthday", "06/14/1986")
    assert nia.value("birthday_s") == "14-06-1986"


def test_editing_a_confirmed_record_reopens_it_in_the_trail():
    record = _card()
    review.confirm(record)
    review.edit(record, "surname", "MENSAH-ADU")
    assert record.status is RecordStatus.EDITED
    assert [a.action for a in record.journal.audit] == ["confirm", "edit", "reopen"]
    review.undo(record)  # back to the values confirmed, but never silently confirmed again
    assert record.status is RecordStatus.RECOGNIZED


def test_a_value_the_cards_back_confirmed_is_no_doubt_and_a_mismatch_blocks():
    """Issue 15 under these rules: the zone's "confirmed" note (severity info) needs no
    visit; a front field the zone contradicts is red like any invalid value."""
    from desktop_ocr.documents.back import CONFIRMED, MISMATCH

    record = _card()
    record.warnings.append(FieldWarning("surname", CONFIRMED, "Confirmed by the zone.",
                                        severity="info", origin="backend"))
    verdict = review.assess(record)
    assert verdict.amber == () and verdict.to_visit == () and verdict.ready
    record.warnings.append(FieldWarning("id_number", MISMATCH, "front reads A, zone B",
                                        severity="error", origin="backend"))
    verdict = review.assess(record)
    assert verdict.red == ("id_number",) and ("id_number", MISMATCH) in verdict.problems
    assert not review.confirm(record).ready and record.status is RecordStatus.RECOGNIZED
