"""Copy the releases of CHANGELOG.md into the AppStream metadata's <releases>.

    python packaging/release_notes.py           # rewrite <releases> in the metainfo file
    python packaging/release_notes.py --check   # exit 1 if the metainfo is out of step
    python packaging/release_notes.py --debian-changelog "NAME <EMAIL>"   # for the .deb

CHANGELOG.md is the one history (Keep a Changelog): every `## [X.Y.Z] - YYYY-MM-DD` section
becomes a <release> with its text, newest first; `## [Unreleased]` is left out. Standard library
only, so it runs before anything is installed.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO = ROOT / "packaging" / "linux" / "io.github.crmnote.crmnote.metainfo.xml"

_RELEASE = re.compile(r"^## \[(?P<version>[^\]]+)\](?P<rest>.*)$")
_DATED = re.compile(r"^ - (?P<date>\d{4}-\d{2}-\d{2})\s*$")
_SUBSECTION = re.compile(r"^### (?P<title>.+?)\s*$")
_LINK_DEF = re.compile(r"^\[[^\]]+\]: \S+$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
_BLOCK = re.compile(r"^(?P<indent>[ \t]*)<releases>.*?</releases>[ \t]*$", re.S | re.M)


@dataclass
class Release:
    """One released version: its date, an optional summary and its changes by kind."""

    version: str
    date: str
    summary: list[str] = field(default_factory=list)
    changes: list[tuple[str, list[str]]] = field(default_factory=list)


def parse(text: str) -> list[Release]:
    """The released versions of a Keep a Changelog text, newest first as written."""
    releases: list[Release] = []
    current: Release | None = None
    paragraph: list[str] = []
    items: list[str] | None = None

    def flush_paragraph() -> None:
        if current is not None and paragraph:
            current.summary.append(" ".join(paragraph))
        paragraph.clear()

    for number, line in enumerate(text.splitlines(), 1):
        heading = _RELEASE.match(line)
        if heading:
            flush_paragraph()
            items = None
            current = None
            if heading["version"] == "Unreleased":
                continue
            version, dated = heading["version"], _DATED.match(heading["rest"])
            if not _VERSION.match(version) or dated is None:
                raise ValueError(f"line {number}: expected '## [X.Y.Z] - YYYY-MM-DD': {line}")
            current = Release(version, dated["date"])
            releases.append(current)
        elif current is None or _LINK_DEF.match(line):
            continue
        elif sub := _SUBSECTION.match(line):
            flush_paragraph()
            items = []
            current.changes.append((sub["title"], items))
        elif line.startswith("- ") and items is not None:
            items.append(line[2:].strip())
        elif line.startswith("  ") and items:
            items[-1] += " " + line.strip()
        elif line.strip():
            paragraph.append(line.strip())
        else:
            flush_paragraph()
    flush_paragraph()
    _check_order(releases)
    return releases


def _check_order(releases: list[Release]) -> None:
    keys = [tuple(int(p) for p in r.version.split(".")) for r in releases]
    if keys != sorted(set(keys), reverse=True):
        raise ValueError("releases must be listed newest first, each version once")
    dates = [r.date for r in releases]
    if dates != sorted(dates, reverse=True):
        raise ValueError("release dates must not go up further down the file")


def inline(text: str) -> str:
    """Markdown inline text as AppStream markup: `code` kept as <code>, links as their text."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    text = text.replace("**", "")
    parts = text.split("`")
    return "".join(
        f"<code>{escape(part)}</code>" if i % 2 else escape(part) for i, part in enumerate(parts)
    )


def render(releases: list[Release], indent: str = "  ") -> str:
    """The <releases> element for the metainfo file, `indent` being its own indentation."""
    i1, i2, i3, i4 = (indent + "  " * n for n in range(1, 5))
    lines = [f"{indent}<releases>"]
    for release in releases:
        lines.append(
            f"{i1}<release version={quoteattr(release.version)} date={quoteattr(release.date)}>"
        )
        lines.append(f"{i2}<description>")
        for text in release.summary:
            lines.append(f"{i3}<p>{inline(text)}</p>")
        for title, items in release.changes:
            lines.append(f"{i3}<p>{escape(title)}:</p>")
            lines.append(f"{i3}<ul>")
            lines.extend(f"{i4}<li>{inline(item)}</li>" for item in items)
            lines.append(f"{i3}</ul>")
        lines.append(f"{i2}</description>")
        lines.append(f"{i1}</release>")
    lines.append(f"{indent}</releases>")
    return "\n".join(lines)


def updated(metainfo: str, releases: list[Release]) -> str:
    """The metainfo text with its <releases> element replaced."""
    match = _BLOCK.search(metainfo)
    if match is None:
        raise ValueError("the metainfo file has no <releases> element")
    block = render(releases, match["indent"])
    return metainfo[: match.start()] + block + metainfo[match.end() :]


def debian_changelog(releases: list[Release], maintainer: str) -> str:
    """The releases as a Debian changelog (debian/changelog format), for the .deb's docs."""
    out = []
    for release in releases:
        out.append(f"crmnote ({release.version}) unstable; urgency=medium\n")
        entries = list(release.summary)
        entries += [f"{title}: {item}" for title, items in release.changes for item in items]
        for entry in entries:
            plain = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", entry).replace("**", "")
            out.append(
                textwrap.fill(
                    plain,
                    78,
                    initial_indent="  * ",
                    subsequent_indent="    ",
                    break_on_hyphens=False,
                )
            )
        released = datetime.strptime(release.date, "%Y-%m-%d").replace(tzinfo=UTC)
        stamp = format_datetime(released)  # RFC 2822, as Debian changelogs want
        out.append(f"\n -- {maintainer}  {stamp}\n")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    parser.add_argument("--changelog", type=Path, default=CHANGELOG)
    parser.add_argument("--metainfo", type=Path, default=METAINFO)
    parser.add_argument(
        "--debian-changelog", metavar="MAINTAINER", help="print a Debian changelog instead"
    )
    args = parser.parse_args(argv)
    try:
        releases = parse(args.changelog.read_text(encoding="utf-8"))
        if args.debian_changelog:
            print(debian_changelog(releases, args.debian_changelog), end="")
            return 0
        current = args.metainfo.read_text(encoding="utf-8")
        wanted = updated(current, releases)
    except (OSError, ValueError) as exc:
        print(f"release_notes: {exc}", file=sys.stderr)
        return 1
    if wanted == current:
        return 0
    if args.check:
        print(
            f"release_notes: {args.metainfo.name} differs from {args.changelog.name}; "
            "run python packaging/release_notes.py",
            file=sys.stderr,
        )
        return 1
    args.metainfo.write_text(wanted, encoding="utf-8")
    print(f"release_notes: wrote {len(releases)} release(s) into {args.metainfo}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
