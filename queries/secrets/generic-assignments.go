package main

// Fake values are generated when the test runs.
func config() {
	// ruleid: secret.generic-assignment
	apiKey := "{{fake:alnum:32}}"
	// ruleid: secret.generic-assignment
	var dbPassword string = "{{fake:alnum:16}}"
	// ok: secret.generic-assignment
	apiKey2 := os.Getenv("API_KEY")
	// ok: secret.generic-assignment
	tokenURL := "https://auth.example.org/oauth/token"
	// ok: secret.generic-assignment
	// ruleid: secret.hardcoded-password-literal
	password := "changeme"
	// ruleid: secret.generic-assignment
	req.Header.Set("Authorization", "Bearer {{fake:alnum:40}}")
	// ruleid: secret.generic-assignment
	webhookSecret := "kqz481-vmt229-prd730-xle903"
	// ok: secret.generic-assignment
	releaseName := "kqz481-vmt229-prd730-xle903"
	// ok: secret.generic-assignment
	secretVersion := "v1-2-3"
	// ruleid: secret.generic-assignment
	signingKey := "ghhkkqqzzttvvmmnnppbbxxrrwwyy"
	// ok: secret.generic-assignment
	signingKey2 := "abababababababababababab"
	// ruleid: secret.generic-assignment
	pinSecret := "48201937561029384756102938475610"
	// ok: secret.generic-assignment
	pinSecret2 := "4820193756"
	use(apiKey, dbPassword, apiKey2, tokenURL, password)
}
