import os

# ruleid: py.hardcoded-secret
password = "hunter22!x"
# ruleid: py.hardcoded-secret
DB_PASSWD = 'Zq8Lr2mX9vT4'
# ruleid: py.hardcoded-secret
api_key: str = "{{fake:alnum:32}}"


class Client:
    def __init__(self):
        # ruleid: py.hardcoded-secret
        self.clientSecret = "{{fake:base64url:40}}"
        # ok: py.hardcoded-secret
        self.password = os.environ["APP_PASSWORD"]


# ruleid: py.hardcoded-secret
conn = connect(host="db", user="app", password="Tr0ub4dor&3x")
# ruleid: py.hardcoded-secret
settings = {"api-key": "{{fake:hex:40}}", "region": "eu-west-1"}
# ruleid: py.hardcoded-secret
cfg["AUTH_TOKEN"] = "{{fake:alnum:24}}"
# ruleid: py.hardcoded-secret
API_KEY = os.getenv("API_KEY", "{{fake:alnum:28}}")


# ruleid: py.hardcoded-secret
def login(user, passwd="s3cr3tP4ss!"):
    # ruleid: py.hardcoded-secret
    if passwd == "Zq8Lr2mX9vT4w":
        return True


# ok: py.hardcoded-secret
password = "changeme"
# ok: py.hardcoded-secret
api_key = "<your-api-key>"
# ok: py.hardcoded-secret
token = "${GITHUB_TOKEN}"
# ok: py.hardcoded-secret
secret = "{{ vault_secret }}"
# ok: py.hardcoded-secret
password = "%s"
# ok: py.hardcoded-secret
password = "********"
# ok: py.hardcoded-secret
aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# ok: py.hardcoded-secret
password = os.environ.get("DB_PASSWORD")
# ok: py.hardcoded-secret
password_file = "/run/secrets/db_password"
# ok: py.hardcoded-secret
token_url = "https://auth.example.org/oauth/token"
# ok: py.hardcoded-secret
PASSWORD_FIELD = "user_password"
# ok: py.hardcoded-secret
next_token = "{{fake:alnum:32}}"
# ok: py.hardcoded-secret
password_prompt = "Please enter your password:"
# ok: py.hardcoded-secret
password = f"{prefix}{{fake:alnum:20}}"
# ok: py.hardcoded-secret
password = "aaaaaaaaaaaa"
# ok: py.hardcoded-secret
secret = "abcd12345678"
# ok: py.hardcoded-secret
auth = "oauth2"
# ok: py.hardcoded-secret
connect(password=os.environ["PW"])
# ok: py.hardcoded-secret
cache_key = "{{fake:alnum:32}}"
# ok: py.hardcoded-secret
jsonnet_token = r"[^\W\d]\w*"
# ok: py.hardcoded-secret
request = {"ClientRequestToken": "1d2129a1-3d38-460a-9756-e5b91fddb951"}
# ok: py.hardcoded-secret
schemas = {"AWS::SecretsManager::Secret": "c85175a4ebcce361"}
# ok: py.hardcoded-secret
if token == "#bygroup":
    pass
# ruleid: py.hardcoded-secret
smtp.login("user", "M4ilP4ss!2024")
# ruleid: py.hardcoded-secret
session.auth = HTTPBasicAuth("deploy", "{{fake:alnum:20}}")
# ruleid: py.hardcoded-secret
requests.get(url, auth=("deploy", "Zq8Lr2mX9vT4!"), timeout=5)
# ok: py.hardcoded-secret
smtp.login(user, os.environ["SMTP_PASSWORD"])
# ok: py.hardcoded-secret
requests.get(url, auth=("deploy", password), timeout=5)
# ok: py.hardcoded-secret
author("Guido", "python-dev@python.org")
# ok: py.hardcoded-secret
authority("Zq8Lr2mX9vT4!", "Zq8Lr2mX9vT4!")
