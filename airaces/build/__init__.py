"""Build tooling: execute chapters, rerun them on other data, the command line, the PDF, the bench.

Nothing here is imported by a chapter, so editing it never makes a committed
notebook stale; what chapters import is the package above (``airaces``).
"""
