"""The ``house/`` rules: structural and syntax-aware checks for news copy."""


def load():
    from editlint.engine.registry import rules_from_modules

    return rules_from_modules(__name__)
