from logging.config import listen as config_listen

# ruleid: py.logging-config-listen
t = config_listen(9999)
