package io.simadmin.web.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

import java.util.UUID;

/**
 * Base of entities whose id the service assigns (UUIDv7) and whose {@code @Version} is a primitive. Spring Data
 * cannot tell such an entity new from stored, so {@code save} would merge it: a SELECT before every INSERT. This
 * one knows: it is stored once loaded or persisted. Updates keep their version check.
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
