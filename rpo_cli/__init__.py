"""rpo: build Reverse Preference Optimization (RPO) datasets for multi-constraint instruction following."""

__version__ = "0.1.0"
