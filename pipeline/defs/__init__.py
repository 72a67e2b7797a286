"""Dagster only: resources, automation, check/metadata helpers, the persistent instance and
`claimtrail ui`; asset modules in assets/."""
