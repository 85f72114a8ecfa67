"""Pipeline stages: plain functions over iterators of the models in rpo_cli.schema.

read -> (decompose) -> (sample) -> verify -> reverse -> pair -> write. Stages never print;
they count into stats objects that the console renders.
"""
