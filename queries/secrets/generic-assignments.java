public final class Settings {
    // ruleid: secret.generic-assignment
    private static final String DB_PASSWORD = "{{fake:alnum:20}}";
    // ruleid: secret.generic-assignment
    String clientSecret = "{{fake:base64url:32}}";
    // ok: secret.generic-assignment
    String clientSecretName = "{{fake:alnum:20}}";
    // ok: secret.generic-assignment
    String password = System.getenv("DB_PASSWORD");
    // ok: secret.generic-assignment
    String token = "Bearer " + accessToken;

    void connect() {
        // ruleid: secret.generic-assignment
        DataSource ds = connect("jdbc:postgresql://db/app", "app", "{{fake:alnum:18}}"); auth.login("app", "{{fake:alnum:18}}");
    }
}
