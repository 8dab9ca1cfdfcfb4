package fr.vigie.inspections.application;

import fr.vigie.inspections.domain.Article;
import fr.vigie.inspections.domain.InterestDeclaration;
import fr.vigie.inspections.domain.ProgrammeTarget;
import fr.vigie.inspections.domain.Theme;
import java.util.List;
import java.util.Optional;

/** Reference data, programme targets and interest declarations (implemented with JPA in {@code persistence}). */
public interface ReferenceStore {
    List<Theme> themes();

    Optional<Theme> theme(String code);

    List<Article> articles();

    Optional<Article> article(String code);

    void add(Object entity);

    List<ProgrammeTarget> targets(int year);

    Optional<ProgrammeTarget> target(int year, String theme);

    List<InterestDeclaration> declarations();

    void flush();
}
