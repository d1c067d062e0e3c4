"""vCard import from real address books and phones, quirks included, and the round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmnote.domain import entities as e
from crmnote.domain.types import CustomerStatus
from crmnote.importers.vcard_read import read_vcards
from crmnote.importers.vcard_write import vcards
from crmnote.services.transfer import TransferService
from crmnote.services.transfer_report import RowAction

SAMPLES = Path(__file__).resolve().parents[3] / ".." / "shared" / "samples" / "vcard"
needs_samples = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason=f"the shared vCard samples are not at {SAMPLES}"
)


def customers(path: str) -> list[e.Customer]:
    items = read_vcards((SAMPLES / path).read_bytes(), path)
    assert all(i.customer is not None for i in items), [i.message for i in items]
    return [i.customer for i in items if i.customer is not None]


@needs_samples
def test_every_sample_contact_imports(transfer: TransferService) -> None:
    files = sorted(SAMPLES.glob("*.vcf"))
    assert len(files) >= 17
    total = 0
    for path in files:
        items = read_vcards(path.read_bytes(), path.name)
        assert items, path.name
        for i in items:
            assert i.customer is not None, (path.name, i.line, i.message)
            assert i.customer.name.strip(), (path.name, i.line)
        report = transfer.import_customers(items, dry_run=True)
        assert not report.rejected, (path.name, report.rejected)
        total += len(items)
    assert total >= 25


@needs_samples
def test_rfc2426_mixed_case_begin_and_folded_address() -> None:
    frank, tim = customers("rfc2426-example.vcf")
    assert (frank.name, frank.company) == ("Frank Dawson", "Lotus Development Corporation")
    assert [c.value for c in frank.emails] == ["Frank_Dawson@Lotus.com", "fdawson@earthlink.net"]
    assert [(p.label, p.value) for p in frank.phones] == [
        ("work", "+1-919-676-9515"),
        ("fax", "+1-919-676-9564"),
    ]
    assert frank.address == "6544 Battleford Drive\nRaleigh, NC 27613-3502\nU.S.A."
    assert tim.address == "501 E. Middlefield Rd.\nMountain View, CA 94043\nU.S.A."


@needs_samples
def test_rfc6350_vcard4_uri_phones() -> None:
    (simon,) = customers("rfc6350-example.vcf")
    assert simon.company == "Viagenie"
    assert simon.phones[0] == e.ContactPoint(value="+1-418-656-9254 ext. 102", label="work")
    assert simon.emails == (e.ContactPoint(value="simon.perreault@viagenie.ca", label="work"),)
    assert simon.address == "Suite D2-630\n2875 Laurier\nQuebec, QC G1V 2M2\nCanada"


@needs_samples
def test_gmail_list_and_apple_item_labels() -> None:
    assert [c.name for c in customers("gmail-list.vcf")] == [
        "Arnold Smith",
        "Chris Beatle",
        "Doug White",
    ]
    (greg,) = customers("gmail-single.vcf")
    assert greg.company == "TheCompany"
    assert greg.phones == (
        e.ContactPoint(value="555 555 1111", label="mobile"),
        e.ContactPoint(value="555 555 2222", label="grand_central"),
    )
    assert greg.notes.startswith("This is GMail's note field.\nIt should be added")
    assert greg.notes.endswith("ACustomField: CustomField")


@needs_samples
def test_bare_commas_quoted_printable_and_base64_photos() -> None:
    (gmail,) = customers("John_Doe_GMAIL.vcf")
    assert gmail.name == "Mr. John Richter, James Doe Sr."
    assert "WARRANTIES, INCLUDING, BUT NOT LIMITED TO" in gmail.notes
    (outlook,) = customers("outlook-2003.vcf")  # vCard 2.1, quoted-printable, base64 key
    assert outlook.company == "Company, The; TheDepartment"
    assert outlook.notes.startswith("This is the note field!!\nSecond line\n\nThird line")
    assert outlook.address.startswith("TheOffice\n123 Main St\nAustin, TX 12345")
    (iphone,) = customers("John_Doe_IPHONE.vcf")  # a 40 kB base64 photo
    assert len(iphone.phones) == 7 and iphone.company == "IBM; Accounting"
    android = customers("John_Doe_ANDROID.vcf")
    assert [c.name for c in android][:3] == [
        "john.doe@company.com",
        "jane.doe@company.com",
        "Ñ Ñ Ñ Ñ Ñ",
    ]
    assert android[-1].emails == (e.ContactPoint(value="henry@company.com"),)


@needs_samples
def test_values_that_cannot_be_kept_go_to_the_notes_with_a_warning() -> None:
    (item,) = read_vcards((SAMPLES / "outlook-2003.vcf").read_bytes())
    assert item.customer is not None and item.customer.phones == ()
    assert "Phone: BusinessPhone" in item.customer.notes
    assert any("BusinessPhone" in w for w in item.warnings)


def test_unreadable_contact_is_reported_not_raised() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Also Good\r\nEND:VCARD\r\n"
    )
    items = read_vcards(text.encode())
    assert [i.customer.name if i.customer else i.field for i in items] == [
        "Good One",
        "name",
        "Also Good",
    ]
    assert items[1].line == 5


def test_vcard_round_trip_keeps_every_field() -> None:
    people = [
        e.Customer(
            name="Zoë Ångström, Jr.",
            company="Fjord; Bikes, AS",
            emails=(e.ContactPoint(value="z@x.se", label="work"), e.ContactPoint(value="q@x.se")),
            phones=(e.ContactPoint(value="+46 8 123", label="home fax"),),
            address="Storgatan 1\n111 22 Stockholm\n\nBox 5",
            notes="line1\nline2, with; stuff\\ and: colon",
            tags=("vip", "b2b"),
            status=CustomerStatus.WATCH,
        ),
        e.Customer(name="Solo"),
    ]
    items = read_vcards(vcards(people).encode())
    assert [i.customer for i in items] == people


def test_vcard_import_into_the_database(transfer: TransferService) -> None:
    text = vcards([e.Customer(name="Ann", emails=(e.ContactPoint(value="a@x.example"),))])
    report = transfer.import_customers(read_vcards(text.encode(), "phone.vcf"))
    assert [r.action for r in report.rows] == [RowAction.CREATED]
    (ann,) = transfer.customers()
    assert ann.source == "phone.vcf"


def test_a_card_vobject_refuses_is_told_in_crmnotes_words(monkeypatch: pytest.MonkeyPatch) -> None:
    import vobject

    card = "BEGIN:VCARD\nVERSION:3.0\nFN:{}\nEND:VCARD\n"
    text = (card.format("Ann") + "\n" + card.format("Bo")).encode()

    def refuse(card_text: str, **_: object) -> None:
        if "Bo" in card_text:
            raise vobject.base.ParseError("Failed to parse line: junk", 2)
        raise ValueError("some English detail from the library")

    monkeypatch.setattr(vobject, "readOne", refuse)
    first, second = read_vcards(text)
    assert (first.field, str(first.message)) == ("vcard", "cannot be read as a vCard")
    # the card begins on line 6; its second line is line 7 of the file
    assert str(second.message) == "cannot be read: line 7 is not a vCard property"
    assert "English detail" not in str(first.message) and "Failed" not in str(second.message)
