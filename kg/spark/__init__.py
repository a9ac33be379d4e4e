"""kg's ingest on Apache Spark: the same stages, one partition of articles per task.

The driver reads the inputs with :mod:`kg.io` (so origins and read skips are
those of ``kg ingest``) into a DataFrame; each partition runs the pipeline
with models loaded once per Python worker (:mod:`kg.spark.partition`) and
writes its documents' named graphs as N-Quads (and, optionally, to Neo4j);
the driver merges what the partitions report (:mod:`kg.spark.job`). Only
:mod:`kg.spark.job` imports pyspark, so the rest is tested without it.
"""
