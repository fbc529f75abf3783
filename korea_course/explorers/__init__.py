"""Lesson explorers: one module per lesson (``lesson01`` …), each a set of pure functions
(data in, ``View`` out) and thin ``Explorer`` wrappers around them."""
