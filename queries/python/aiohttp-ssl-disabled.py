import aiohttp
from aiohttp import TCPConnector as Connector


async def fetch(url, session, context):
    # ruleid: py.aiohttp-ssl-disabled
    connector = aiohttp.TCPConnector(ssl=False)
    # ruleid: py.aiohttp-ssl-disabled
    Connector(verify_ssl=False)
    # ruleid: py.aiohttp-ssl-disabled
    async with session.get(url, ssl=False) as response:
        pass
    # ok: py.aiohttp-ssl-disabled
    async with session.get(url, ssl=context) as response:
        pass
    # ok: py.aiohttp-ssl-disabled
    aiohttp.TCPConnector(limit=10)
    # ok: py.aiohttp-ssl-disabled
    session.post(url, compress=False)
    return connector, response
