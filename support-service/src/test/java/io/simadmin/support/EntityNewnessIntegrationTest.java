package io.simadmin.support;

import io.simadmin.test.IntegrationTest;
import io.simadmin.test.NewEntities;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving a new entity must be one INSERT, never a merge (see NewEntities). */
@IntegrationTest
class EntityNewnessIntegrationTest {

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void every_entity_with_an_assigned_id_tells_spring_data_when_it_is_new() {
        assertThat(NewEntities.withoutNewnessOf(entityManagerFactory)).isEmpty();
    }
}
