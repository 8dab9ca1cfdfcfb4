package fr.vigie.inspections.web;

import fr.vigie.inspections.application.ReferenceData;
import fr.vigie.inspections.domain.Article;
import fr.vigie.inspections.domain.Theme;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrator's page of the inspection reference lists: priority themes and articles. */
@Named("inspectionReference")
@ViewScoped
public class ReferenceDataBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ReferenceData referenceData;

    private String themeCode;
    private String themeLabelFr;
    private String themeLabelEn;
    private String articleCode;
    private String articleLabel;

    public void addTheme() {
        try {
            referenceData.addTheme(themeCode, themeLabelFr, themeLabelEn);
            themeCode = null;
            themeLabelFr = null;
            themeLabelEn = null;
            Pages.MESSAGES.info("reference.saved");
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "themeForm");
        }
    }

    public void addArticle() {
        try {
            referenceData.addArticle(articleCode, articleLabel);
            articleCode = null;
            articleLabel = null;
            Pages.MESSAGES.info("reference.saved");
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "articleForm");
        }
    }

    public void toggleTheme(Theme theme) {
        toggle(() -> referenceData.activateTheme(theme.code(), theme.version(), !theme.active()));
    }

    public void toggleArticle(Article article) {
        toggle(() -> referenceData.activateArticle(article.code(), article.version(), !article.active()));
    }

    private void toggle(Runnable change) {
        try {
            change.run();
            Pages.MESSAGES.info("reference.saved");
        } catch (ConflictException e) {
            Pages.MESSAGES.refused(e, null);
        }
    }

    public List<Theme> getThemes() {
        return referenceData.themes();
    }

    public List<Article> getArticles() {
        return referenceData.articles();
    }

    public String getThemeCode() {
        return themeCode;
    }

    public void setThemeCode(String themeCode) {
        this.themeCode = themeCode;
    }

    public String getThemeLabelFr() {
        return themeLabelFr;
    }

    public void setThemeLabelFr(String themeLabelFr) {
        this.themeLabelFr = themeLabelFr;
    }

    public String getThemeLabelEn() {
        return themeLabelEn;
    }

    public void setThemeLabelEn(String themeLabelEn) {
        this.themeLabelEn = themeLabelEn;
    }

    public String getArticleCode() {
        return articleCode;
    }

    public void setArticleCode(String articleCode) {
        this.articleCode = articleCode;
    }

    public String getArticleLabel() {
        return articleLabel;
    }

    public void setArticleLabel(String articleLabel) {
        this.articleLabel = articleLabel;
    }
}
