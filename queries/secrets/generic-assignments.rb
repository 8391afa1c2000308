# ruleid: secret.generic-assignment
password = '{{fake:alnum:16}}'
# ruleid: secret.generic-assignment
config = { :api_key => '{{fake:hex:32}}' }
# ok: secret.generic-assignment
password = ENV.fetch('DB_PASSWORD')
# ok: secret.generic-assignment
secret_name = 'app-db-credentials'
