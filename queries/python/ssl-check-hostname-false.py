import ssl
import urllib3


def context(pool_args):
    ctx = ssl.create_default_context()
    # ruleid: py.ssl-check-hostname-false
    ctx.check_hostname = False
    # ruleid: py.ssl-check-hostname-false
    self.context.check_hostname = False
    # ruleid: py.ssl-check-hostname-false
    urllib3.HTTPSConnectionPool("h", assert_hostname=False)
    # ok: py.ssl-check-hostname-false
    ctx.check_hostname = True
    # ok: py.ssl-check-hostname-false
    if not ctx.check_hostname:
        pass
    # ok: py.ssl-check-hostname-false
    check_hostname = False  # a plain variable, not the context setting
