from pyghmi.ipmi import command
from pyghmi.ipmi.console import Console
import pyghmi.ipmi.bmc as bmc


def power_cycle(host, user, password):
    # ruleid: py.ipmi-client
    ipmi = command.Command(bmc=host, userid=user, password=password)
    # ruleid: py.ipmi-client
    console = Console(bmc=host, userid=user, password=password, iohandler=print)
    # ruleid: py.ipmi-client
    fake = bmc.Bmc({"admin": "changeme"}, port=623)
    # ok: py.ipmi-client
    ipmi.set_power("reset", wait=True)
    # ok: py.ipmi-client
    status = get_power_state(host)
    # ok: py.ipmi-client
    cmd = Command(bmc=host)  # not pyghmi's: nothing imported under that name
