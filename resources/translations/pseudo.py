"""A pseudo-translation for testing: every string accented and 40 % longer, so text that skips
translation (plain ASCII) and widgets too narrow for longer languages stand out.

    .venv/bin/python resources/translations/pseudo.py /tmp/crmnote_pseudo.qm
    CRMNOTE_QM=/tmp/crmnote_pseudo.qm crmnote          # the app in the pseudo-locale

Placeholders (`{0}`, `{name}`, `%n`, `%1`), accelerators (`&`), `&&`, HTML tags and entities
and line breaks are kept as they are; everything is wrapped in ⟦ ⟧ so cut-off text shows.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
GROWTH = 0.4
OPEN, CLOSE, PAD = "⟦", "⟧", "·"
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept untouched: placeholders, Qt's %n/%1 and %L1, the %-placeholders of argparse's messages
# and the command line's help (`%(prog)s`, `%s`, `%r`), &&, HTML tags and entities.
_KEEP = re.compile(r"\{[^{}]*\}|%L?\d+|%n|%\([a-z_]+\)[a-z]|%[srd]|&&|<[^>]+>|&[a-z]+;|&#\d+;")


def pseudo(text: str) -> str:
    """The pseudo-translation of one source string."""
    if not text.strip():
        return text
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTED))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    body = "".join(out)
    visible = len(_KEEP.sub("", text))
    padding = PAD * max(1, round(visible * GROWTH) - 2)
    lines = body.split("\n")
    lines[0] = f"{OPEN}{lines[0]}"
    lines[-1] = f"{lines[-1]} {padding}{CLOSE}"
    return "\n".join(lines)


def is_pseudo(text: str) -> bool:
    return OPEN in text or CLOSE in text


def pseudo_ts(source: Path, target: Path) -> None:
    """A .ts of language `en_XA` whose every message is the pseudo-translation of the source
    (plural messages: of their English singular and plural forms)."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_XA")
    for message in root.iter("message"):
        translation = message.find("translation")
        source_text = message.findtext("source") or ""
        if translation is None:
            translation = ET.SubElement(message, "translation")
        forms = translation.findall("numerusform")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            english = [f.text or source_text for f in forms] or [source_text, source_text]
            for form in list(translation):
                translation.remove(form)
            for text in english:
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(source_text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def pseudo_qm(target: Path, lrelease: str | None = None) -> Path:
    """Compile the pseudo-translation of crmnote_en.ts into `target` (a .qm file)."""
    from update import tool  # beside this file

    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "crmnote_en_XA.ts"
        pseudo_ts(HERE / "crmnote_en.ts", ts)
        subprocess.run(
            [lrelease or tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(target)],
            check=True,
        )
    return target


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "crmnote_pseudo.qm")
    print(pseudo_qm(out))
