#!/bin/sh
set -eu
# ruleid: sh.hardcoded-secret
export API_TOKEN="{{fake:alnum:32}}"
# ruleid: sh.hardcoded-secret
DB_PASSWORD='Zq8Lr2mX9vT4!'
# ruleid: sh.hardcoded-secret
readonly CLIENT_SECRET={{fake:base64url:40}}
# ok: sh.hardcoded-secret
export API_TOKEN="$1"
# ok: sh.hardcoded-secret
DB_PASSWORD="$(pass show db/password)"
# ok: sh.hardcoded-secret
export GITHUB_TOKEN="${GITHUB_TOKEN:?missing}"
# ok: sh.hardcoded-secret
TOKEN_FILE="$HOME/.config/app/token"
# ok: sh.hardcoded-secret
password=changeme
# ok: sh.hardcoded-secret
SECRET_NAME=app-db-credentials
