#!/bin/sh
# ruleid: secret.generic-assignment
export DEPLOY_TOKEN={{fake:alnum:32}}
# ruleid: secret.generic-assignment
mysql -u root -p{{fake:alnum:14}} app < dump.sql
# ruleid: secret.generic-assignment
sshpass -p '{{fake:alnum:14}}' ssh deploy@host
# ruleid: secret.generic-assignment
curl -u admin:{{fake:alnum:14}} https://ci.internal/api
# ruleid: secret.generic-assignment
./deploy --api-key {{fake:alnum:32}} --region eu
# ok: secret.generic-assignment
export DEPLOY_TOKEN="$(vault read -field=token secret/deploy)"
# ok: secret.generic-assignment
mysql -u root -p app
# ruleid: secret.generic-assignment
export SMTP_PASSWORD=pelican4821
# ok: secret.generic-assignment
# ruleid: secret.hardcoded-password-literal
export SMTP_PASSWORD=pelican
# ok: secret.generic-assignment
curl -u "$USER:$PASS" https://ci.internal/api
