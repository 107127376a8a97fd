"""The parse cache: same Docs back, nothing parsed twice, identical outputs."""

from __future__ import annotations

from typer.testing import CliRunner

from negagen.cli import app
from negagen.parse.cache import ParseCache, parse_with_cache

TEXTS = ["He went home.", "The dog bit the man.", "He went home.", "A dog in the snow. It barked."]


def test_cache_returns_the_same_parses_and_parses_each_text_once(nlp, tmp_path):
    cache = ParseCache(tmp_path, nlp)
    first = list(parse_with_cache(nlp, TEXTS, cache))
    assert (cache.hits, cache.misses) == (0, 4)
    again = ParseCache(tmp_path, nlp)  # a new process: reads the shards from disk
    second = list(parse_with_cache(nlp, TEXTS, again))
    assert (again.hits, again.misses) == (4, 0)
    for a, b in zip(first, second, strict=True):
        assert a.text == b.text
        assert [(t.tag_, t.dep_, t.head.i, t.pos_) for t in a] == [(t.tag_, t.dep_, t.head.i, t.pos_) for t in b]
        assert [s.text for s in a.sents] == [s.text for s in b.sents]
    assert sorted(p.name for p in again.folder.iterdir()) == ["shard-00000.keys", "shard-00000.spacy"]
    assert again.folder.name.endswith("-3.8.0")  # keyed by pipeline name and version


def test_generate_with_parse_cache_gives_identical_output(nlp, tmp_path):
    runner = CliRunner()
    outputs = []
    for run in range(2):
        out = tmp_path / f"run{run}.jsonl"
        cache = str(tmp_path / "c")
        args = ["generate", "-o", str(out), "--ops", "negation,role_swap,reorder", "--parse-cache", cache]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and len(outputs[0]) > 1000
    plain = tmp_path / "plain.jsonl"
    assert runner.invoke(app, ["generate", "-o", str(plain), "--ops", "negation,role_swap,reorder"]).exit_code == 0
    assert plain.read_bytes() == outputs[0]
