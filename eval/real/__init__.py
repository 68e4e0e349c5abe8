"""The real-report corpus: gold facts of public race reports, their texts kept out of git."""
