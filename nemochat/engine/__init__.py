"""The local engine: a NemoVideo-compatible HTTP server that runs on the user's machine.

Importing this package is cheap; the server, storage, agent and renderer are loaded only
when the engine starts (``nemochat.engine.embedded.start`` or
``nemochat.engine.server.serve``).
"""

import logging

# the engine logs for --debug and its log file; never straight onto the user's terminal
logging.getLogger("nemochat.engine").addHandler(logging.NullHandler())
