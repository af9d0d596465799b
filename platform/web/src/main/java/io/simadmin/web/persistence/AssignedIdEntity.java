package io.simadmin.web.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

import java.util.UUID;

/**
 * Base of every entity whose id the service assigns (UUIDv7). Spring Data cannot tell such an entity new from stored,
 * so {@code save} would merge it: a copy, and a SELECT before the INSERT unless a null version says "new" (and even
 * that fails once the entity has a {@code version()} accessor, which Spring reads in place of the field). This one
 * knows: it is stored once loaded or persisted. Updates keep their version check. Services' tests check that no
 * entity with an assigned id is left out ({@code EntityNewnessContract} in platform-test).
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

    @Transient
    private boolean stored;

    public abstract UUID id();

    @PostLoad
    @PostPersist
    protected void markStored() {
        this.stored = true;
    }

    @Override
    public UUID getId() {
        return id();
    }

    @Override
    public boolean isNew() {
        return !stored;
    }
}
