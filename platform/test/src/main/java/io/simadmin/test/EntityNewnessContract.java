package io.simadmin.test;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's integration test implements this to check its JPA entities: saving a new one must be one INSERT, never
 * a merge (see {@link NewEntities}).
 */
public interface EntityNewnessContract {

    @Test
    default void every_entity_with_an_assigned_id_tells_spring_data_when_it_is_new(
            @Autowired EntityManagerFactory entityManagerFactory) {
        assertThat(NewEntities.withoutNewnessOf(entityManagerFactory)).isEmpty();
    }
}
