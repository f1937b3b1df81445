"""Measurement of the extractors against labelled articles."""
