"""``negagen report``: one self-contained HTML page and a Markdown summary of a generated dataset."""

from __future__ import annotations

from .build import DatasetSummary, RuleSample, report_paths, summarize, write_report

__all__ = ["DatasetSummary", "RuleSample", "report_paths", "summarize", "write_report"]
