"""Helpers for tests and benchmarks that users can call too (real models built offline)."""
