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
    // ruleid: secret.generic-assignment
    String secret = "mango2719";
    // ruleid: secret.generic-assignment
    String secret2 = "mango2719";
    // ok: secret.generic-assignment
    String secretName = "mango2719";
    // ok: secret.generic-assignment
    String secret = "mango1";

    void connect() {
        // ruleid: secret.generic-assignment
        DataSource ds = connect("jdbc:postgresql://db/app", "app", "{{fake:alnum:18}}"); auth.login("app", "{{fake:alnum:18}}");
    }
}
