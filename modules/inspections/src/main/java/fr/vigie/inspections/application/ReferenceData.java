package fr.vigie.inspections.application;

import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.inspections.domain.Article;
import fr.vigie.inspections.domain.InspectionException;
import fr.vigie.inspections.domain.Theme;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The themes and articles of inspections: everyone of the area reads them; the administrator extends them. */
@Stateless
@RolesAllowed({Roles.HEAD_OF_INSPECTIONS, Roles.INSPECTOR, Roles.PRESIDENT, Roles.MANAGER, Roles.ADMINISTRATOR})
public class ReferenceData {
    @Inject
    ReferenceStore store;

    @Inject
    AuditTrail audit;

    public List<Theme> themes() {
        return store.themes();
    }

    public List<Article> articles() {
        return store.articles();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void addTheme(String code, String labelFr, String labelEn) {
        Theme theme = new Theme(code, labelFr, labelEn);
        if (store.theme(theme.code()).isPresent()) {
            throw InspectionException.onField("code", "reference.exists", theme.code());
        }
        store.add(theme);
        store.flush();
        audit.record(AuditRecord.of(InspectionsModule.NAME, "INSPECTION_THEME_ADDED")
                .changed("theme", null, theme.code() + " " + theme.labelFr())
                .build());
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void addArticle(String code, String label) {
        Article article = new Article(code, label);
        if (store.article(article.code()).isPresent()) {
            throw InspectionException.onField("code", "reference.exists", article.code());
        }
        store.add(article);
        store.flush();
        audit.record(AuditRecord.of(InspectionsModule.NAME, "INSPECTION_ARTICLE_ADDED")
                .changed("article", null, article.code() + " " + article.label())
                .build());
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void activateTheme(String code, long version, boolean active) {
        Theme theme = store.theme(code)
                .orElseThrow(() -> InspectionException.onField("code", "reference.code.invalid", code));
        if (theme.version() != version) {
            throw new ConflictException(code);
        }
        theme.activate(active);
        store.flush();
        audit.record(AuditRecord.of(InspectionsModule.NAME, "INSPECTION_THEME_ACTIVATED")
                .changed("theme " + code, !active, active)
                .build());
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void activateArticle(String code, long version, boolean active) {
        Article article = store.article(code)
                .orElseThrow(() -> InspectionException.onField("code", "reference.code.invalid", code));
        if (article.version() != version) {
            throw new ConflictException(code);
        }
        article.activate(active);
        store.flush();
        audit.record(AuditRecord.of(InspectionsModule.NAME, "INSPECTION_ARTICLE_ACTIVATED")
                .changed("article " + code, !active, active)
                .build());
    }
}
