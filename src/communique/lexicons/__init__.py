"""Lexicons: validated data files (word lists, YAML, JSONL) and their loader."""
