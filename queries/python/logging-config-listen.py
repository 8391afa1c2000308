import logging.config
from logging import config as lc
from logging.config import listen as start_listener


def serve(check):
    # ruleid: py.logging-config-listen
    t = logging.config.listen(9999)
    # ruleid: py.logging-config-listen
    lc.listen()
    # ruleid: py.logging-config-listen
    start_listener(port=9030)
    # ok: py.logging-config-listen
    logging.config.listen(9999, verify=check)
    # ok: py.logging-config-listen
    logging.config.listen(0, check)
    # ok: py.logging-config-listen
    logging.config.stopListening()
    # ok: py.logging-config-listen
    server.listen(5)  # a socket, not logging
    return t
