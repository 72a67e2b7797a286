"""One module per asset group: thin assets that call a stage and report what it did."""
