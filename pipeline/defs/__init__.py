"""Dagster only: resources, automation, check/metadata helpers; asset modules in assets/."""
