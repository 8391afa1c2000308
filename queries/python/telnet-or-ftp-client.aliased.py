from telnetlib import Telnet as Remote

# ruleid: py.telnet-or-ftp-client
conn = Remote(host)
