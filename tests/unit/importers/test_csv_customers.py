"""Customers from real-world shaped CSV exports: Google Contacts, Outlook, spreadsheets."""

from __future__ import annotations

import pytest

from crmnote.domain import entities as e
from crmnote.domain.errors import ValidationError
from crmnote.domain.types import CustomerStatus
from crmnote.importers.csv_customers import read_customers_csv

GOOGLE = (
    "Name,Given Name,Additional Name,Family Name,Name Prefix,Notes,Group Membership,"
    "E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,"
    "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,"
    "Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\n"
    'Zoë Ångström,Zoë,,Ångström,,"Met at the fair\nLikes blue",* myContacts ::: VIP ::: B2B,'
    "* Work,zoe@fjord.example ::: z@home.example,Home,zoe.private@example.com,"
    "Mobile,+46 70 123 45 67,Work,+46 8 555 10 00,"
    'Work,"Storgatan 1\n111 22 Stockholm",Storgatan 1,Stockholm,'
    ",Fjord Bikes AS,CEO\n"
    ",Hans,,Müller,Dr.,,* myContacts,,hans@example.de,,,,,,,,,,,,,\n"
)

OUTLOOK = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department",'
    '"Job Title","Business Street","Business City","Business State","Business Postal Code",'
    '"Business Country/Region","Business Phone","Home Phone","Mobile Phone","Business Fax",'
    '"E-mail Address","E-mail 2 Address","Categories","Notes","Priority","Sensitivity"\r\n'
    '"Mr.","José","","García","","Café Olé S.L.","Sales","Buyer","Calle Mayor 5","Madrid",'
    '"","28013","Spain","+34 91 123 45 67","","+34 600 11 22 33","+34 91 765 43 21",'
    '"jose@cafeole.example","","Hot;Spain","Pays late","Normal","Normal"\r\n'
)


def customers(data: bytes, **kw: object) -> list[e.Customer]:
    parsed = read_customers_csv(data, **kw)  # type: ignore[arg-type]
    assert all(i.customer is not None for i in parsed.items), parsed.items
    return [i.customer for i in parsed.items if i.customer is not None]


def test_google_contacts_export() -> None:
    parsed = read_customers_csv(GOOGLE.encode("utf-8"), source="google.csv")
    zoe, hans = (i.customer for i in parsed.items)
    assert zoe is not None and hans is not None
    assert zoe.name == "Zoë Ångström"
    assert zoe.company == "Fjord Bikes AS"
    assert zoe.emails == (
        e.ContactPoint(value="zoe@fjord.example", label="work"),
        e.ContactPoint(value="z@home.example", label="work"),
        e.ContactPoint(value="zoe.private@example.com", label="home"),
    )
    assert zoe.phones == (
        e.ContactPoint(value="+46 70 123 45 67", label="mobile"),
        e.ContactPoint(value="+46 8 555 10 00", label="work"),
    )
    assert zoe.address == "Storgatan 1\n111 22 Stockholm"
    assert zoe.tags == ("VIP", "B2B")
    assert zoe.notes == "Met at the fair\nLikes blue"
    assert zoe.source == "google.csv"
    assert hans.name == "Hans Müller"
    assert hans.emails == (e.ContactPoint(value="hans@example.de"),)
    assert "Organization 1 - Title" in parsed.unmapped


def test_outlook_export_in_cp1252() -> None:
    parsed = read_customers_csv(OUTLOOK.encode("cp1252"))
    assert parsed.encoding == "cp1252"
    (jose,) = (i.customer for i in parsed.items)
    assert jose is not None
    assert jose.name == "José García"
    assert jose.company == "Café Olé S.L."
    assert jose.emails == (e.ContactPoint(value="jose@cafeole.example"),)
    assert [(p.label, p.value) for p in jose.phones] == [
        ("work", "+34 91 123 45 67"),
        ("mobile", "+34 600 11 22 33"),
        ("fax", "+34 91 765 43 21"),
    ]
    assert jose.address == "Calle Mayor 5\nMadrid, 28013\nSpain"
    assert jose.tags == ("Hot", "Spain")
    assert jose.notes == "Pays late"


def test_generic_spreadsheet_utf16_tab_delimited() -> None:
    text = (
        "Name\tCompany\tEmail\tPhone\tTags\tNotes\tStatus\n"
        "Ann Lee\tAcme\tann@acme.example; ann@home.example\t555-123-4567\tvip, b2b\thi\tWatch\n"
    )
    (ann,) = customers(text.encode("utf-16"))
    assert ann.emails == (
        e.ContactPoint(value="ann@acme.example"),
        e.ContactPoint(value="ann@home.example"),
    )
    assert ann.phones == (e.ContactPoint(value="555-123-4567"),)
    assert ann.tags == ("vip", "b2b")
    assert ann.status is CustomerStatus.WATCH


def test_name_falls_back_to_company_then_email() -> None:
    text = "company,email\nAcme,\n,solo@example.com\n"
    acme, solo = customers(text.encode())
    assert acme.name == "Acme"
    assert solo.name == "solo@example.com"


def test_explicit_mapping_overrides_the_guess() -> None:
    text = "Kunde;Firma;Mail;Info\nAnn;Acme;ann@acme.example;note\n"
    mapping = {"Kunde": "name", "firma": "company", "Mail": "email", "Info": "ignore"}
    parsed = read_customers_csv(text.encode(), mapping)
    (ann,) = (i.customer for i in parsed.items)
    assert ann is not None
    assert (ann.name, ann.company, ann.emails[0].value) == ("Ann", "Acme", "ann@acme.example")
    assert parsed.unmapped == ()


def test_mapping_naming_an_unknown_column_or_field_is_an_error() -> None:
    with pytest.raises(ValidationError, match="no column"):
        read_customers_csv(b"name\nAnn\n", {"Firma": "company"})
    with pytest.raises(ValidationError, match="is not one of"):
        read_customers_csv(b"name\nAnn\n", {"name": "birthday"})


def test_malformed_rows_are_reported_per_row() -> None:
    text = (
        "name,email,status\n"
        "Ann,ann@x.example,active\n"
        "Bob,bob@x.example,active,surplus\n"
        ",,\n"
        ",,active\n"
        "Cid,cid@x.example,sleeping\n"
        "Dee,dee@x.example\n"
    )
    items = read_customers_csv(text.encode()).items
    got = [(i.line, i.field, i.customer.name if i.customer else "") for i in items]
    assert got == [
        (2, "", "Ann"),
        (3, "row", ""),
        (5, "name", ""),
        (6, "status", ""),
        (7, "", "Dee"),
    ]
