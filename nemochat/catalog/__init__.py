"""Message catalogs: each module holds ``MESSAGES = {key: (english, chinese)}``.

One module per area, so parts of the program can grow their messages independently:
``core`` (shared), ``client`` (API client and one-shot commands), ``chat`` (the REPL).
Keys are namespaced by area (``client.upload.done``) and must be unique.
"""
