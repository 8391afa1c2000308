from urllib.request import URLopener as LegacyOpener
import six.moves.urllib.request as compat

# ruleid: py.urllib-legacy-urlopener
opener = LegacyOpener()
# ruleid: py.urllib-legacy-urlopener
opener = compat.FancyURLopener()
# ok: py.urllib-legacy-urlopener
opener = compat.build_opener()
