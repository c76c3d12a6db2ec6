#!/usr/bin/env bash
# Install editlint from a source folder (the action's own checkout by default) with the Python
# on PATH (or $PYTHON), and write the pinned LanguageTool version to $GITHUB_OUTPUT as
# `languagetool=<version>`, the key under which the action caches LanguageTool's install.
set -euo pipefail

source_dir="${1:-${GITHUB_ACTION_PATH:-.}}"
python="${PYTHON:-python}"

"$python" -m pip install --quiet --disable-pip-version-check "$source_dir"
version="$("$python" -c 'from editlint.packs.languagetool.provision import LANGUAGETOOL_VERSION; print(LANGUAGETOOL_VERSION)')"
echo "editlint installed; LanguageTool $version is pinned" >&2
echo "languagetool=$version" >> "${GITHUB_OUTPUT:-/dev/stdout}"
