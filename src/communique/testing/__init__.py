"""Helpers for tests and benchmarks (synthetic corpora)."""
