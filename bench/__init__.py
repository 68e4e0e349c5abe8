"""The benchmark: a synthetic corpus served from loopback, run through the real pipeline."""
