from pysnmp.hlapi import UsmUserData, usmDESPrivProtocol, usmHMACSHAAuthProtocol, usmAesCfb128Protocol
from pysnmp.hlapi import usmNoAuthProtocol


def users(user, auth_key, priv_key, options):
    # ruleid: py.snmp-v3-without-privacy
    auth = UsmUserData(user)
    # ruleid: py.snmp-v3-without-privacy
    auth = UsmUserData(user, auth_key)
    # ruleid: py.snmp-v3-without-privacy
    auth = UsmUserData(user, authKey=auth_key, authProtocol=usmHMACSHAAuthProtocol)
    # ruleid: py.snmp-v3-without-privacy
    auth = UsmUserData(user, auth_key, priv_key, privProtocol=usmDESPrivProtocol)
    # ruleid: py.snmp-v3-without-privacy
    auth = UsmUserData(user, auth_key, priv_key, authProtocol=usmNoAuthProtocol)
    # ok: py.snmp-v3-without-privacy
    auth = UsmUserData(user, auth_key, priv_key)
    # ok: py.snmp-v3-without-privacy
    auth = UsmUserData(user, authKey=auth_key, privKey=priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)
    # ok: py.snmp-v3-without-privacy
    auth = UsmUserData(user, auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol)
    # ok: py.snmp-v3-without-privacy
    auth = UsmUserData(**options)
    # ok: py.snmp-v3-without-privacy
    auth = UsmUserData(user, keys.get("auth"), keys.get("priv"))
