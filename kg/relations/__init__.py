"""Relations, events and statements: who said what, who stands where, what happened.

Importing this package registers the ``relations`` and ``calibrate`` pipeline stages.
"""

from kg.relations.calibration import CalibrateStage, calibrate
from kg.relations.stages import RelationStage, extract_relations

__all__ = ["CalibrateStage", "RelationStage", "calibrate", "extract_relations"]
