"""Stages and the pipeline that runs them.

A stage is a small object with ``__call__(doc) -> doc`` and a batched
``pipe(docs)``, declaring the layers (:data:`kg.model.Layer`) it ``requires``
(reads) and ``provides`` (fills in or adds to): ``sentences``, ``tokens``,
``words``, ``mentions``, ``entities``, ``statements``, ``events``,
``relations``. Stages are registered by name with :func:`register_stage`;
:class:`Pipeline` checks the declarations when it is built and names what is
missing, so a stage may rely on what it requires being there.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from kg.errors import PipelineError
from kg.model import Document, Layer


class StageFailure(Exception):
    """A stage raised ``error`` on one document: carries the stage's name with it.

    Not a :class:`KGError`: it only carries the original exception, which
    decides whether the document was bad input (a ``KGError``) or kg has a bug.
    """

    def __init__(self, stage: str, error: Exception) -> None:
        super().__init__(f"stage {stage!r} failed: {type(error).__name__}: {error}")
        self.stage = stage
        self.error = error


class Stage:
    """Base class of a pipeline stage."""

    name: ClassVar[str] = ""
    requires: ClassVar[frozenset[Layer]] = frozenset()
    provides: ClassVar[frozenset[Layer]] = frozenset()

    def __call__(self, doc: Document) -> Document:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


StageFactory = Callable[..., Stage]
_REGISTRY: dict[str, StageFactory] = {}
S = TypeVar("S", bound=type[Stage])


def register_stage(name: str) -> Callable[[S], S]:
    """Class decorator: make a stage available to :meth:`Pipeline.from_names`."""

    def decorate(cls: S) -> S:
        if name in _REGISTRY and _REGISTRY[name] is not cls:
            raise PipelineError(f"stage name {name!r} is registered twice")
        cls.name = name
        _REGISTRY[name] = cls
        return cls

    return decorate


def registered_stages() -> list[str]:
    _load_builtin_stages()
    return sorted(_REGISTRY)


def create_stage(name: str, **config: Any) -> Stage:
    _load_builtin_stages()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise PipelineError(f"unknown stage {name!r}; registered stages: {known}") from None
    return factory(**config)


def _load_builtin_stages() -> None:
    """Import the modules whose stages register themselves."""
    import kg.stages  # noqa: F401


class Pipeline:
    """An ordered list of stages whose requirements are checked up front."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        available: set[str] = {"text"}
        for stage in stages:
            missing = stage.requires - available
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {sorted(missing)} but the stages before it "
                    f"provide only {sorted(available)}; add a stage that provides "
                    f"{sorted(missing)} earlier in the pipeline"
                )
            available |= stage.provides
        self.stages = tuple(stages)
        self.timings: dict[str, float] = {stage.name: 0.0 for stage in stages}

    @classmethod
    def from_names(
        cls, names: Sequence[str], config: dict[str, dict[str, Any]] | None = None
    ) -> Pipeline:
        config = config or {}
        return cls([create_stage(name, **config.get(name, {})) for name in names])

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            began = time.perf_counter()
            try:
                doc = stage(doc)
            finally:
                self.timings[stage.name] += time.perf_counter() - began
        return doc

    def run_traced(self, doc: Document) -> Document:
        """Like calling the pipeline, but an exception comes out as a :class:`StageFailure`
        that names the stage it came from (the batch runner reports it)."""
        for stage in self.stages:
            began = time.perf_counter()
            try:
                doc = stage(doc)
            except Exception as error:
                raise StageFailure(stage.name, error) from error
            finally:
                self.timings[stage.name] += time.perf_counter() - began
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


@dataclass(frozen=True)
class PipelineSpec:
    """How to build a pipeline: its stage names and each stage's config.

    Small and picklable, so that each worker process of a parallel ingest
    builds its own pipeline (loading the models once) rather than receiving a
    pickled copy of this process's.
    """

    names: tuple[str, ...]
    config: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def build(self) -> Pipeline:
        config = {name: dict(values) for name, values in self.config.items()}
        return Pipeline.from_names(self.names, config)
