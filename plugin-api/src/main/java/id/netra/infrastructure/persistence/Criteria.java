package id.netra.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JPQL query with optional criteria, for the searches and listings: a criterion given (not null)
 * adds its clause and its parameter together, so the two never disagree.
 */
final class Criteria {

  private final StringBuilder jpql;
  private final Map<String, Object> params = new LinkedHashMap<>();

  /** {@code select}: the query up to its WHERE, e.g. {@code SELECT c FROM NeutralityCase c}. */
  Criteria(String select) {
    jpql = new StringBuilder(select).append(" WHERE 1 = 1");
  }

  /** Adds {@code AND clause} with {@code :name} bound to the value, unless the value is null. */
  Criteria and(String clause, String name, Object value) {
    if (value != null) {
      jpql.append(" AND ").append(clause);
      params.put(name, value);
    }
    return this;
  }

  <T> TypedQuery<T> query(EntityManager em, String orderBy, Class<T> type) {
    TypedQuery<T> q = em.createQuery(jpql + " ORDER BY " + orderBy, type);
    params.forEach(q::setParameter);
    return q;
  }
}
