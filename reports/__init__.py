"""Reports: remediation knowledge (per platform and category) and renderers, one per format."""
