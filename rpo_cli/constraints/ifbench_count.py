"""IFBench constraint types (being written)."""
