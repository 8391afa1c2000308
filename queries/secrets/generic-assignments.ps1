# ruleid: secret.generic-assignment
$password = "{{fake:alnum:16}}"
# ok: secret.generic-assignment
$password = Read-Host -AsSecureString
# ok: secret.generic-assignment
$passwordPrompt = "Enter the password"
# ruleid: secret.generic-assignment
$cred = New-Object PSCredential("admin", (ConvertTo-SecureString "x" -AsPlainText)); $apiToken = '{{fake:alnum:32}}'
# ruleid: secret.generic-assignment
New-LocalUser -Name deploy -Password 'Sj{{fake:alnum:6}}@!'
# ruleid: secret.generic-assignment
$secure = ConvertTo-SecureString "{{fake:alnum:20}}" -AsPlainText -Force
# ok: secret.generic-assignment
$secure = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force
