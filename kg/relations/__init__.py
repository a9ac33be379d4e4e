"""Relations, events and statements: who said what, who stands where, what happened.

Importing this package registers the ``relations`` pipeline stage.
"""

from kg.relations.stage import RelationStage, extract_relations

__all__ = ["RelationStage", "extract_relations"]
