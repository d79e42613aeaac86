"""Rhetoric: persuasion techniques, calls to action, stance toward actors, document summary."""
