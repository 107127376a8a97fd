"""How easily a model could cheat on a dataset: a *blind* classifier that sees one sentence only, and
bag-of-words counts. See :func:`audit_dataset`."""

from __future__ import annotations

from .blind import AuditDependencyError
from .report import SHORTCUT_AUC, AuditReport, AuditRow, audit_dataset, audit_paths, audit_records

__all__ = [
    "SHORTCUT_AUC", "AuditDependencyError", "AuditReport", "AuditRow", "audit_dataset", "audit_paths", "audit_records",
]  # fmt: skip
