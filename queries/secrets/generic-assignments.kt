object Keys {
    // ruleid: secret.generic-assignment
    val apiSecret: String = "{{fake:alnum:24}}"
    // ok: secret.generic-assignment
    val apiSecretKeyName: String = "API_SECRET"
    // ok: secret.generic-assignment
    val password = BuildConfig.PASSWORD
    // ruleid: secret.generic-assignment
    const val AUTH_TOKEN = "{{fake:alnum:40}}"
}
