"""Scale: all operators over the whole shared corpus, against the parse-only ceiling, with peak memory and the
parse-cache speed-up.

    python benchmarks/scale.py [--sizes 20000 210650] [--workers 2] [--ray]

Every size is a prefix of one seeded shuffle of the corpus, so sizes differ in count, not in kind of sentence.
For each size: parse-only (``nlp.pipe`` with ``n_process=workers``, the ceiling) and ``negagen generate`` with every
operator, sharded output and the same worker count, each in its own process so its peak RSS is its own. For the
smallest size it also runs generate twice more with ``--parse-cache`` (cold, then warm with another seed) and
reports the speed-up of the warm run over the uncached one. Times include loading the pipeline in both cases.
With ``--ray`` each size also runs with ``--engine ray`` (a local Ray instance, ``workers`` actors; its peak RSS is
not measured: the actors are not this process's children) and checks its shards equal the local engine's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared_data import DEFAULT_SENTENCES, read_sentences

from negagen import operator_names

PARSE_ONLY = """
import sys, time
from negagen.parse import load_pipeline
nlp = load_pipeline()
texts = open(sys.argv[1], encoding="utf-8").read().splitlines()
start = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=256, n_process=int(sys.argv[2])):
    pass
print(time.perf_counter() - start)
"""


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of ``command`` and the processes it waited for."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 2):  # 2: bad input lines were skipped, output is complete
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20000, 210650])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--data", type=Path, default=DEFAULT_SENTENCES)
    parser.add_argument("--ray", action="store_true", help="also run the ray engine")
    args = parser.parse_args()

    texts = [text for _, text in read_sentences(args.data)]
    # One order for every size, shuffled: the first 20k lines of the files are short captions, the rest longer
    # news and forum sentences, and peak memory follows the longest batches, not the number of sentences.
    random.Random(0).shuffle(texts)
    ops = ",".join(operator_names())
    print(f"{len(texts)} sentences available; operators {ops}; workers {args.workers}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus-{size}.txt"
            corpus.write_text("\n".join(texts[:size]) + "\n", encoding="utf-8")
            generate = [sys.executable, "-m", "negagen", "generate", str(corpus), "--ops", ops,
                        "--workers", str(args.workers), "--shard-size", "20000"]  # fmt: skip
            parse_seconds, parse_rss = run([sys.executable, "-c", PARSE_ONLY, str(corpus), str(args.workers)])
            gen_seconds, gen_rss = run([*generate, "-o", str(Path(tmp) / f"out-{size}")])
            print(f"\n{size} sentences")
            print(f"  parse only            : {size / parse_seconds:8.1f} sentences/s  peak RSS {parse_rss:7.0f} MiB")
            print(f"  generate, all ops     : {size / gen_seconds:8.1f} sentences/s  peak RSS {gen_rss:7.0f} MiB")
            print(f"  ratio generate/parse  : {parse_seconds / gen_seconds:.3f}")
            if args.ray:
                ray_seconds, _ = run([*generate, "-o", str(Path(tmp) / f"ray-{size}"), "--engine", "ray"])
                same = _shards(Path(tmp) / f"ray-{size}") == _shards(Path(tmp) / f"out-{size}")
                print(f"  generate, ray engine  : {size / ray_seconds:8.1f} sentences/s  ratio to parse "
                      f"{parse_seconds / ray_seconds:.3f}; shards identical to local: {same}")  # fmt: skip
            if size == min(args.sizes):
                cache = str(Path(tmp) / "parse-cache")
                cold, _ = run([*generate, "-o", str(Path(tmp) / "cold"), "--parse-cache", cache])
                warm, _ = run([*generate, "-o", str(Path(tmp) / "warm"), "--parse-cache", cache, "--seed", "1"])
                print(f"  with parse cache      : cold {cold:.1f} s, warm {warm:.1f} s; "
                      f"warm vs uncached {gen_seconds / warm:.1f}x faster")  # fmt: skip


def _shards(folder: Path) -> list[tuple[str, str]]:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return [(shard["file"], shard["sha256"]) for shard in manifest["shards"]]


if __name__ == "__main__":
    main()
