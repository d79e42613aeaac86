"""Actors: the knowledge base, recognition of mentions in a parsed document and
their resolution to document-level actors (see docs/actors.md)."""

from .kb import KnowledgeBase, LexiconError, load_kb
from .resolve import ActorGuess, Resolver, resolve_text

__all__ = ["ActorGuess", "KnowledgeBase", "LexiconError", "Resolver", "load_kb", "resolve_text"]
