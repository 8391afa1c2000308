FROM python:3.12-slim AS base
# ruleid: dockerfile.hardcoded-secret
ENV API_KEY={{fake:alnum:32}} APP_ENV=production
# ruleid: dockerfile.hardcoded-secret
ARG NPM_TOKEN={{fake:alnum:36}}
# ruleid: dockerfile.hardcoded-secret
ENV DB_PASSWORD="Zq8Lr2mX9vT4!"
# ruleid: dockerfile.hardcoded-secret
ENV SECRET_KEY {{fake:base64url:40}}
# ok: dockerfile.hardcoded-secret
ARG NPM_TOKEN
# ok: dockerfile.hardcoded-secret
ENV API_KEY=${API_KEY}
# ok: dockerfile.hardcoded-secret
ENV PASSWORD_FILE=/run/secrets/db_password
# ok: dockerfile.hardcoded-secret
ENV SECRET_KEY changeme
# ok: dockerfile.hardcoded-secret
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
# ok: dockerfile.hardcoded-secret
CMD ["python", "-m", "app", "--token-file", "/run/secrets/token"]
