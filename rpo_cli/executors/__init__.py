"""Executors: where build-pairs' stages run. The stage functions are the same everywhere.

- ``local`` (the default, no Ray): one process; ``pipeline.build_pairs_run`` writes one Parquet
  file, or, with ``--shard I/N``, ``sharded`` runs shard I of N in this process.
- ``ray``: the stages as Ray Data operations (``ray_executor``): vLLM sampling through
  ``ray.data.llm``, then verify/reverse/pair as a map over shards.

Every executor schedules the same unit, ``work.ChunkWork``, and writes its ``ChunkCounts`` to the
done-marker. Both sharded forms write the same folder of ``part-NNNNN.parquet`` shards with
done-markers (``runs.Layout``), so a shard done by one can be resumed or finished by the other.
"""

from __future__ import annotations

from rpo_cli.executors.sharded import build_pairs_sharded
from rpo_cli.runs import Layout, parse_shard, shard_bounds

EXECUTORS = ("local", "ray")

__all__ = ["EXECUTORS", "Layout", "build_pairs_sharded", "parse_shard", "shard_bounds"]
