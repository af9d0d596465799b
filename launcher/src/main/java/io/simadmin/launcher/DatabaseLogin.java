package io.simadmin.launcher;

/** The database a service gets: its JDBC URL and its own login role. */
public record DatabaseLogin(String jdbcUrl, String role, String password) {

    @Override
    public String toString() {
        // Records print every component; this one must never put the password in a log.
        return "DatabaseLogin[jdbcUrl=" + jdbcUrl + ", role=" + role + "]";
    }
}
