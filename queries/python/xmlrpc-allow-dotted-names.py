from xmlrpc.server import SimpleXMLRPCServer


def serve(api, flag):
    # ruleid: py.xml-stdlib-parser
    server = SimpleXMLRPCServer(("localhost", 8000))
    # ruleid: py.xmlrpc-allow-dotted-names
    server.register_instance(api, allow_dotted_names=True)
    # ruleid: py.xmlrpc-allow-dotted-names
    server.register_instance(api, True)
    # ruleid: py.xmlrpc-allow-dotted-names
    server.register_instance(instance=api, allow_dotted_names=True)
    # ok: py.xmlrpc-allow-dotted-names
    server.register_instance(api)
    # ok: py.xmlrpc-allow-dotted-names
    server.register_instance(api, allow_dotted_names=False)
    # ok: py.xmlrpc-allow-dotted-names
    server.register_function(api.ping, True)
    return server
