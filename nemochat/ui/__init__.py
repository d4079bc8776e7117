"""Terminal presentation: sanitising server text, rendering events, the prompt_toolkit REPL."""
