"""Syntax support for the house rules: the only part of editlint that imports spaCy."""
