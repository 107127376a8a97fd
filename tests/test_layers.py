"""The package's import graph: every import goes down the layers of docs/architecture.md, so there is no cycle.

Every import counts, also one inside a function (a deferred import is still a dependency). A unit is a top-level
module or subpackage of ``negagen``; a unit may import a unit of a lower layer, never one of its own layer or above:
so ``train``, ``evaluate`` and ``verify`` (one layer) do not import each other, and nothing imports ``cli``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "negagen"

# Bottom to top; the same list (and the reason for each) is in docs/architecture.md.
LAYERS = [
    {"about", "errors"},
    {"records", "atomic", "morphology"},
    {"resources", "parse", "registry"},
    {"syntax"},
    {"operators", "positives"},
    {"engine"},
    {"api"},
    {"dataset"},
    {"audit"},
    {"report", "experiment"},
    {"train", "evaluate", "verify"},
    {"studies"},
    {"cli"},
    {"__main__"},
]
LAYER = {unit: depth for depth, units in enumerate(LAYERS) for unit in units}
OPERATORS = {p.name.removesuffix(".py") for p in (PACKAGE / "operators").iterdir()
             if p.name != "__init__.py" and (p.suffix == ".py" or (p / "__init__.py").is_file())}  # fmt: skip


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[str, int]]:
    """(absolute module, line) for every negagen import in ``path``, at any depth of the file."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                targets = [target] if node.module else [f"{target}.{a.name}" for a in node.names]
            else:
                targets = [node.module or ""]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            continue
        found += [(t, node.lineno) for t in targets if t == "negagen" or t.startswith("negagen.")]
    return found


def unit_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_unit_has_a_layer():
    units = {unit_of(module_name(p)) for p in MODULES} - {""}
    assert units - set(LAYER) == set(), "a new unit: give it a layer here and in docs/architecture.md"


def violation(source: str, target: str) -> str | None:
    """Why unit ``source`` may not import module ``target``, or ``None`` when it may."""
    unit = unit_of(target)
    if unit == "":
        return f"{source} imports the package root (which imports everything)"
    if unit != source and LAYER[unit] >= LAYER[source]:
        return f"{source} (layer {LAYER[source]}) imports {target} (layer {LAYER[unit]})"
    return None


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_down_the_layers(path):
    source = unit_of(module_name(path))
    if source == "":
        return  # the package root: the public facade over every layer
    wrong = [f"line {line}: {why}" for target, line in imports(path) if (why := violation(source, target))]
    assert wrong == []


@pytest.mark.parametrize("path", sorted((PACKAGE / "operators").rglob("*.py")), ids=lambda p: p.name)
def test_no_operator_imports_another(path):
    parts = path.relative_to(PACKAGE / "operators").with_suffix("").parts
    if parts == ("__init__",):
        return  # the package registers every built-in
    own = parts[0]
    # within negagen.operators only its own package: not another operator, not the package that imports them all
    inside = [t.split(".") for t, _ in imports(path) if t == "negagen.operators" or t.startswith("negagen.operators.")]
    assert {p[2] if len(p) > 2 else "negagen.operators" for p in inside} - {own} == set()
    assert own in OPERATORS


def test_the_layer_rule_reports_sideways_upward_and_root_imports():
    assert violation("verify", "negagen.train.mixing") == (
        "verify (layer 10) imports negagen.train.mixing (layer 10)"
    )
    assert violation("api", "negagen.dataset") == "api (layer 6) imports negagen.dataset (layer 7)"
    assert violation("engine", "negagen") == "engine imports the package root (which imports everything)"
    assert violation("engine", "negagen.engine.batch") is None
    assert violation("api", "negagen.engine") is None
