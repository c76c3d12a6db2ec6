"""Install LanguageTool's HTTP server (English) into editlint's cache, with Maven."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import subprocess
import tempfile
import urllib.request
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator

from editlint.atomic import write_atomically
from editlint.errors import EnvironmentProblem

LANGUAGETOOL_VERSION = "6.8"
MIN_JAVA = 17
INSTALL_COMMAND = "editlint setup"
MARKER = "editlint-install.json"
MAVEN_TIMEOUT = 1800.0

Cache = str | os.PathLike | None


def cache_root(cache: Cache = None) -> Path:
    """*cache*, else ``$EDITLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/editlint``, else ``~/.cache/editlint``."""
    if cache:
        return Path(cache).expanduser()
    if os.environ.get("EDITLINT_CACHE_DIR"):
        return Path(os.environ["EDITLINT_CACHE_DIR"]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "editlint"


def install_dir(cache: Cache = None) -> Path:
    """Where this LanguageTool version lives in the cache."""
    return cache_root(cache) / f"languagetool-{LANGUAGETOOL_VERSION}"


def _marker(cache: Cache) -> dict | None:
    """The install marker, if present, readable and complete."""
    try:
        data = json.loads((install_dir(cache) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = (
        isinstance(data, dict)
        and data.get("version") == LANGUAGETOOL_VERSION
        and all(isinstance(data.get(key), list) and data[key] and all(isinstance(v, str) for v in data[key]) for key in ("classpath", "required"))
    )
    return data if ok else None


def is_installed(cache: Cache = None) -> bool:
    """True when an install passed verification and its required jars are still there."""
    data = _marker(cache)
    return data is not None and all((install_dir(cache) / rel).is_file() for rel in data["required"])


def classpath(cache: Cache = None) -> str:
    """The Java class path of the installed server."""
    data = _marker(cache)
    if data is None or not is_installed(cache):
        raise EnvironmentProblem(f"LanguageTool {LANGUAGETOOL_VERSION} is not installed: run `{INSTALL_COMMAND}`")
    return os.pathsep.join(str(install_dir(cache) / entry) for entry in data["classpath"])


def java_command() -> str:
    """Path of the ``java`` executable on PATH."""
    java = shutil.which("java")
    if not java:
        raise EnvironmentProblem(f"Java is not installed: install Java {MIN_JAVA} or newer (e.g. OpenJDK {MIN_JAVA}) and put `java` on PATH")
    return java


def java_version(java: str) -> int:
    """Major version reported by ``java -version`` (8 for ``1.8.0``)."""
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise EnvironmentProblem(f"`{java} -version` failed ({err}): reinstall Java {MIN_JAVA} or newer") from None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if out.returncode or not found:
        raise EnvironmentProblem(f"`{java} -version` did not report a version: reinstall Java {MIN_JAVA} or newer")
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on *path* (created if missing) for the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def install(cache: Cache = None, progress: Callable[[str], object] = print) -> Path:
    """Fetch, verify and register LanguageTool in the cache; a fast no-op when already installed."""
    target = install_dir(cache)
    if is_installed(cache):
        return target
    java = java_command()
    version = java_version(java)
    if version < MIN_JAVA:
        raise EnvironmentProblem(f"Java {version} is too old for LanguageTool {LANGUAGETOOL_VERSION}: install Java {MIN_JAVA} or newer")
    progress(f"Using Java {version} ({java}).")
    with locked(cache_root(cache) / "languagetool.lock"):
        if is_installed(cache):
            return target
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
        try:
            cp, required = _fetch(staging, progress)
            progress("Checking that the LanguageTool server starts and knows English ...")
            _smoke_test(os.pathsep.join(str(staging / entry) for entry in cp))
            shutil.rmtree(target, ignore_errors=True)
            os.replace(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        write_atomically(target / MARKER, json.dumps({"version": LANGUAGETOOL_VERSION, "classpath": cp, "required": required}, indent=2))
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    progress(f"LanguageTool {LANGUAGETOOL_VERSION} installed in {target} ({size / 1e6:.0f} MB).")
    return target


def _fetch(staging: Path, progress: Callable[[str], object]) -> tuple[list[str], list[str]]:
    """Put the jars into *staging*; return (class path entries, required files), relative to it."""
    mvn = shutil.which("mvn")
    if mvn:
        return _fetch_with_maven(mvn, staging, progress)
    progress("Maven (mvn) not found: trying language_tool_python's LanguageTool download instead ...")
    try:
        return _fetch_with_language_tool_python(staging)
    except Exception as err:  # the download can fail in many ways (network, checksum, archive)
        reason = " ".join(str(err).split())[:200] or type(err).__name__
        raise EnvironmentProblem(
            f"Maven (mvn) is not installed: install Maven, or let language_tool_python download LanguageTool (that failed: {reason})"
        ) from None


def _fetch_with_maven(mvn: str, staging: Path, progress: Callable[[str], object]) -> tuple[list[str], list[str]]:
    pom = staging / "pom.xml"
    pom.write_bytes(resources.files(__package__).joinpath("pom.xml").read_bytes())
    libs = staging / "libs"
    cmd = [mvn, "-B", "-q", "-f", str(pom), "dependency:copy-dependencies", f"-DoutputDirectory={libs}", "-DincludeScope=runtime"]
    progress(f"Fetching LanguageTool {LANGUAGETOOL_VERSION} with Maven (about 100 MB the first time) ...")
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=MAVEN_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise EnvironmentProblem(f"Maven did not finish fetching LanguageTool within {MAVEN_TIMEOUT:.0f}s: check network access to Maven Central") from None
    pom.unlink()
    if result.returncode:
        lines = (result.stdout + result.stderr).splitlines()
        error = next((line for line in lines if "[ERROR]" in line), lines[-1] if lines else "no output")
        raise EnvironmentProblem(
            f"Maven could not fetch LanguageTool {LANGUAGETOOL_VERSION} (exit {result.returncode}: {error.strip()[:200]}); "
            "check that Maven can reach Maven Central (proxy settings in ~/.m2/settings.xml)"
        )
    required = [f"libs/{name}-{LANGUAGETOOL_VERSION}.jar" for name in ("languagetool-server", "language-en")]
    missing = [rel for rel in required if not (staging / rel).is_file()]
    if missing:
        raise EnvironmentProblem(f"Maven finished but did not deliver {', '.join(missing)}: run `{INSTALL_COMMAND}` again")
    return ["libs/*"], required


def _fetch_with_language_tool_python(staging: Path) -> tuple[list[str], list[str]]:
    from language_tool_python.download_lt import LocalLanguageTool

    saved = os.environ.get("LTP_PATH")
    os.environ["LTP_PATH"] = str(staging)  # where language_tool_python unpacks its download
    try:
        LocalLanguageTool.from_version_name(LANGUAGETOOL_VERSION).download()
    finally:
        if saved is None:
            os.environ.pop("LTP_PATH", None)
        else:
            os.environ["LTP_PATH"] = saved
    home = f"LanguageTool-{LANGUAGETOOL_VERSION}"
    server_jar = f"{home}/languagetool-server.jar"
    if not (staging / server_jar).is_file():
        raise FileNotFoundError(f"the download has no {server_jar}")
    english = sorted(str(p.relative_to(staging)) for p in (staging / home).rglob("language-en*.jar"))
    return [server_jar], [server_jar, *english[:1]]


def _smoke_test(cp: str) -> None:
    """Start the server from *cp* and make sure it serves English."""
    from editlint.packs.languagetool.server import LanguageToolServer

    with LanguageToolServer(classpath=cp) as server:
        try:
            with urllib.request.urlopen(f"{server.url}/v2/languages", timeout=30) as reply:
                codes = {entry.get("longCode") for entry in json.load(reply) if isinstance(entry, dict)}
        except (OSError, ValueError, TypeError):
            codes = set()
    if "en-US" not in codes:
        raise EnvironmentProblem(f"the LanguageTool server started but does not offer en-US: run `{INSTALL_COMMAND}` again")
