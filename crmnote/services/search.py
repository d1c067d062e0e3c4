"""Full-text search across notes, summaries, promises, claims, requests and feedback."""

from __future__ import annotations

from crmnote.domain.search import SearchHits, parse
from crmnote.services.base import ServiceBase
from crmnote.storage.search_queries import search


class SearchService(ServiceBase):
    def search(
        self, text: str, limit: int = 50, offset: int = 0, *, whole: bool = False
    ) -> SearchHits:
        """Ranked hits for what the user typed; any input is safe, nothing to search gives [].

        A search matching very many records is ranked among its most recently added matches
        (`SearchHits.ranked_among`, storage/search_queries.py); `whole` ranks every match."""
        if not parse(text):
            return SearchHits()
        with self.reading() as repo:
            return search(repo.session, text, limit, offset, whole=whole)
