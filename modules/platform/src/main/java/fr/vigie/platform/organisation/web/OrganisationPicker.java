package fr.vigie.platform.organisation.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationQuery;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import jakarta.el.ELContext;
import jakarta.el.ValueExpression;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.primefaces.event.SelectEvent;

/**
 * Behind the {@code <vigie:organisationPicker>} composite (ADR 7 step 4): suggests organisations of
 * the directory while a person types a name fragment, a SIREN or a SIRET, and on a choice writes the
 * organisation's name, SIREN and country into the form's own fields, given to the composite as value
 * expressions. The form keeps its fields and its checks: the picker only saves the typing.
 */
@Named
@RequestScoped
public class OrganisationPicker {
    /** Suggestions shown at most; the person types more to narrow them. */
    static final int LIMIT = 10;

    /** Fewer characters match too much to be worth a query. */
    static final int MIN_LENGTH = 2;

    static final String NAME = "name";
    static final String NUMBER = "number";
    static final String COUNTRY = "country";

    @Inject
    OrganisationDirectory directory;

    private OrganisationSummary chosen;

    /** The suggestions for what the person typed: at most {@value #LIMIT}, none for a too short text. */
    public List<OrganisationSummary> complete(String typed) {
        Optional<OrganisationQuery> query = queryFor(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        try {
            return directory.search(query.get(), 0, LIMIT).rows();
        } catch (DomainException e) {
            // Nine or fourteen digits failing their check: a number being typed or mistyped, which
            // suggests nothing; the form's own field still reports a bad number when it is saved.
            return List.of();
        }
    }

    /**
     * The directory query for a typed text: nine or fourteen digits (spaces ignored, as SIRENs are
     * often written "732 829 320") search by SIREN or SIRET, anything else by name; blank or a
     * single character, nothing.
     */
    static Optional<OrganisationQuery> queryFor(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s\\u00A0]", "");
        if (compact.matches("\\d{9}|\\d{14}")) {
            return Optional.of(new OrganisationQuery(null, compact, null));
        }
        return Optional.of(OrganisationQuery.byText(text));
    }

    /**
     * How a suggestion reads: "name — SIREN — NAF", the parts the directory knows. Takes any value
     * because the page also asks it for the box's current value, which is empty until a choice.
     */
    public String label(Object suggestion) {
        return suggestion instanceof OrganisationSummary organisation
                ? describe(organisation, OrganisationTexts.messages().text("partlyPublic"))
                : "";
    }

    static String describe(OrganisationSummary organisation, String partlyPublicText) {
        StringJoiner label = new StringJoiner(" — ");
        label.add(organisation.partlyPublic() || organisation.name() == null ? partlyPublicText : organisation.name());
        if (organisation.siren() != null) {
            label.add(organisation.siren());
        }
        if (organisation.naf() != null) {
            label.add(organisation.naf());
        }
        return label.toString();
    }

    /**
     * A suggestion was chosen: its name, SIREN and country go into the expressions the page gave the
     * composite ({@code name}, {@code number}, {@code country}; each optional). A partly-public
     * unit's name is not published: the name field is emptied for the person to type the name the
     * case knows. The composite then re-renders those fields.
     */
    public void choose(SelectEvent<?> event) {
        if (!(event.getObject() instanceof OrganisationSummary organisation)) {
            return;
        }
        UIComponent composite = UIComponent.getCompositeComponentParent(event.getComponent());
        if (composite == null) {
            return;
        }
        ELContext el = FacesContext.getCurrentInstance().getELContext();
        fill(composite, el, NAME, organisation.partlyPublic() ? null : organisation.name());
        fill(composite, el, NUMBER, organisation.siren());
        fill(composite, el, COUNTRY, organisation.country());
        chosen = organisation;
    }

    private static void fill(UIComponent composite, ELContext el, String attribute, String value) {
        ValueExpression target = composite.getValueExpression(attribute);
        if (target != null && !target.isReadOnly(el)) {
            target.setValue(el, value);
        }
    }

    public OrganisationSummary getChosen() {
        return chosen;
    }

    public void setChosen(OrganisationSummary chosen) {
        this.chosen = chosen;
    }
}
