from os import system as sh
import subprocess as sp

# ruleid: py.wildcard-injection
sh("/bin/tar cf all.tar *")
# ruleid: py.wildcard-injection
sp.call("/bin/chmod 600 *", shell=True)
# ok: py.wildcard-injection
sp.call(["/bin/chmod", "600", "*"])
# ok: py.wildcard-injection
system("/bin/tar cf all.tar *")  # not os.system: nothing imported under that name
