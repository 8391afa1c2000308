from pysnmp.hlapi import CommunityData as V2
import pysnmp.hlapi as snmp

# ruleid: py.snmp-insecure-version
auth = V2("public")
# ruleid: py.snmp-insecure-version
auth = snmp.CommunityData("public", mpModel=1)
# ok: py.snmp-insecure-version
auth = snmp.UsmUserData("monitor", auth_key, priv_key)
# ok: py.snmp-insecure-version
auth = V3("monitor")
