package kr.drregistry.review;

import java.sql.Timestamp;
import java.time.InstantSource;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;

/**
 * A reviewer's own saved views of the review queue ({@link QueueViews}): kept per person, so they follow the person
 * to any browser; only that person lists, replaces or deletes them ({@link TenantScope#person()}).
 */
@ApplicationScoped
public class SavedViews {
    static final String QUEUE = "queue";

    @Inject
    EntityManager em;
    @Inject
    TenantScope scope;
    @Inject
    InstantSource clock;

    public record View(UUID id, String name, String query) {
    }

    /** What saving did. */
    public enum Outcome {
        /** A new view. */
        SAVED,
        /** A view of the same name now stands for this filter. */
        REPLACED,
        NAME_MISSING, NAME_TOO_LONG,
        /** The person has {@link QueueViews#MAX_VIEWS} views already; nothing was saved. */
        TOO_MANY
    }

    /** The person's views of the queue, by name. */
    @SuppressWarnings("unchecked")
    public List<View> mine() {
        List<Object[]> rows = em.createNativeQuery(
                        "select id, name, query from saved_view where user_id = ?1 and page = ?2 order by name")
                .setParameter(1, scope.person()).setParameter(2, QUEUE).getResultList();
        return rows.stream().map(r -> new View((UUID) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Saves the filter {@code query} (made canonical) under {@code name}, replacing the person's view of that name. */
    @Transactional
    public Outcome save(String name, String query) {
        QueueViews.NameProblem problem = QueueViews.nameProblem(name);
        if (problem != null) {
            return problem == QueueViews.NameProblem.MISSING ? Outcome.NAME_MISSING : Outcome.NAME_TOO_LONG;
        }
        UUID person = scope.person();
        String shown = name.strip();
        String canonical = QueueViews.canonical(query);
        // one person's saves one at a time, so the limit holds under double clicks
        em.createNativeQuery("select id from app_user where id = ?1 for update").setParameter(1, person).getResultList();
        int replaced = em.createNativeQuery("update saved_view set query = ?1 where user_id = ?2 and page = ?3 and name = ?4")
                .setParameter(1, canonical).setParameter(2, person).setParameter(3, QUEUE).setParameter(4, shown)
                .executeUpdate();
        if (replaced > 0) {
            return Outcome.REPLACED;
        }
        long count = ((Number) em.createNativeQuery("select count(*) from saved_view where user_id = ?1 and page = ?2")
                .setParameter(1, person).setParameter(2, QUEUE).getSingleResult()).longValue();
        if (count >= QueueViews.MAX_VIEWS) {
            return Outcome.TOO_MANY;
        }
        em.createNativeQuery("insert into saved_view (id, user_id, page, name, query, created_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, person).setParameter(3, QUEUE).setParameter(4, shown)
                .setParameter(5, canonical).setParameter(6, Timestamp.from(clock.instant())).executeUpdate();
        return Outcome.SAVED;
    }

    /** Deletes one of the person's views and returns its name; another person's view is not found. */
    @Transactional
    public String delete(UUID id) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("delete from saved_view where id = ?1 and user_id = ?2 returning name")
                .setParameter(1, id).setParameter(2, scope.person()).getResultList();
        if (names.isEmpty()) {
            throw ProblemException.notFound("saved view " + id);
        }
        return names.get(0);
    }
}
