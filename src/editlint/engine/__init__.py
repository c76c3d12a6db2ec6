"""The rule engine: diagnostics, rule metadata, registry, runner, suppressions and fixes."""
