"""A verifier that reads the token–token cosine map of a query and a candidate with a small CNN.

Input channels (query tokens × candidate tokens): the cosine map itself, each query token's best match (row max,
broadcast along the row) and each candidate token's best match (column max); padded cells are zero. Two 3×3
convolutions see local alignment patterns — a diagonal run is words in the same order, an anti-diagonal jump a
swap — an adaptive max-pool keeps their coarse position, and an MLP adds four summary statistics of the row and
column maxima (a "not" with no counterpart lowers the column minimum). The encoder is frozen (token embeddings
computed once per text and cached) or trained end to end with the head.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..experiment.verifiers import VerifierSetup
from .checkpoint import save_atomically, training_fingerprint
from .tokens import TokenEmbeddings

__all__ = ["SimMapVerifier"]


def _head(channels: int, pool: tuple[int, int]) -> Any:
    import torch
    from torch import nn

    class SimMapHead(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.conv = nn.Sequential(
                nn.Conv2d(3, channels, 3, padding=1), nn.ReLU(), nn.Conv2d(channels, channels, 3, padding=1), nn.ReLU()
            )
            self.pool = nn.AdaptiveMaxPool2d(pool)
            self.mlp = nn.Sequential(nn.Linear(channels * pool[0] * pool[1] + 4, 64), nn.ReLU(), nn.Linear(64, 1))

        def forward(self, sim: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            """``sim``, ``mask``: [pairs, query tokens, candidate tokens] → one score per pair."""
            floor = sim.masked_fill(~mask, -2.0)
            row_max = floor.max(dim=2).values  # [pairs, query tokens]
            col_max = floor.max(dim=1).values  # [pairs, candidate tokens]
            row_valid, col_valid = mask.any(dim=2), mask.any(dim=1)
            maps = torch.stack(
                [sim * mask, row_max[:, :, None] * mask, col_max[:, None, :] * mask], dim=1
            )  # [pairs, 3, q, c]
            features = self.pool(self.conv(maps)).flatten(1)

            def masked_mean(values: torch.Tensor, valid: torch.Tensor) -> torch.Tensor:
                return (values * valid).sum(1) / valid.sum(1).clamp(min=1)

            def masked_min(values: torch.Tensor, valid: torch.Tensor) -> torch.Tensor:
                return values.masked_fill(~valid, 2.0).min(dim=1).values

            stats = torch.stack([masked_mean(row_max, row_valid), masked_min(row_max, row_valid),
                                 masked_mean(col_max, col_valid), masked_min(col_max, col_valid)], dim=1)  # fmt: skip
            return self.mlp(torch.cat([features, stats], dim=1)).squeeze(-1)

    return SimMapHead()


class SimMapVerifier:
    """Scores (query, candidate) pairs with a CNN over their token cosine map; see the module docstring.

    Args:
        model: a sentence-transformers model whose token embeddings are read.
        end_to_end: train the encoder with the head (else it stays frozen and token embeddings are cached).
        max_query_tokens, max_candidate_tokens: longer inputs are cut (the map's size and cost).
    """

    name = "simmap"

    def __init__(
        self,
        model: Any,
        *,
        end_to_end: bool = False,
        channels: int = 16,
        pool: tuple[int, int] = (4, 8),
        max_query_tokens: int = 48,
        max_candidate_tokens: int = 128,
        seed: int = 0,
        tokens: TokenEmbeddings | None = None,
    ) -> None:
        import torch

        torch.manual_seed(seed)
        self.model, self.end_to_end = model, end_to_end
        self.config = {"channels": channels, "pool": list(pool), "max_query_tokens": max_query_tokens,
                       "max_candidate_tokens": max_candidate_tokens, "end_to_end": end_to_end}  # fmt: skip
        self.head = _head(channels, pool)
        self.tokens = tokens if tokens is not None else TokenEmbeddings(model)

    def _maps(self, queries: list[Any], candidates: list[Any]) -> tuple[Any, Any]:
        """Cosine maps of each (query, candidate) pair, zero-padded to one size, and the mask of real cells."""
        import torch
        from torch.nn.functional import pad

        q_len, c_len = max(q.shape[0] for q in queries), max(c.shape[0] for c in candidates)
        pairs = list(zip(queries, candidates, strict=True))
        sim = torch.stack([pad(q @ c.T, (0, c_len - c.shape[0], 0, q_len - q.shape[0])) for q, c in pairs])
        mask = torch.zeros(len(pairs), q_len, c_len, dtype=torch.bool)
        for i, (q, c) in enumerate(pairs):
            mask[i, : q.shape[0], : c.shape[0]] = True
        return sim, mask

    def _scores(self, queries: Sequence[str], candidates: Sequence[str], grad: bool) -> Any:
        q = self.tokens.get(queries, self.config["max_query_tokens"], grad=grad)
        c = self.tokens.get(candidates, self.config["max_candidate_tokens"], grad=grad)
        return self.head(*self._maps(q, c))

    def score(self, queries: Sequence[str], candidates: Sequence[str], *, batch_size: int = 256) -> np.ndarray:
        """One score per (query, candidate) pair; higher means more likely the same meaning."""
        import torch

        self.head.eval()
        scores = []
        with torch.no_grad():
            for start in range(0, len(queries), batch_size):
                part = self._scores(queries[start : start + batch_size], candidates[start : start + batch_size], False)
                scores.append(part.numpy())
        return np.concatenate(scores) if scores else np.zeros(0)

    # training ---------------------------------------------------------------------------------------------------

    def fit(
        self,
        rows: Sequence[dict[str, str]],
        *,
        epochs: int = 1,
        batch_size: int = 16,
        learning_rate: float = 1e-3,
        encoder_learning_rate: float = 2e-5,
        seed: int = 0,
        log: Any = None,
        checkpoint: Path | None = None,
    ) -> list[float]:
        """Train on rows ``{anchor, positive, negative}``: for each anchor a softmax over its positive, its
        (structural) negative and the other rows' positives and negatives; returns the loss of every step.

        With ``checkpoint`` (a file path), the state after each epoch is written there, and a later call with the
        same rows and settings resumes after the last finished epoch, ending exactly where an uninterrupted run
        would (``epochs`` may grow: the learning rate is constant). A checkpoint of other rows or settings, or of more
        epochs than ``epochs``, is ignored and overwritten."""
        import torch

        torch.manual_seed(seed)
        parameters = [{"params": self.head.parameters(), "lr": learning_rate}]
        if self.end_to_end:
            parameters.append({"params": self.model.parameters(), "lr": encoder_learning_rate})
            self.model.train()
        optimizer = torch.optim.AdamW(parameters)
        self.head.train()
        losses: list[float] = []
        fingerprint = training_fingerprint(rows, self.config, batch_size, learning_rate, encoder_learning_rate, seed)
        first_epoch = 0
        if checkpoint is not None and checkpoint.is_file():
            state = torch.load(checkpoint, weights_only=False)
            if state["fingerprint"] == fingerprint and state["epoch"] <= epochs:
                self.head.load_state_dict(state["head"])
                if self.end_to_end:
                    self.model.load_state_dict(state["encoder"])
                    self.tokens.clear()
                optimizer.load_state_dict(state["optimizer"])
                torch.set_rng_state(state["rng"])
                first_epoch, losses = state["epoch"], state["losses"]
                if log is not None:
                    log(f"simmap resumes after epoch {first_epoch} ({checkpoint})")
            elif log is not None:
                log(f"simmap: {checkpoint} is from other rows or settings, or longer; training from the start")
        for epoch in range(first_epoch, epochs):
            order = list(range(len(rows)))  # each epoch's order from the seed and epoch alone, as on resume
            random.Random(f"{seed}:{epoch}").shuffle(order)
            for start in range(0, len(order) - 1, batch_size):
                batch = [rows[i] for i in order[start : start + batch_size]]
                if len(batch) < 2:
                    continue
                anchors = [r["anchor"] for r in batch]
                candidates = [r["positive"] for r in batch] + [r["negative"] for r in batch]
                n = len(batch)
                pair_queries = [a for a in anchors for _ in candidates]
                pair_candidates = candidates * n
                logits = self._scores(pair_queries, pair_candidates, grad=self.end_to_end).view(n, 2 * n)
                loss = torch.nn.functional.cross_entropy(logits, torch.arange(n))
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                losses.append(loss.item())
                if self.end_to_end:
                    self.tokens.clear()  # the encoder moved
                if log is not None and len(losses) % 20 == 0:
                    log(f"step {len(losses)}: loss {sum(losses[-20:]) / 20:.4f}")
            if checkpoint is not None:
                state = {"fingerprint": fingerprint, "epoch": epoch + 1, "losses": losses,
                         "head": self.head.state_dict(), "optimizer": optimizer.state_dict(),
                         "rng": torch.get_rng_state()}  # fmt: skip
                if self.end_to_end:
                    state["encoder"] = self.model.state_dict()
                save_atomically(state, checkpoint)
                if log is not None:
                    log(f"simmap epoch {epoch + 1} of {epochs} checkpointed")
        self.head.eval()
        if self.end_to_end:
            self.model.eval()
        return losses

    # persistence ------------------------------------------------------------------------------------------------

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self.end_to_end:
            self.model.save(str(folder / "encoder"))
        (folder / "simmap_config.json").write_text(json.dumps(self.config, indent=1), encoding="utf-8")
        # Written last, atomically: its presence means a complete save (what train_verifiers checks).
        save_atomically(self.head.state_dict(), folder / "simmap_head.pt")

    @classmethod
    def load(cls, folder: Path, model: Any, tokens: TokenEmbeddings | None = None) -> SimMapVerifier:
        """The verifier saved in ``folder``; ``model`` is the encoder (replaced by the saved one if end to end)."""
        import torch
        from sentence_transformers import SentenceTransformer

        config = json.loads((folder / "simmap_config.json").read_text(encoding="utf-8"))
        if config["end_to_end"]:
            model, tokens = SentenceTransformer(str(folder / "encoder"), device="cpu"), None
        verifier = cls(model, end_to_end=config["end_to_end"], channels=config["channels"], pool=tuple(config["pool"]),
                       max_query_tokens=config["max_query_tokens"],
                       max_candidate_tokens=config["max_candidate_tokens"], tokens=tokens)  # fmt: skip
        verifier.head.load_state_dict(torch.load(folder / "simmap_head.pt", weights_only=True))
        verifier.head.eval()
        return verifier

    # a recipe's run ------------------------------------------------------------------------------------------------

    @classmethod
    def prepare(cls, setup: VerifierSetup) -> Path:
        """Train on the recipe's rows and save to ``verify/simmap`` (``simmap-end-to-end`` with ``end_to_end``)
        unless a complete save is there; an interrupted training resumes from ``verify/<folder>.checkpoint.pt``."""
        config, out = setup.config, setup.folder
        folder = out / ("simmap-end-to-end" if config.end_to_end else "simmap")
        if not (folder / "simmap_head.pt").is_file():
            start = time.perf_counter()
            verifier = cls(setup.encoder(), end_to_end=config.end_to_end, seed=config.seed)
            checkpoint = out / f"{folder.name}.checkpoint.pt"
            out.mkdir(parents=True, exist_ok=True)
            losses = verifier.fit(
                setup.rows(),
                epochs=config.simmap_epochs or config.epochs,
                batch_size=config.batch_size,
                learning_rate=config.learning_rate,
                encoder_learning_rate=config.encoder_learning_rate,
                seed=config.seed,
                log=setup.log,
                checkpoint=checkpoint,
            )
            verifier.save(folder)
            checkpoint.unlink()
            setup.log(
                f"simmap trained: {len(losses)} steps, last loss {losses[-1]:.4f}, {time.perf_counter() - start:.0f} s"
            )
        return folder
