"""The README's custom training loop trains (with the tiny offline model in place of MiniLM; tests/test_docs.py
runs it exactly as written)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_training_loop_trains(tiny_model_path):
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    loop = next(block for block in blocks if "OnlineNegatives" in block and "optimizer.step()" in block)
    assert "model = default_model()" in loop
    code = loop.replace("model = default_model()", f"model = __import__('sentence_transformers')"
                                                     f".SentenceTransformer({str(tiny_model_path)!r})")  # fmt: skip
    namespace: dict = {}
    exec(compile(code, str(README), "exec"), namespace)
    model = namespace["model"]
    from sentence_transformers import SentenceTransformer

    before = SentenceTransformer(str(tiny_model_path)).encode(["The man ate the sandwich."])
    assert not np.allclose(before, model.encode(["The man ate the sandwich."]))
