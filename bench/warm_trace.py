"""Benchmark: where a warm run's time goes, as a timestamped breakdown of the whole path.

Starts a LanguageTool server and a warm worker in a private cache folder (reusing the installed
LanguageTool), the worker with timing hooks: each process of a run (this script, the client, the
worker's forked child) appends ``monotonic-time event`` lines to one log, so the times compare.
Then runs ``editlint --no-cache ARTICLE`` N times through the worker and prints, for each step,
the median time since the run was spawned, and the median time each step took: client start,
hand-over, fork, parse, each rule family, spaCy, each LanguageTool request, output, exit; and
the CPU time the run's child, the worker (which forks the next run's child) and the LanguageTool
server (its JIT compiler threads apart) spent: what an idle machine would need. The server is
first warmed until its compiler has settled (``common.JIT_WARM_UP_CHECKS``).

    python bench/warm_trace.py [--article PATH] [--runs N] [--chunk-sizes 4000,100000] [-- EDITLINT-ARGS...]
"""

from __future__ import annotations

import os
import sys
import time

LOG_VARIABLE = "EDITLINT_TRACE_LOG"
CHUNK_VARIABLE = "EDITLINT_TRACE_CHUNK_SIZE"


def stamp(event: str) -> None:
    """Append one event, with the monotonic time (one clock for all processes), to the trace log."""
    line = f"{time.monotonic():.6f} {event}\n".encode()
    fd = os.open(os.environ[LOG_VARIABLE], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def traced(owner, name: str, event: str, detail=None) -> None:
    """Wrap ``owner.name`` so each call stamps ``event start`` and ``event end`` (``detail(args)`` added)."""
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        label = event + (f" {detail(*args, **kwargs)}" if detail else "")
        stamp(f"{label} start")
        try:
            return original(*args, **kwargs)
        finally:
            stamp(f"{label} end")

    setattr(owner, name, wrapper)


def client_main() -> None:
    """The ``editlint`` command with stamps: interpreter up, imports done, connected, handed over, status."""
    stamp("client up")
    import editlint.client as client

    stamp("client imported")
    traced(client, "_connect", "client connect")
    traced(client, "_wait_for_status", "client wait")
    client.main()


def worker_main() -> None:
    """The warm worker with stamps in its children: fork, hand-over, command line, parse, rules, requests, output."""
    import urllib3.connection

    import editlint.linter as linter
    import editlint.nlp.pipeline as pipeline
    import editlint.worker as worker
    from editlint.engine.registry import Registry
    from editlint.packs.languagetool import client as lt_client
    from editlint.packs.languagetool import rule as lt_rule

    original_child, original_flush = worker._child, worker._flush
    preloaded: set[str] = set()
    cpu_before = [0.0]  # the child's CPU time when the run began (a child serves several runs)

    def child(connection, log):
        stamp("child takes the run")
        preloaded.update(sys.modules)
        cpu_before[0] = time.process_time()
        return original_child(connection, log)

    def flush():
        original_flush()
        imported = sorted(set(sys.modules) - preloaded)
        stamp(f"output flushed; imported during the run: {' '.join(imported) or 'nothing'}")
        stamp(f"cpu run {(time.process_time() - cpu_before[0]) * 1000:.1f}")

    worker._child = child
    traced(worker, "_take_run", "child hand-over")
    traced(worker, "_run", "command line")
    traced(linter.Linter, "config_for", "config")
    traced(linter, "parse_source", "markdown parse")
    traced(pipeline, "parse_document", "spacy parse")
    traced(lt_client.LanguageToolClient, "_request", "languagetool", lambda self, path, params, method="GET", **_: f"{path}:{len(params.get('text', ''))}")
    traced(urllib3.connection.HTTPConnection, "getresponse", "http: sent, waits for the reply")
    traced(lt_rule, "prefetch", "languagetool prefetch")
    traced(lt_rule, "session_client", "languagetool client")
    traced(lt_rule, "spelling_filter", "spelling filter")
    traced(lt_rule, "known_words", "spelling look-up")
    worker._flush = flush

    class TimedRule:
        def __init__(self, rule):
            self.rule, self.meta = rule, rule.meta
            if hasattr(rule, "prefetch"):
                self.prefetch = rule.prefetch

        def check(self, doc, ctx):
            family = self.meta.id.split("/", 1)[0]
            stamp(f"rules {family} start")
            found = list(self.rule.check(doc, ctx))
            stamp(f"rules {family} end")
            return found

    original_init = lt_client.LanguageToolClient.__init__

    def client_init(self, url, **options):
        if os.environ.get(CHUNK_VARIABLE):  # the run's environment: --chunk-sizes
            options["chunk_size"] = int(os.environ[CHUNK_VARIABLE])
        original_init(self, url, **options)

    lt_client.LanguageToolClient.__init__ = client_init
    original_pack = Registry.pack
    Registry.pack = lambda self, name: [TimedRule(r) for r in original_pack(self, name)]
    worker._folder()  # created private, as `editlint server start` does
    worker.serve()


def main() -> None:
    import argparse
    import statistics
    import subprocess
    import tempfile
    from pathlib import Path

    import psutil

    from common import jvm_cpu_ms, private_environment, warm_languagetool

    from editlint.document import parse
    from editlint.document.joined import JoinedProse
    from editlint.packs.languagetool.rule import CHECKED_KINDS

    from editlint.client import socket_path
    from editlint.packs.languagetool.server import start_daemon, stop_daemon

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=Path(__file__).resolve().parent / "data" / "harbour-bridge.md")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--chunk-sizes", default="", help="LanguageTool request sizes to compare, interleaved: 4000,100000")
    parser.add_argument("editlint_args", nargs="*", help="arguments before the article (default: none, the full default run)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        (work / args.article.name).write_text(args.article.read_text(encoding="utf-8"), encoding="utf-8")
        log = work / "trace.log"
        env = {**private_environment(work), LOG_VARIABLE: str(log)}
        cache = Path(env["EDITLINT_CACHE_DIR"])
        os.environ.update(env)
        record = start_daemon(cache)
        server = psutil.Process(record.pid)
        worker = subprocess.Popen([sys.executable, __file__, "--worker"], env=env, stdout=subprocess.DEVNULL, start_new_session=True)
        try:
            while not os.path.exists(socket_path()):
                if worker.poll() is not None:
                    raise SystemExit("the traced worker did not start")
                time.sleep(0.1)
            warm_languagetool(record.url, JoinedProse.of(parse(args.article.read_text(encoding="utf-8"), args.article.name).prose_blocks(CHECKED_KINDS)).text)
            forker = psutil.Process(worker.pid)
            command = [sys.executable, __file__, "--client", "--no-cache", *args.editlint_args, args.article.name]
            variants = {f"requests of {size} characters": {**env, CHUNK_VARIABLE: size} for size in args.chunk_sizes.split(",") if size}
            variants = variants or {"default": env}
            runs: dict[str, list[list[str]]] = {name: [] for name in variants}
            outputs = set()
            for number in range(3 + args.runs):
                for name, variant_env in variants.items():
                    log.unlink(missing_ok=True)
                    server_cpu, compiler_cpu, worker_cpu = sum(server.cpu_times()[:2]), jvm_cpu_ms(server.pid)[0], sum(forker.cpu_times()[:2])
                    stamp("spawn")
                    proc = subprocess.run(command, env=variant_env, cwd=work, capture_output=True)
                    stamp("exit seen")
                    stamp(f"cpu languagetool {(sum(server.cpu_times()[:2]) - server_cpu) * 1000:.1f}")
                    stamp(f"cpu languagetool's JIT compiler {jvm_cpu_ms(server.pid)[0] - compiler_cpu:.1f}")
                    stamp(f"cpu worker {(sum(forker.cpu_times()[:2]) - worker_cpu) * 1000:.1f}")
                    if proc.returncode not in (0, 1):
                        raise SystemExit(f"run failed ({proc.returncode}): {proc.stderr.decode().strip()}")
                    outputs.add((name, proc.stdout))
                    if number >= 3:
                        runs[name].append(log.read_text().splitlines())
        finally:
            worker.terminate()
            worker.wait()
            stop_daemon(cache)
    for name, traced_runs in runs.items():
        print(f"== {name}")
        report(traced_runs)
    if len(variants) > 1:
        print(f"the variants print the same report: {'yes' if len({out for _, out in outputs}) == 1 else 'NO'}")


def report(runs: list[list[str]]) -> None:
    """Median offset from spawn of each event (a repeated step: its first start, its last end), and the
    median total time of each step."""
    import statistics

    offsets: dict[str, list[float]] = {}
    durations: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for lines in runs:
        events = [(float(t), name) for t, name in (line.split(" ", 1) for line in lines)]
        spawn = events[0][0]
        at: dict[str, float] = {}
        opened: dict[str, list[float]] = {}
        totals: dict[str, float] = {}
        for _, name in events:
            if name.startswith("cpu "):
                label, value = name.rsplit(" ", 1)
                cpu.setdefault(label, []).append(float(value))
        events = [(moment, name) for moment, name in events if not name.startswith("cpu ")]
        for moment, name in events:
            if name not in at or name.endswith(" end"):  # a step's first start and last end
                at[name] = moment - spawn
            if name.endswith(" start"):
                opened.setdefault(name[:-6], []).append(moment)
            elif name.endswith(" end") and opened.get(name[:-4]):
                label = name[:-4]
                totals[label] = totals.get(label, 0.0) + moment - opened[label].pop()
        for name, offset in at.items():
            offsets.setdefault(name, []).append(offset)
        for label, total in totals.items():
            durations.setdefault(label, []).append(total)
    print(f"{len(runs)} runs; load average {os.getloadavg()[0]:.1f}; times in ms, medians")
    print(f"{'at':>7}  event")
    for name, values in sorted(offsets.items(), key=lambda item: statistics.median(item[1])):
        if len(values) * 2 >= len(runs):
            print(f"{statistics.median(values) * 1000:7.1f}  {name}")
    print(f"\n{'took':>7}  step (total per run)")
    for label, values in durations.items():
        print(f"{statistics.median(values) * 1000:7.1f}  {label}")
    print(f"\n{'cpu ms':>7}  CPU time per run (the worker's child, all threads; the LanguageTool server, and its compiler; the worker)")
    for label, values in cpu.items():
        print(f"{statistics.median(values):7.1f}  {label.removeprefix('cpu ')}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--client"]:
        sys.argv = ["editlint", *sys.argv[2:]]
        client_main()
    elif sys.argv[1:2] == ["--worker"]:
        worker_main()
    else:
        main()
