import pysnmp.hlapi as snmp
from pysnmp.hlapi import UsmUserData as V3User

# ruleid: py.snmp-v3-without-privacy
auth = V3User("monitor")
# ruleid: py.snmp-v3-without-privacy
auth = snmp.UsmUserData("monitor", auth_key, priv_key, privProtocol=snmp.usm3DESEDEPrivProtocol)
# ok: py.snmp-v3-without-privacy
auth = V3User("monitor", auth_key, priv_key, privProtocol=snmp.usmAesCfb256Protocol)
# ok: py.snmp-v3-without-privacy
auth = MyUser("monitor")
# ok: py.snmp-v3-without-privacy
auth = V3User(*credentials)
