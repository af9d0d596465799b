package io.simadmin.test;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.metamodel.EntityType;
import org.springframework.data.domain.Persistable;

import java.lang.reflect.Field;
import java.util.List;

/**
 * Guards against a costly mistake no functional test sees: an entity whose id the service assigns (a UUIDv7) but
 * which does not implement {@link Persistable}. Spring Data then cannot tell a new one from a stored one and
 * {@code save} merges it: Hibernate copies it, and without a null version first SELECTs the row it is about to
 * insert. A nullable {@code @Version} is not enough either: Spring reads the version through a fluent
 * {@code version()} accessor when there is one, and an accessor that answers 0 for null makes every new entity look
 * stored. Extending the platform's {@code AssignedIdEntity} is the fix.
 */
final class NewEntities {

    private NewEntities() {
    }

    /** The service's entities with an assigned id that do not say themselves whether they are new; empty is right. */
    static List<String> withoutNewnessOf(EntityManagerFactory factory) {
        return factory.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType)
                .filter(type -> !Persistable.class.isAssignableFrom(type))
                .filter(type -> !hasGeneratedId(type))
                .map(Class::getName)
                .sorted()
                .toList();
    }

    private static boolean hasGeneratedId(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Id.class)) {
                    return field.isAnnotationPresent(GeneratedValue.class);
                }
            }
        }
        return false;
    }
}
