// ruleid: secret.generic-assignment
const dbPassword = "{{fake:alnum:18}}";
const settings = {
  // ruleid: secret.generic-assignment
  apiKey: '{{fake:hex:32}}',
  // ok: secret.generic-assignment
  apiKeyHeader: 'X-Api-Key',
  // ok: secret.generic-assignment
  token: process.env.TOKEN,
};
// ruleid: secret.generic-assignment
client.setAccessToken(`{{fake:alnum:40}}`);
// ok: secret.generic-assignment
const password = `${prefix}-suffix`;
// ruleid: secret.generic-assignment
if (password === "{{fake:alnum:18}}") { allow(); }
