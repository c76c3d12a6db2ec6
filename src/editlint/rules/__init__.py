"""Rules written in Python, one module per rule; the package path mirrors the rule id."""
