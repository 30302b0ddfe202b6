package org.coderise.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.coderise.review.domain.CommentSnippet;

/** Each mentor's saved comment snippets. */
@ApplicationScoped
public class Snippets {
    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    public List<CommentSnippet> of(long mentorId) {
        return em.createQuery("SELECT s FROM CommentSnippet s WHERE s.mentorId = :m ORDER BY s.title, s.id",
                CommentSnippet.class).setParameter("m", mentorId).getResultList();
    }

    public CommentSnippet add(CommentSnippet snippet) {
        em.persist(snippet);
        em.flush();
        return snippet;
    }

    public Optional<CommentSnippet> find(long id) {
        return Optional.ofNullable(em.find(CommentSnippet.class, id));
    }

    public void remove(CommentSnippet snippet) {
        em.remove(snippet);
    }
}
