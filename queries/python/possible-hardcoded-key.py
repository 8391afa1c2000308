import os

# ruleid: py.possible-hardcoded-key
STRIPE_KEY = "{{fake:alnum:32}}"
# ruleid: py.possible-hardcoded-key
client = Mailer(mailgun_key="{{fake:alnum:40}}")
# ruleid: py.possible-hardcoded-key
settings = {"sendgridKey": "{{fake:base64url:48}}"}
# ok: py.possible-hardcoded-key
cache_key = "{{fake:alnum:32}}"
# ok: py.possible-hardcoded-key
STRIPE_KEY = os.environ["STRIPE_KEY"]
# ok: py.possible-hardcoded-key
STRIPE_KEY = "Zq8Lr2mX9vT4"
# ok: py.possible-hardcoded-key
primary_key = "{{fake:hex:32}}"
# ok: py.possible-hardcoded-key
request_key = "1d2129a1-3d38-460a-9756-e5b91fddb951"
# ok: py.possible-hardcoded-key, py.hardcoded-secret
api_key = "<your-api-key>"
