"""Writes the evidence files the attachment tests use: a scan (PNG and JPEG), a JPEG cut to a
third (a truncated image), an e-mail, a tiny PDF and a file of a type that is refused.

Run from this folder: `QT_QPA_PLATFORM=offscreen ../../../.venv/bin/python make_evidence.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

HERE = Path(__file__).parent


def main() -> None:
    app = QGuiApplication(sys.argv)
    img = QImage(240, 160, QImage.Format.Format_RGB32)
    img.fill(QColor("#d9e4f0"))
    p = QPainter(img)
    p.setPen(QColor("#123456"))
    for y, line in ((40, "Delivery note 88"), (70, "10 tables, 2 backordered"), (100, "Signed")):
        p.drawText(20, y, line)
    p.end()
    img.save(str(HERE / "delivery-note-88.png"))
    img.save(str(HERE / "delivery-note-88.jpg"), quality=80)
    data = (HERE / "delivery-note-88.jpg").read_bytes()
    (HERE / "truncated.jpg").write_bytes(data[: len(data) // 3])
    (HERE / "missing-tables.eml").write_bytes(
        b"From: ann@example.com\r\nTo: orders@acme.example\r\nSubject: Missing tables\r\n"
        b"Date: Tue, 14 Apr 2026 10:02:00 +0200\r\n\r\nTwo of the twelve tables are missing.\r\n"
    )
    (HERE / "signed.pdf").write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    (HERE / "tool.exe").write_bytes(b"MZ\x90\x00\x03")
    del app


if __name__ == "__main__":
    main()
