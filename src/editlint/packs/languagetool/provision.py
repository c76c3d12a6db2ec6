"""Install LanguageTool's HTTP server (English) into editlint's cache with Maven, and trust only that install.

Trust rests on digests that ship with editlint, not on anything in the cache: ``jars.sha256``
(next to this module) pins the sha256 of every jar that ``pom.xml`` brings in, each checked
against the ``.sha1`` Maven Central publishes before it was pinned. ``editlint setup`` fetches
with Maven's strict checksums (a jar whose download does not match Central's checksum fails the
fetch) and keeps only jars with a pinned digest; every server start hashes the jars again and
puts exactly the pinned ones on the class path, named one by one. So a cache folder that someone
else filled (a forged install record, an extra ``HTTPServer.class``, a swapped jar) cannot make
editlint run its code: at worst it refuses to start. Where the cache is, and which ``java`` runs
it, come from the user only (``EDITLINT_CACHE_DIR``, ``JAVA_HOME``, ``PATH``, the user config),
never from a repository's config. When ``LANGUAGETOOL_VERSION`` changes, pin the new jars the
same way (``sha256sum`` of the jars Maven delivers, after comparing them with the ``.sha1`` files
in Maven's local repository).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import http.client
import json
import os
import re
import shutil
import subprocess
import tempfile
import urllib.request
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator

from editlint import cachedir
from editlint.errors import EnvironmentProblem

LANGUAGETOOL_VERSION = "6.8"
MIN_JAVA = 17
INSTALL_COMMAND = "editlint setup"
PINNED_JARS = "jars.sha256"
MAVEN_TIMEOUT = 1800.0

Cache = str | os.PathLike | None


def cache_root(cache: Cache = None) -> Path:
    """*cache*, else ``$EDITLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/editlint``, else ``~/.cache/editlint``."""
    return Path(cachedir.cache_root(cache))


def install_dir(cache: Cache = None) -> Path:
    """Where this LanguageTool version lives in the cache."""
    return cache_root(cache) / f"languagetool-{LANGUAGETOOL_VERSION}"


@cache
def pinned_jars() -> dict[str, str]:
    """Jar file name -> sha256, as shipped with editlint."""
    lines = resources.files(__package__).joinpath(PINNED_JARS).read_text(encoding="utf-8").splitlines()
    return dict(reversed(line.split()) for line in lines if line.strip() and not line.startswith("#"))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _unverified(libs: Path) -> list[str]:
    """Pinned jars that are missing from *libs* or differ from their pinned digest."""
    bad = []
    for name, digest in pinned_jars().items():
        jar = libs / name
        try:
            if not jar.is_file() or _sha256(jar) != digest:
                bad.append(name)
        except OSError:
            bad.append(name)
    return bad


def _classpath_of(libs: Path) -> str:
    return os.pathsep.join(str(libs / name) for name in sorted(pinned_jars()))


def is_installed(cache: Cache = None) -> bool:
    """True when every pinned jar is in the cache with its pinned digest."""
    return not _unverified(install_dir(cache) / "libs")


def classpath(cache: Cache = None) -> str:
    """The Java class path of the installed server: the pinned jars, each verified now."""
    libs = install_dir(cache) / "libs"
    bad = _unverified(libs)
    if len(bad) == len(pinned_jars()):
        raise EnvironmentProblem(f"LanguageTool {LANGUAGETOOL_VERSION} is not installed: run `{INSTALL_COMMAND}`")
    if bad:
        raise EnvironmentProblem(
            f"LanguageTool in {install_dir(cache)} is incomplete or was changed after `{INSTALL_COMMAND}` "
            f"({bad[0]} is missing or does not match its pinned checksum): run `{INSTALL_COMMAND}` again"
        )
    return _classpath_of(libs)


def _which(program: str) -> str | None:
    """*program* in the absolute folders of ``PATH``."""
    return shutil.which(program, path=os.pathsep.join(p for p in os.environ.get("PATH", os.defpath).split(os.pathsep) if os.path.isabs(p)))


def java_command() -> str:
    """``$JAVA_HOME/bin/java`` if ``JAVA_HOME`` is set, else ``java`` from the absolute folders of ``PATH``.

    Relative ``PATH`` entries (``.``, ``bin``) are skipped: they would find a ``java`` in
    whatever folder editlint runs in, such as the repository being linted.
    """
    home = os.environ.get("JAVA_HOME")
    if home:
        java = Path(home) / "bin" / "java"
        if not (java.is_file() and os.access(java, os.X_OK)):
            raise EnvironmentProblem(f"JAVA_HOME is {home}, but {java} is not an executable: point JAVA_HOME at a Java {MIN_JAVA} or newer")
        return str(java)
    java = _which("java")
    if not java:
        raise EnvironmentProblem(f"Java is not installed: install Java {MIN_JAVA} or newer (e.g. OpenJDK {MIN_JAVA}) and put `java` on PATH, or set JAVA_HOME")
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
    """Fetch and verify LanguageTool into the cache; a no-op (no output) when the install verifies."""
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
            _fetch_with_maven(staging, progress)
            progress("Checking that the LanguageTool server starts and knows English ...")
            _smoke_test(_classpath_of(staging / "libs"))
            shutil.rmtree(target, ignore_errors=True)
            os.replace(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    progress(f"LanguageTool {LANGUAGETOOL_VERSION} installed in {target} ({size / 1e6:.0f} MB).")
    return target


def _fetch_with_maven(staging: Path, progress: Callable[[str], object]) -> None:
    """Put the pinned jars into ``staging/libs``, fetched by Maven with strict checksums, and nothing else."""
    mvn = _which("mvn")
    if not mvn:
        raise EnvironmentProblem(f"Maven (mvn) is not installed: install Maven 3, then run `{INSTALL_COMMAND}` again")
    pom = staging / "pom.xml"
    pom.write_bytes(resources.files(__package__).joinpath("pom.xml").read_bytes())
    libs = staging / "libs"
    cmd = [mvn, "-B", "-q", "--strict-checksums", "-f", str(pom), "dependency:copy-dependencies", f"-DoutputDirectory={libs}", "-DincludeScope=runtime"]
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
    for extra in set(os.listdir(libs)) - pinned_jars().keys():
        (libs / extra).unlink()
    bad = _unverified(libs)
    if bad:
        raise EnvironmentProblem(
            f"Maven delivered LanguageTool jars that do not match editlint's pinned checksums ({', '.join(bad[:3])}"
            f"{', ...' if len(bad) > 3 else ''}): check ~/.m2/settings.xml for a mirror, then run `{INSTALL_COMMAND}` again"
        )


def _smoke_test(cp: str) -> None:
    """Start the server from *cp* and make sure it serves English."""
    from editlint.packs.languagetool.server import LanguageToolServer

    with LanguageToolServer(classpath=cp) as server:
        try:
            with urllib.request.urlopen(f"{server.url}/v2/languages", timeout=30) as reply:
                codes = {entry.get("longCode") for entry in json.load(reply) if isinstance(entry, dict)}
        except (OSError, ValueError, TypeError, http.client.HTTPException):
            codes = set()
    if "en-US" not in codes:
        raise EnvironmentProblem(f"the LanguageTool server started but does not offer en-US: run `{INSTALL_COMMAND}` again")
