"""Push an exported dataset folder to the Hugging Face Hub (``create_repo`` + ``upload_folder``).

The token comes from ``HF_TOKEN`` or the standard ``huggingface-cli login`` store; it is passed to the client and
never printed or written anywhere. Every failure — no token, offline mode, a rejected upload — is a
:class:`PushError` with one clear line, and the local folder is never touched.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import NegagenError

__all__ = ["PushError", "push"]


class PushError(NegagenError):
    """The dataset could not be pushed; the local folder is unchanged."""


def push(folder: Path, repo_id: str, *, private: bool = False, revision: str | None = None) -> str:
    """Create the dataset repo ``repo_id`` if needed and upload ``folder``; returns the commit URL.

    Raises:
        PushError: the folder is not an exported dataset, no token, offline mode, or the Hub refused.
    """
    if not (folder / "README.md").is_file():
        raise PushError(f"{folder} is not an exported dataset folder (no README.md); run `negagen export -f hf`")
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on"):
        raise PushError("HF_HUB_OFFLINE is set: the Hub cannot be reached in offline mode")
    try:
        from huggingface_hub import HfApi, get_token
    except ImportError:
        raise PushError("pushing needs huggingface_hub: pip install 'negagen[hub]'") from None
    token = get_token()  # HF_TOKEN, else the token saved by `huggingface-cli login`
    if not token:
        raise PushError("no Hugging Face token: set HF_TOKEN or run `huggingface-cli login`")
    api = HfApi(token=token)
    try:
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        commit = api.upload_folder(
            repo_id=repo_id, folder_path=str(folder), repo_type="dataset", revision=revision,
            commit_message=f"Upload {folder.name} with negagen",
        )  # fmt: skip
    except Exception as exc:  # the client raises many types (HTTP, connection, validation); all mean "not pushed"
        message = str(exc).replace(token, "***").splitlines()[0] if str(exc) else type(exc).__name__
        raise PushError(f"push to {repo_id} failed: {message}") from None
    return str(getattr(commit, "commit_url", commit))
