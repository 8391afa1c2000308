# ruleid: secret.hardcoded-password-literal
password = "s3cr3t"
# ruleid: secret.hardcoded-password-literal
DB_PASS = 'admin'
# ok: secret.hardcoded-password-literal
password = ""
# ok: secret.hardcoded-password-literal
password = os.environ["DB_PASSWORD"]
# ok: secret.hardcoded-password-literal
token = "abc"
# ok: secret.generic-assignment
return self.basic_encode_test(size, 'utf-8')
# ok: secret.generic-assignment
typ, data = client.login_cram_md5("tim", "tanstaaftanstaaf")
# ok: secret.generic-assignment
base.pass("g;x=1/./y", "http://a/b/c/g;x=1/y")
