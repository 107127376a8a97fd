"""The shape of the package: modules, lines, the largest files and the longest functions, for a before/after read.

    python benchmarks/code_shape.py                      # this checkout's negagen/
    python benchmarks/code_shape.py --root OTHER/negagen # e.g. a worktree of an older commit
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path


def shape(root: Path, top: int) -> None:
    files = sorted(root.rglob("*.py"))
    sizes = sorted(((len(p.read_text(encoding="utf-8").splitlines()), p) for p in files), reverse=True)
    functions = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                functions.append((node.end_lineno - node.lineno + 1, f"{path.relative_to(root)}::{node.name}"))
    functions.sort(reverse=True)
    print(f"{root}: {len(files)} modules, {sum(s for s, _ in sizes)} lines, {len(functions)} functions")
    print("largest files (lines): " + ", ".join(f"{p.relative_to(root)} {s}" for s, p in sizes[:top]))
    print("longest functions (lines): " + ", ".join(f"{name} {n}" for n, name in functions[:top]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1] / "negagen")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()
    shape(args.root, args.top)


if __name__ == "__main__":
    main()
