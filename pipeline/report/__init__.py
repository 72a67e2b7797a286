"""The claims report: per watchlist topic, who claimed what, when, and which claims contradict.

`data` builds the frames, `chart` the Vega-Lite chart and its PNG, `page` the HTML page (from
`templates/claims_report.html.j2`); `pipeline.stages.report` reads DuckDB and writes the files.
"""

from pipeline.report.chart import render_png, report_chart, timeline_chart, vega_bundle
from pipeline.report.data import (
    MAX_OTHER,
    MAX_PER_TOPIC,
    REPORT_CLAIM_DTYPES,
    REPORT_CONTRADICTION_DTYPES,
    TopicTimeline,
    topic_timelines,
)
from pipeline.report.page import render_html, report_paths

__all__ = [
    "MAX_OTHER", "MAX_PER_TOPIC", "REPORT_CLAIM_DTYPES", "REPORT_CONTRADICTION_DTYPES",
    "TopicTimeline", "render_html", "render_png", "report_chart", "report_paths",
    "timeline_chart", "topic_timelines", "vega_bundle",
]
