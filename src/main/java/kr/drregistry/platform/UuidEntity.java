package kr.drregistry.platform;

import java.util.Objects;
import java.util.UUID;

import org.hibernate.Hibernate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Base of entities keyed by a UUID the application assigns. Equality is by id and entity class (Hibernate proxies
 * included) and is safe before an id is set: two new entities are equal only when they are the same object.
 */
@MappedSuperclass
public abstract class UuidEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UuidEntity other && id != null && id.equals(other.id)
                && Hibernate.getClass(this) == Hibernate.getClass(other));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(Hibernate.getClass(this));
    }
}
