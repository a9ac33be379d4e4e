"""What ``kg info`` reports: version, camel-tools data, NER backends, pipeline, store."""

from __future__ import annotations

from pathlib import Path

import camel_tools

from kg import __version__
from kg.camel_data import installed
from kg.parallel import available_cores
from kg.pipeline import registered_stages
from kg.stages import DEFAULT_PIPELINE


def environment_report(store: Path) -> dict[str, str]:
    camel = installed()
    stages = registered_stages()
    backends = [name.removeprefix("ner.") for name in stages if name.startswith("ner.")]
    usable = [b for b in backends if b != "camel" or camel.ner]
    return {
        "kg": __version__,
        "camel-tools": camel_tools.__version__,
        "camel-tools data": f"{camel.directory} "
        + (f"({', '.join(camel.packages)})" if camel.packages else "(no packages installed)"),
        "morphology analyser": "yes" if camel.morphology else "no (rules for clitics instead)",
        "NER backends": ", ".join(usable) or "none",
        "CAMeLBERT NER": "installed" if camel.ner else "not installed (camel_data -i ner-arabert)",
        "pipeline": " -> ".join(DEFAULT_PIPELINE),
        "stages": ", ".join(stages),
        "ingest workers": f"{available_cores()} by default (the cores this process may use; "
        "kg ingest --workers N)",
        "store": f"{store.resolve()}" + ("" if store.exists() else " (not created yet)"),
    }
