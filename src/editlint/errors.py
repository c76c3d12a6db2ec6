"""Errors that end a run with exit status 2 and a one-line message."""


class EditlintError(Exception):
    """A usage, input or environment problem; its message is shown to the user as is."""


class UsageError(EditlintError):
    """Bad arguments, bad configuration or bad input files."""


class EnvironmentProblem(EditlintError):
    """Something editlint needs is missing or broken (Java, Maven, LanguageTool, spaCy model)."""


class ServiceError(EnvironmentProblem):
    """A LanguageTool server did not answer, timed out or replied with garbage."""


class RuleFailure(EditlintError):
    """A rule raised an unexpected exception on one article: a bug in editlint, reported as that file's error."""
