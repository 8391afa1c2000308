import smtplib


def send(server, url):
    # ok: py.aiohttp-ssl-disabled
    server.get(url, ssl=False)  # the file does not use aiohttp
    # ok: py.aiohttp-ssl-disabled
    smtplib.SMTP(url).ehlo()
    # ok: py.aiohttp-ssl-disabled
    connect(url, ssl=False)


def connect(url, ssl):
    return url
