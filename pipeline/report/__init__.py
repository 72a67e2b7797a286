"""The claims report: per watchlist topic, who claimed what, when, and which claims contradict.

`data` builds the frames, `chart` the Vega-Lite chart and its PNG, `page` the HTML page (from
`templates/claims_report.html.j2`), `paths` where the files go; `pipeline.stages.report`
reads DuckDB and writes the files. Nothing is imported here: altair and vl-convert load only
when a report is drawn.
"""
