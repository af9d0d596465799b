package io.simadmin.test;

/** A database on the shared PostgreSQL server with its own login role, as a service would see it. */
public record TestDatabase(String name, String jdbcUrl, String username, String password) {
}
