import paramiko
import paramiko as pk
from paramiko.client import WarningPolicy


def connect(client):
    # ruleid: py.paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    # ruleid: py.paramiko-auto-add-policy
    client.set_missing_host_key_policy(pk.AutoAddPolicy)
    # ruleid: py.paramiko-auto-add-policy
    client.set_missing_host_key_policy(WarningPolicy())
    # ok: py.paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    # ok: py.paramiko-auto-add-policy
    client.load_system_host_keys()
    # ok: py.paramiko-auto-add-policy
    client.set_missing_host_key_policy(AutoAddPolicy())  # a local class, not paramiko's
