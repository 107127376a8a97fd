"""negagen push: HfApi mocked at the method level; no network."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from negagen.cli import app
from negagen.dataset.hub import PushError, push

runner = CliRunner()


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "hf"
    (path / "triplet").mkdir(parents=True)
    (path / "README.md").write_text("---\nlicense: other\n---\n", encoding="utf-8")
    (path / "triplet" / "train-00000-of-00001.parquet").write_bytes(b"PAR1")
    return path


@pytest.fixture
def online(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_TOKEN", "hf_secret_value")


def test_push_creates_the_repo_and_uploads_the_folder(folder, online, monkeypatch):
    calls = []
    from huggingface_hub import HfApi

    monkeypatch.setattr(HfApi, "create_repo", lambda self, repo_id, **kw: calls.append(("create_repo", repo_id, kw)))

    def upload_folder(self, **kw):
        calls.append(("upload_folder", kw))
        return SimpleNamespace(commit_url="https://hub.example/commit/1")

    monkeypatch.setattr(HfApi, "upload_folder", upload_folder)
    result = runner.invoke(app, ["push", str(folder), "org/negagen-demo", "--private", "--revision", "v1"])
    assert result.exit_code == 0, result.output
    assert calls == [
        ("create_repo", "org/negagen-demo", {"repo_type": "dataset", "private": True, "exist_ok": True}),
        ("upload_folder", {"repo_id": "org/negagen-demo", "folder_path": str(folder), "repo_type": "dataset",
                           "revision": "v1", "commit_message": "Upload hf with negagen"}),
    ]  # fmt: skip
    assert "hf_secret_value" not in result.output
    assert result.stdout == f"pushed {folder} -> https://hub.example/commit/1\n"


def test_push_failure_is_one_line_and_hides_the_token(folder, online, monkeypatch):
    from huggingface_hub import HfApi

    def refuse(self, repo_id, **kw):
        raise RuntimeError("403 Forbidden for token hf_secret_value\nmore detail")

    monkeypatch.setattr(HfApi, "create_repo", refuse)
    result = runner.invoke(app, ["push", str(folder), "org/x"])
    assert result.exit_code == 2
    assert result.stderr == "negagen: error: push to org/x failed: 403 Forbidden for token ***\n"
    assert (folder / "README.md").is_file() and (folder / "triplet").is_dir()  # local folder intact


def test_push_needs_a_token(folder, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.setenv("HF_HOME", str(folder.parent / "empty-hf-home"))
    with pytest.raises(PushError, match="no Hugging Face token: set HF_TOKEN"):
        push(folder, "org/x")


def test_push_refuses_offline_mode_and_non_dataset_folders(folder, tmp_path):
    with pytest.raises(PushError, match="offline mode"):
        push(folder, "org/x")  # the test session runs with HF_HUB_OFFLINE=1
    with pytest.raises(PushError, match="not an exported dataset folder"):
        push(tmp_path, "org/x")
