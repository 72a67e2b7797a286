"""DuckDB storage: DDL from the models, connection/lock/publish, fingerprints, export, files."""
