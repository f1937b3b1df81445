"""Frames: extractor records turned into pandas frames validated against one schema."""

from dashboard.frames.build import Frames, build_frames, empty_frames, frame_from_records
from dashboard.frames.io import FORMATS, read_frames, write_frames
from dashboard.frames.schemas import FRAME_NAMES, SCHEMAS, columns, validate

__all__ = [
    "FORMATS",
    "FRAME_NAMES",
    "SCHEMAS",
    "Frames",
    "build_frames",
    "columns",
    "empty_frames",
    "frame_from_records",
    "read_frames",
    "validate",
    "write_frames",
]
