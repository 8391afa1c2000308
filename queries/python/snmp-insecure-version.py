from pysnmp.hlapi import CommunityData, SnmpEngine, UdpTransportTarget, getCmd
from pysnmp.hlapi import UsmUserData
from pysnmp.entity.rfc3413.oneliner import cmdgen


def poll(host, community, user, auth_key, priv_key):
    # ruleid: py.snmp-insecure-version
    auth = CommunityData("public", mpModel=0)
    # ruleid: py.snmp-insecure-version
    auth = CommunityData(community)
    # ruleid: py.snmp-insecure-version
    auth = cmdgen.CommunityData("private", mpModel=1)
    # ok: py.snmp-insecure-version
    auth = UsmUserData(user, auth_key, priv_key)
    # ok: py.snmp-insecure-version
    target = UdpTransportTarget((host, 161))
    # ok: py.snmp-insecure-version
    data = community_data(community)
