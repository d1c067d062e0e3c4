"""Theme keys for the insights board: feedback themes and request texts, normalised."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words that do not tell one request from another.
# fmt: off
STOPWORDS = frozenset({
    "a", "an", "the", "to", "of", "for", "on", "in", "at", "by", "with", "and", "or", "please",
    "could", "can", "we", "you", "i", "our", "your", "us", "me", "my", "be", "is", "are", "it",
    "this", "that", "some", "any", "more", "all",
})
# fmt: on
MAX_WORDS = 8
# Keys worked out per distinct text: the board keys every complaint, suggestion and request
# (108,000 at 100,000 customers, a few thousand distinct), on a worker that holds the
# interpreter while it works and so slows the window's own Python.
KEYS_KEPT = 16_384
_WORD = re.compile(r"[^\W_]+")


def _plain(text: str) -> str:
    """Lower case without accents: `Livraison Gratuite` and `livraison gratuite` are one theme."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=KEYS_KEPT)
def feedback_key(theme: str) -> str:
    """A feedback theme as typed, in one spelling; empty stays empty."""
    return " ".join(_WORD.findall(_plain(theme)))


@lru_cache(maxsize=KEYS_KEPT)
def request_key(text: str) -> str:
    """The first eight significant words of a request, in order, without stopwords or digits."""
    words = [w for w in _WORD.findall(_plain(text)) if w not in STOPWORDS and not w.isdigit()]
    return " ".join(words[:MAX_WORDS])
