from pysnmp.hlapi import *

# ruleid: py.snmp-insecure-version
iterator = getCmd(SnmpEngine(), CommunityData("public", mpModel=0), UdpTransportTarget(("demo.pysnmp.com", 161)), ContextData(), ObjectType(ObjectIdentity("SNMPv2-MIB", "sysDescr", 0)))
# ok: py.snmp-insecure-version
auth = UsmUserData("usr-sha-aes", "authkey1", "privkey1", authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)
# ok: py.snmp-insecure-version
community = "public"
