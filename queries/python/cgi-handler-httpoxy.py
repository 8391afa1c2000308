import wsgiref.handlers
from twisted.web import twcgi
from wsgiref.simple_server import make_server

# ruleid: py.cgi-handler-httpoxy
wsgiref.handlers.CGIHandler().run(app)
# ruleid: py.cgi-handler-httpoxy
resource = twcgi.CGIScript("/srv/cgi-bin/report.cgi")
# ruleid: py.cgi-handler-httpoxy
resource = twcgi.CGIDirectory("/srv/cgi-bin")
# ok: py.cgi-handler-httpoxy
server = make_server("127.0.0.1", 8000, app)
# ok: py.cgi-handler-httpoxy
handler = wsgiref.handlers.SimpleHandler(stdin, stdout, stderr, environ)
# ok: py.cgi-handler-httpoxy
handler = CGIHandler()  # not wsgiref's: nothing imported under that name
