"""Hashes of what the main commands produce, to show a refactor changed no output (issue 16's before/after check).

    python benchmarks/same_outputs.py OUT_DIR [--input 20k.txt]

Runs, into OUT_DIR: ``make demo``'s generate (the bundled sample, all five operators); a sharded generate of
``--input`` (all operators, 5,000-line shards, 2 workers; default: 20,000 sentences drawn with seed 0 from
../shared/data/sentences); and the training rows of recipes/cpu-quick.yaml (ordinary and structural pools, the
mixed rows of every ratio x seed x positives, the held-out structural set). Prints one line per output:
name, rows, sha256. ``stats.json`` files are hashed without their timing and the input's path, which differ
between runs of the same code.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALL_OPS = "negation,role_swap,reorder,relation_flip,antonym"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def rows_digest(rows: list) -> str:
    return digest("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows).encode())


def stats_digest(path: Path) -> str:
    stats = json.loads(path.read_text(encoding="utf-8"))
    for key in ("seconds", "output"):
        stats.pop(key, None)
    stats.get("config", {}).pop("input", None)
    return digest(json.dumps(stats, sort_keys=True).encode())


def sample_input(path: Path, n: int = 20_000) -> Path:
    sentences = []
    for part in sorted((ROOT.parent / "shared/data/sentences").glob("sentences_en.part*.tsv")):
        lines = part.read_text(encoding="utf-8").splitlines()[1:]
        sentences += [line.split("\t", 1)[1] for line in lines]
    random.Random(0).shuffle(sentences)
    path.write_text("\n".join(sentences[:n]) + "\n", encoding="utf-8")
    return path


def negagen(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "negagen", *args], check=True, cwd=ROOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--input", type=Path, default=None)
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    source = args.input.resolve() if args.input else sample_input(out / "input20k.txt")

    negagen("generate", "-q", "--ops", ALL_OPS, "--output", str(out / "demo" / "triplets.jsonl"))
    demo = out / "demo" / "triplets.jsonl"
    print("demo triplets", len(demo.read_text().splitlines()), digest(demo.read_bytes()))
    print("demo stats", stats_digest(out / "demo" / "triplets.stats.json"))
    negagen("generate", "-q", str(source), "--ops", ALL_OPS, "--shard-size", "5000", "--workers", "2",
            "--output", str(out / "sharded"))  # fmt: skip
    for part in sorted((out / "sharded").glob("part-*")):
        print("sharded", part.name, len(part.read_text().splitlines()), digest(part.read_bytes()))
    print("sharded stats", stats_digest(out / "sharded" / "stats.json"))

    from negagen.experiment import load_recipe, mix_rows, ordinary_pool, structural_pool, structural_test_set

    recipe = load_recipe(ROOT / "recipes" / "cpu-quick.yaml", output_dir=str(out / "cpu-quick"))
    ordinary = ordinary_pool(recipe)
    print("ordinary-random", len(ordinary), rows_digest(ordinary))
    for positives in ("identity", "structural", "pair"):
        pool = structural_pool(recipe, positives)
        print("structural", positives, len(pool), rows_digest(pool))
        if positives == "pair":
            continue
        for ratio in recipe.ratios:
            for seed in recipe.seeds:
                rows = mix_rows(ordinary, pool, ratio, recipe.train.rows, seed)
                print("mixed", positives, ratio, seed, len(rows), rows_digest(rows))
    pool = structural_pool(recipe, "pair", edit="anchor")
    print("structural pair anchor-edit", len(pool), rows_digest(pool))
    test = structural_test_set(recipe)
    print("held-out structural", len(test), rows_digest([t.__dict__ for t in test]))


if __name__ == "__main__":
    main()
