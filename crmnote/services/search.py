"""Full-text search across notes, summaries, promises, claims, requests and feedback."""

from __future__ import annotations

from crmnote.domain.search import SearchHit, parse
from crmnote.services.base import ServiceBase
from crmnote.storage.search_queries import search


class SearchService(ServiceBase):
    def search(self, text: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        """Ranked hits for what the user typed; any input is safe, nothing to search gives []."""
        if not parse(text):
            return []
        with self.reading() as repo:
            return search(repo.session, text, limit, offset)
