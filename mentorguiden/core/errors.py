"""The one exception editors see.

A ``DataError`` carries messages written for the municipality's editors: in
Danish, naming the file, the line and the key, and saying what to do. The
MkDocs hooks turn it into a failed build without a traceback.
"""


class DataError(Exception):
    """One or more mistakes in an editor-maintained file."""

    def __init__(self, messages: list[str] | str):
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__("\n".join(self.messages))


BUILD_STOPPED = "Bygningen stoppede. Ret dette, og byg igen:"
"""The first line of every failed build's message (``mentorguiden.tools.build`` looks for it)."""
