package io.simadmin.launcher;

import java.util.Map;

/**
 * The password of the demo admins. It is chosen on the first start — {@code SIMADMIN_DEMO_PASSWORD} if
 * set, otherwise generated — and kept in the secrets file; auth-service will create the demo admins with
 * it when its admin table is empty. It is shown once, on the first start, because afterwards it is the user's to
 * remember.
 */
public final class DemoCredentials {

    public static final String PASSWORD_ENV = "SIMADMIN_DEMO_PASSWORD";
    static final String SECRET_KEY = "demo.admin.password";

    /** @param firstStart whether this start chose the password (then it is shown, unless the user supplied it) */
    public record DemoPassword(String value, boolean firstStart, boolean fromEnvironment) {
        @Override
        public String toString() {
            return "DemoPassword[hidden]";
        }
    }

    private DemoCredentials() {
    }

    public static DemoPassword resolve(Secrets secrets, Map<String, String> environment) {
        var stored = secrets.get(SECRET_KEY);
        if (stored.isPresent()) {
            return new DemoPassword(stored.get(), false, false);
        }
        String supplied = environment.get(PASSWORD_ENV);
        boolean fromEnvironment = supplied != null && !supplied.isBlank();
        String value = secrets.getOrCreate(SECRET_KEY, () -> fromEnvironment ? supplied : Secrets.generatePassword());
        return new DemoPassword(value, true, fromEnvironment);
    }

    /** Lines for the start banner; the password itself only on the first start and only if generated. */
    public static String describe(DemoPassword password, String secretsFile) {
        String lead = "Demo logins: superadmin@example.com (super_admin), admin@example.com (admin), moderator@example.com (moderator).";
        if (!password.firstStart()) {
            return lead + "\n  Their password is the one shown on the first start (kept in " + secretsFile + ").";
        }
        if (password.fromEnvironment()) {
            return lead + "\n  Their password is the value of " + PASSWORD_ENV + " (kept in " + secretsFile + ").";
        }
        return lead + "\n  Their password, shown only this once (kept in " + secretsFile + "): " + password.value();
    }
}
