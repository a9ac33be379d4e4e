"""Which camel-tools data packages are installed, found without downloading anything.

Importing ``camel_tools.data`` fetches the package catalogue from the network
when it is missing, so this module never imports it before it has seen, on
disk, that ``camel_data`` installed what is asked for (design decision 7).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


def data_dir() -> Path:
    """camel-tools' data directory: ``$CAMELTOOLS_DATA`` or ``~/.camel_tools``."""
    configured = os.environ.get("CAMELTOOLS_DATA")
    return Path(configured).expanduser() if configured else Path.home() / ".camel_tools"


@dataclass(frozen=True, slots=True)
class CamelData:
    directory: Path
    packages: tuple[str, ...]

    def has(self, prefix: str) -> bool:
        return any(name.startswith(prefix) for name in self.packages)

    @property
    def ner(self) -> bool:
        """CAMeLBERT NER (``camel_data -i ner-arabert``)."""
        return self.has("ner-arabert") and (self.directory / "catalogue.json").is_file()

    @property
    def morphology(self) -> bool:
        """The MSA morphology database (``camel_data -i morphology-db-msa-r13``)."""
        return self.has("morphology-db-msa") and (self.directory / "catalogue.json").is_file()


@lru_cache(maxsize=1)
def installed() -> CamelData:
    """The packages listed in camel-tools' ``versions.json``, if any."""
    directory = data_dir()
    versions = directory / "versions.json"
    packages: tuple[str, ...] = ()
    if versions.is_file():
        try:
            packages = tuple(sorted(json.loads(versions.read_text(encoding="utf-8"))))
        except (OSError, ValueError):
            packages = ()
    return CamelData(directory, packages)
