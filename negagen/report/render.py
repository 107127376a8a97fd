"""Render a :class:`~negagen.report.build.DatasetSummary` as one self-contained HTML page (inline CSS and SVG,
nothing fetched, no script) and as Markdown."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from ..audit.report import SHORTCUT_AUC
from .build import DatasetSummary, RuleSample

__all__ = ["highlight", "render_html", "render_markdown"]

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:1100px;color:#222;
padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0}th,td{padding:.2em .7em;border-bottom:1px solid #eee;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}.warn{color:#c0392b;font-weight:600}
mark.old{background:#fde2e1;text-decoration:line-through}mark.new{background:#d5f5e3}
.sample{border:1px solid #e5e5e5;border-radius:6px;padding:.5em .8em;margin:.5em 0}
.sample div{margin:.15em 0}.label{display:inline-block;width:5.5em;color:#777}
.badge{font-size:.8em;border-radius:3px;padding:0 .4em;margin-left:.5em;background:#eee}
.badge.low{background:#f9e79f}code{background:#f4f4f4;padding:0 .2em}
"""


def _mark_spans(text: str, spans: list[tuple[int, int]], marked: Callable[[str], str],
                plain: Callable[[str], str]) -> str:  # fmt: skip
    """``text`` with each span (overlapping ones skipped) through ``marked`` and the rest through ``plain``."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out += [plain(text[at:start]), marked(text[start:end])]
        at = end
    out.append(plain(text[at:]))
    return "".join(out)


def highlight(text: str, spans: list[tuple[int, int]], kind: str) -> str:
    """``text`` as HTML with each span in ``<mark class="kind">``."""
    return _mark_spans(text, spans, lambda t: f'<mark class="{kind}">{escape(t)}</mark>', escape)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _sample_html(s: RuleSample) -> str:
    badge = '<span class="badge low">plausibility: low</span>' if s.plausibility == "low" else ""
    rows = []
    if s.edited != s.anchor:
        rows.append(f'<div><span class="label">anchor</span>{escape(s.anchor)}</div>')
    label = "positive" if s.edited == s.positive else "anchor"  # identity and pair edit the positive
    rows.append(f'<div><span class="label">{label}</span>{highlight(s.edited, s.old_spans, "old")}</div>')
    if s.positive != s.edited:
        rows.append(f'<div><span class="label">positive</span>{escape(s.positive)}</div>')
    rows.append(f'<div><span class="label">negative</span>{highlight(s.negative, s.new_spans, "new")}{badge}</div>')
    return f'<div class="sample" data-op="{escape(s.op)}" data-rule="{escape(s.rule)}">{"".join(rows)}</div>'


def _counts_rows(summary: DatasetSummary) -> list[tuple[str, str, int | str, int, str, int]]:
    rows = []
    for op, rule in sorted(set(summary.written) | set(summary.made)):
        dropped = {why: n for (o, r, why), n in summary.dropped.items() if (o, r) == (op, rule)}
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(dropped.items()))
        if summary.mirrored[(op, rule)]:
            reasons = ", ".join(filter(None, [f"(+{summary.mirrored[(op, rule)]} written backwards, --mirror)",
                                              reasons]))  # fmt: skip
        made = summary.made.get((op, rule), "") if summary.made else ""
        rows.append((op, rule, made, summary.written[(op, rule)], reasons, summary.low[(op, rule)]))
    return rows


def render_html(summary: DatasetSummary) -> str:
    config = summary.config
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>negagen report: {escape(summary.source)}</title><style>{_CSS}</style></head><body>",
             f"<h1>negagen report: <code>{escape(summary.source)}</code></h1>"]  # fmt: skip
    facts = [f"{summary.records} rows"]
    if summary.rows_read is not None:
        facts.append(f"{summary.rows_read} inputs read")
    for key in ("ops", "positives", "seed", "pipeline", "mirror"):
        if key in config:
            facts.append(f"{key}: {escape(str(config[key]))}")
    if "selection" in config:
        chosen = {k: v for k, v in config["selection"].items() if v not in (None, {}, [])}
        facts.append(f"selection: {escape(str(chosen))}")
    parts.append(f"<p>{' · '.join(facts)}</p>")

    parts += ["<h2>Counts per operator and rule</h2>", "<table><tr><th>operator</th><th>rule</th><th>made</th>"
              "<th>written</th><th>of them flagged low</th><th>dropped (why)</th></tr>"]  # fmt: skip
    for op, rule, made, written, reasons, low in _counts_rows(summary):
        parts.append(f'<tr><td>{escape(op)}</td><td>{escape(rule)}</td><td class="n">{made}</td>'
                     f'<td class="n">{written}</td><td class="n">{low or ""}</td>'
                     f"<td>{escape(reasons)}</td></tr>")  # fmt: skip
    parts.append("</table>")

    ops = sorted({op for op, _ in summary.written})
    parts += ["<h2>Yields</h2>", "<p>Share of the good inputs with at least one written negative of the operator."
              "</p><table><tr><th>operator</th><th>inputs with a negative</th><th>yield</th></tr>"]  # fmt: skip
    parts += [f'<tr><td>{escape(op)}</td><td class="n">{summary.inputs_with[op]}</td>'
              f'<td class="n">{_pct(summary.yield_of(op))}</td></tr>' for op in ops]  # fmt: skip
    parts.append("</table>")

    if summary.refusals:
        parts += ["<h2>Refusals</h2>", "<table><tr><th>operator</th><th>reason</th><th>sentences</th></tr>"]
        parts += [f'<tr><td>{escape(op)}</td><td>{escape(why)}</td><td class="n">{n}</td></tr>'
                  for (op, why), n in sorted(summary.refusals.items())]  # fmt: skip
        parts.append("</table>")

    if summary.audit is not None:
        parts += ["<h2>Shortcut audit</h2>",
                  "<p><b>blind</b>: cross-validated ROC-AUC of a classifier that sees one sentence only (0.5 = no "
                  f"shortcut; above {SHORTCUT_AUC} in red). <b>same bag</b>: the negative has the positive's words. "
                  "<b>BoW easy</b>: a bag-of-words cosine already ranks the positive first.</p>",
                  summary.audit.svg(),
                  "<table><tr><th>operator</th><th>rule</th><th>pairs</th><th>blind</th><th>same bag</th>"
                  "<th>BoW easy</th><th>give-aways</th></tr>"]  # fmt: skip
        for row in summary.audit.rows:
            auc = "–" if row.blind_auc is None else f"{row.blind_auc:.3f}"
            warn = ' class="n warn"' if row.blind_auc is not None and row.blind_auc > SHORTCUT_AUC else ' class="n"'
            tells = ", ".join(name for name, _ in row.telltales[:5])
            parts.append(f"<tr><td>{escape(row.op)}</td><td>{escape(row.rule)}</td><td class=\"n\">{row.pairs}</td>"
                         f"<td{warn}>{auc}</td><td class=\"n\">{_pct(row.same_bag)}</td>"
                         f"<td class=\"n\">{_pct(row.bow_easy)}</td><td>{escape(tells)}</td></tr>")  # fmt: skip
        parts.append("</table>")

    parts.append("<h2>Samples per rule</h2><p>A seeded sample; <mark class=\"old\">removed</mark> and "
                 "<mark class=\"new\">inserted</mark> text from the recorded edits.</p>")  # fmt: skip
    current = None
    for sample in summary.samples:
        if (sample.op, sample.rule) != current:
            current = (sample.op, sample.rule)
            parts.append(f"<h3>{escape(sample.op)} · {escape(sample.rule)}</h3>")
        parts.append(_sample_html(sample))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _md_edit(text: str, spans: list[tuple[int, int]], mark: str) -> str:
    return _mark_spans(text, spans, lambda t: f"{mark}{_md(t)}{mark}", _md)


def _md(text: object) -> str:
    """A Markdown table cell: pipes and angle brackets escaped, newlines as spaces."""
    return str(text).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")


def render_markdown(summary: DatasetSummary) -> str:
    lines = [f"# negagen report: `{_md(summary.source)}`", "", f"{summary.records} rows.", "",
             "| operator | rule | made | written | flagged low | dropped (why) |",
             "|---|---|---|---|---|---|"]  # fmt: skip
    lines += [f"| {_md(op)} | {_md(rule)} | {made} | {written} | {low or ''} | {_md(reasons)} |"
              for op, rule, made, written, reasons, low in _counts_rows(summary)]  # fmt: skip
    ops = sorted({op for op, _ in summary.written})
    lines += ["", "| operator | inputs with a negative | yield |", "|---|---|---|"]
    lines += [f"| {_md(op)} | {summary.inputs_with[op]} | {_pct(summary.yield_of(op))} |" for op in ops]
    if summary.audit is not None:
        lines += ["", "## Shortcut audit", "", "| operator | rule | pairs | blind AUC | same bag | BoW easy |",
                  "|---|---|---|---|---|---|"]  # fmt: skip
        for row in summary.audit.rows:
            auc = "–" if row.blind_auc is None else f"{row.blind_auc:.3f}"
            lines.append(f"| {_md(row.op)} | {_md(row.rule)} | {row.pairs} | {auc} | {_pct(row.same_bag)} | "
                         f"{_pct(row.bow_easy)} |")  # fmt: skip
    lines += ["", "## Samples", ""]
    for s in summary.samples:
        flag = " (plausibility: low)" if s.plausibility == "low" else ""
        lines += [f"- **{_md(s.op)} · {_md(s.rule)}**{flag}: {_md_edit(s.edited, s.old_spans, '~~')} → "
                  f"{_md_edit(s.negative, s.new_spans, '**')}"]  # fmt: skip
    return "\n".join(lines) + "\n"
