"""Runners that execute the communique pipeline somewhere other than one Python process.

``communique.runners.spark`` runs the same ``Pipeline`` over a Spark DataFrame
(``mapInPandas``, the model loaded once per executor Python process) and writes
the store's tables as partitioned Parquet, in the layout of ``communique export``.
pyspark is an optional dependency (the ``spark`` extra); nothing here imports it
until a Spark job is started.
"""
