package io.simadmin.messaging;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The library's own tables live in the {@code messaging} schema, migrated with their own history table, so
 * they never collide with the service's migrations in {@code public}.
 */
public final class MessagingSchema {

    private MessagingSchema(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).schemas("messaging").createSchemas(true)
                .table("flyway_history").locations("classpath:db/simadmin/messaging").load().migrate();
    }

    public static MessagingSchema migrate(DataSource dataSource) {
        return new MessagingSchema(dataSource);
    }
}
