import ftplib
import telnetlib as tn
from ftplib import FTP as Plain, FTP_TLS


def connect(host, user, password):
    # ruleid: py.telnet-or-ftp-client
    ftp = ftplib.FTP(host)
    # ruleid: py.telnet-or-ftp-client
    Plain(host, user, password)
    # ruleid: py.telnet-or-ftp-client
    session = tn.Telnet(host, 23)
    # ok: py.telnet-or-ftp-client
    secure = FTP_TLS(host)
    # ok: py.telnet-or-ftp-client
    ftplib.FTP_TLS(host).prot_p()
    # ok: py.telnet-or-ftp-client
    Telnet(host)  # a local class
    return ftp, session, secure


class Telnet:
    def __init__(self, host):
        self.host = host
