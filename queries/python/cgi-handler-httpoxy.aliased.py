from wsgiref.handlers import CGIHandler as Gateway
import twisted.web.twcgi as cgi

# ruleid: py.cgi-handler-httpoxy
Gateway().run(application)
# ruleid: py.cgi-handler-httpoxy
root.putChild(b"cgi", cgi.CGIDirectory("/srv/cgi"))
# ok: py.cgi-handler-httpoxy
Gateway
