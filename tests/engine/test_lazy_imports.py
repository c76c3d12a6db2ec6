"""A run whose rules need neither spaCy nor LanguageTool imports neither (nor proselint)."""

import subprocess
import sys

PROBE = """
import sys
from editlint.api import lint_text
lint_text("# A\\n\\nA\\n\\n![x](a.jpg)\\n", config={"select": ["house/duplicate-headline", "house/missing-image-credit", "ap"]})
heavy = {"spacy", "thinc", "language_tool_python", "proselint"} & {name.split(".")[0] for name in sys.modules}
print(sorted(heavy))
"""


def test_structural_run_imports_no_heavy_parts():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
