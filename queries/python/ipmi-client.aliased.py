from pyghmi.ipmi.command import Command as Ipmi
import pyghmi.ipmi.command as ipmi

# ruleid: py.ipmi-client
session = Ipmi(bmc="10.0.0.5", userid="admin", password=secret)
# ruleid: py.ipmi-client
session = ipmi.Command("10.0.0.5", "admin", secret)
# ok: py.ipmi-client
session.get_power()
