#!/usr/bin/env bash
# Lint the articles a pull request changed and write the reports a CI run keeps.
#
#   EDITLINT_PATHS       articles and folders to lint, space-separated (default: .)
#   EDITLINT_BASE        git ref or commit the pull request is compared with; empty: lint everything
#   EDITLINT_BASELINE    baseline file of known findings to leave out (optional)
#   EDITLINT_FAIL_LEVEL  error (default), warning or info
#   EDITLINT_REPORTS     FORMAT:FILE pairs, space-separated (default: sarif:editlint.sarif html:editlint-report.html)
#
# The annotations (--format github) go to stdout, where GitHub Actions reads them. On a shallow
# checkout the base commit is fetched from origin first. LanguageTool runs as one warm server
# for all the runs. Exits as the annotations run does: 0 clean, 1 findings, 2 errors (or 2 when
# a report could not be written).
set -uo pipefail

read -r -a paths <<< "${EDITLINT_PATHS:-.}"
read -r -a reports <<< "${EDITLINT_REPORTS:-sarif:editlint.sarif html:editlint-report.html}"
options=()
[[ -n "${EDITLINT_BASELINE:-}" ]] && options+=(--baseline "$EDITLINT_BASELINE")
[[ -n "${EDITLINT_FAIL_LEVEL:-}" ]] && options+=(--fail-level "$EDITLINT_FAIL_LEVEL")

if [[ -n "${EDITLINT_BASE:-}" ]]; then
  if ! git rev-parse --verify --quiet "${EDITLINT_BASE}^{commit}" > /dev/null; then
    echo "editlint: fetching the base commit $EDITLINT_BASE (shallow checkout)" >&2
    git fetch --no-tags --quiet --depth=1 origin "$EDITLINT_BASE" || exit 2
  fi
  options+=(--diff-base "$EDITLINT_BASE")
fi

editlint setup >&2 || exit 2
editlint server start >&2 || exit 2
trap 'editlint server stop >&2' EXIT

editlint "${options[@]}" --format github "${paths[@]}"
status=$?
for report in "${reports[@]}"; do
  editlint "${options[@]}" --format "${report%%:*}" --output-file "${report#*:}" "${paths[@]}"
  [[ $? -eq 2 ]] && status=2
done
exit "$status"
