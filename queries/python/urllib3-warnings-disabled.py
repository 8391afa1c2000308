import urllib3
import requests
from urllib3 import disable_warnings as quiet
import warnings

# ruleid: py.urllib3-warnings-disabled
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
# ruleid: py.urllib3-warnings-disabled
requests.packages.urllib3.disable_warnings()
# ruleid: py.urllib3-warnings-disabled
quiet()
# ok: py.urllib3-warnings-disabled
warnings.simplefilter("default")
# ok: py.urllib3-warnings-disabled
urllib3.PoolManager()
# ok: py.urllib3-warnings-disabled
disable_warnings()  # a local function


def disable_warnings():
    return None
