"""Hand-written hosts and injections for build_injections2.py (authored:injection-writer-2)."""
