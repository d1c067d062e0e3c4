"""Evidence files: which kinds are accepted, what type a file really is, and the size limits.

The type is read from the file's first bytes where they say (PNG, JPEG, GIF, WebP, BMP, TIFF,
PDF), else from its name; a file of any other type is refused with the list of what is
accepted. The bytes decide over the name: a PDF named `scan.png` is kept as a PDF.
"""

from __future__ import annotations

import hashlib
import mimetypes
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

from crmnote.domain import rule_messages as m
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Figure, Reason

MB = 1024 * 1024

# Media types accepted, by what they are to the user.
IMAGES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/tiff"}
)
DOCUMENTS = frozenset(
    {
        "application/pdf",
        "message/rfc822",  # an e-mail saved as .eml
        "application/vnd.ms-outlook",  # .msg
        "text/plain",
        "text/csv",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/msword",
        "application/vnd.ms-excel",
    }
)
ACCEPTED = IMAGES | DOCUMENTS
ACCEPTED_TEXT = (
    "images (PNG, JPEG, GIF, WebP, BMP, TIFF), PDF, e-mails (.eml, .msg), text, office documents"
)

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"%PDF-", "application/pdf"),
)
_BY_SUFFIX = {
    ".eml": "message/rfc822",
    ".msg": "application/vnd.ms-outlook",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".webp": "image/webp",
}


def sniff(head: bytes, name: str) -> str:
    """The media type of a file from its first bytes, else from its name's suffix."""
    for magic, media in _MAGIC:
        if head.startswith(magic):
            return media
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    suffix = PurePath(name).suffix.lower()
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    guessed, _ = mimetypes.guess_type(f"x{suffix}", strict=False)
    return guessed or "application/octet-stream"


def is_image(media_type: str) -> bool:
    return media_type in IMAGES


def clean_name(name: str) -> str:
    """A file name safe to store and to offer back: the last path part, no control characters."""
    base = PurePath(name.replace("\\", "/")).name
    text = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    if not text or text in (".", ".."):
        raise ValidationError("file", Reason(m.NO_FILE_NAME))
    return unicodedata.normalize("NFC", text)[:200]


@dataclass(frozen=True)
class Limits:
    """Largest file, and most bytes a book holds in evidence files (Settings, in MB)."""

    per_file: int
    total: int

    @classmethod
    def from_mb(cls, per_file: float, total: float) -> Limits:
        return cls(int(per_file * MB), int(total * MB))


def _mb(size: int) -> Figure:
    """Megabytes, written `{x:.1f} MB` by the messages."""
    return Figure(size / MB)


@dataclass(frozen=True)
class Checked:
    """A file accepted: its clean name, media type, size and SHA-256."""

    name: str
    media_type: str
    size: int
    sha256: str


def check_file(name: str, data: bytes, held: int, limits: Limits) -> Checked:
    """Accept a file or refuse it with one clear sentence naming `file`.

    `held` is how many bytes of evidence files the book holds already.
    """
    clean = clean_name(name)
    size = len(data)
    if size == 0:
        raise ValidationError("file", Reason(m.FILE_EMPTY, name=clean))
    if size > limits.per_file:
        raise ValidationError(
            "file", Reason(m.FILE_TOO_BIG, name=clean, size=_mb(size), most=_mb(limits.per_file))
        )
    if held + size > limits.total:
        raise ValidationError(
            "file",
            Reason(
                m.FILES_FULL,
                name=clean,
                size=_mb(size),
                total=_mb(limits.total),
                held=_mb(held),
            ),
        )
    media = sniff(data[:16], clean)
    if media not in ACCEPTED:
        raise ValidationError(
            "file", Reason(m.FILE_KIND, name=clean, media=media, accepted=ACCEPTED_TEXT)
        )
    return Checked(clean, media, size, hashlib.sha256(data).hexdigest())
