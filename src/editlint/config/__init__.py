"""Configuration: one table of settings, files discovered per article, validation with clear errors."""

from editlint.config.loader import Config, find_config_file, load_config, resolve_config
from editlint.config.settings import SETTINGS

__all__ = ["Config", "SETTINGS", "find_config_file", "load_config", "resolve_config"]
