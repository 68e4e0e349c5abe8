"""The extraction store, DATA_DIR/extracted/<extractor version>/<page hash>.json: one
ExtractedArticle per stored page and extractor version. A page this version already extracted is
not extracted again; a new version redoes every page, and readers take the newest per article
(flows/stores/ledger.py)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

import extractors
from extractors.records import ExtractedArticle
from flows.stores.storage import DamagedFile, Zone

log = logging.getLogger(__name__)

EXTRACTED_DIR = "extracted"


class ExtractionStore:
    """Extracted articles on any fsspec filesystem, keyed on (page hash, extractor version)."""

    def __init__(self, zone: Zone):
        self.zone = zone

    @classmethod
    def at(cls, data_dir: str | Path) -> ExtractionStore:
        return cls(Zone.at(str(data_dir)).child(EXTRACTED_DIR))

    def has(self, page_hash: str, version: str | None = None) -> bool:
        """Whether this page was extracted by `version` (default: the current extractor)."""
        return self.zone.exists(version or extractors.EXTRACTOR_VERSION, f"{page_hash}.json")

    def write(self, article: ExtractedArticle) -> str:
        """Store one extraction atomically (a rerun of the same page and version replaces it)."""
        data = article.model_dump_json(indent=1).encode()
        return self.zone.write_atomic(data, article.extractor_version, f"{article.page_hash}.json")

    def read(self, page_hash: str, version: str | None = None) -> ExtractedArticle | None:
        """The page's extraction at `version` (default: the current extractor), None when there
        is none; DamagedFile naming the file when it cannot be read back."""
        version = version or extractors.EXTRACTOR_VERSION
        if not self.has(page_hash, version):
            return None
        return self._load(version, f"{page_hash}.json")

    def _load(self, version: str, name: str) -> ExtractedArticle:
        try:
            article = ExtractedArticle.model_validate_json(self.zone.read_bytes(version, name))
        except ValidationError as exc:
            reason = exc.errors()[0]["msg"]
            raise DamagedFile(self.zone.path(version, name), f"unreadable ({reason})") from None
        if f"{article.page_hash}.json" != name or article.extractor_version != version:
            raise DamagedFile(self.zone.path(version, name), "holds another page's extraction")
        return article

    def damaged(self) -> list[DamagedFile]:
        """Every stored extraction that cannot be read back, or is not what its name says."""
        damaged = []
        for version in self.versions():
            for name in self._names(version):
                try:
                    self._load(version, name)
                except DamagedFile as exc:
                    damaged.append(exc)
        return damaged

    def remove(self, path: str) -> None:
        """Delete a (damaged) extraction, so that the page is extracted again."""
        self.zone.fs.rm(path)

    def _names(self, version: str) -> list[str]:
        return [n for n in self.zone.listdir(version) if n.endswith(".json") and n[0] != "."]

    def versions(self) -> list[str]:
        """Extractor versions with stored extractions, by name (ledger.version_order orders
        them by age)."""
        return sorted(n for n in self.zone.listdir() if not n.startswith("."))

    def all(self, version: str | None = None) -> Iterator[ExtractedArticle]:
        """Every stored extraction, of one version or of all."""
        for each in [version] if version else self.versions():
            for name in self._names(each):
                yield self._load(each, name)
