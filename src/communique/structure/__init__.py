"""Helpers of the structure stage: lines, bylines, dates, sections, the sentence model."""
