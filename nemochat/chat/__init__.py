"""The chat engine: intent routing, dropped-file parsing, GUI-speak translation, dispatch."""
