package fr.vigie.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Everything a session holds must serialize: on a cluster (docs/cluster.md) Liberty writes the session to
 * the database after each request, and one attribute that does not serialize loses the whole session's
 * copy (SESN0040E), so the person is signed out when their server dies. The session- and view-scoped beans
 * (faces views live in the session) may hold only serializable values: a field's declared type, and the
 * type arguments of a collection, must be primitive, Serializable, or an interface (whose values are then
 * checked through its type arguments). Injected fields are CDI proxies, which serialize as references.
 */
class SessionStateSerializableTest {
    /**
     * Fields found holding unserializable values when the cluster test was written (bean.field under
     * fr.vigie): their pages lose their view state, not the person's sign-in, when their server dies
     * (docs/cluster.md, "Known limits"). Remove an entry when its value type becomes Serializable; a new
     * field may not join the list.
     */
    private static final Set<String> KNOWN = Set.of(
            "committee.web.InterestsBean.ending",
            "committee.web.InterestsBean.me",
            "committee.web.ReviewBean.review",
            "committee.web.SessionBean.ready",
            "committee.web.SessionBean.roster",
            "committee.web.SessionBean.session",
            "committee.web.SessionsBean.members",
            "complaints.web.CampaignBean.members",
            "complaints.web.CampaignBean.selected",
            "complaints.web.CampaignBean.workload",
            "complaints.web.ComplaintFileBean.documents",
            "complaints.web.ComplaintFileBean.file",
            "complaints.web.ComplaintFileBean.links",
            "complaints.web.WorklistBean.model",
            "dossiers.web.DossierFileBean.documents",
            "dossiers.web.DossierFileBean.file",
            "dossiers.web.DossierListBean.model",
            "inspections.web.InspectionFileBean.documents",
            "inspections.web.InspectionFileBean.file",
            "inspections.web.ProgrammeBean.inspections",
            "inspections.web.RiskBean.scores",
            "platform.clock.web.CalculatorBean.result",
            "platform.organisation.web.DirectoryBean.organisations",
            "platform.organisation.web.OrganisationBean.view",
            "platform.organisation.web.OrganisationProfileBean.profile",
            "platform.organisation.web.SireneImportBean.report",
            "platform.web.audit.AuditTrailBean.verification",
            "reporting.web.ReportPageBean.filter",
            "sanctions.web.CaseFileBean.file",
            "sanctions.web.DeliberationBean.file",
            "sanctions.web.NoticeFileBean.file");

    private static final List<String> SCOPES = List.of(
            "jakarta.enterprise.context.SessionScoped",
            "jakarta.faces.view.ViewScoped",
            "jakarta.enterprise.context.ConversationScoped");

    @Test
    void sessionAndViewScopedBeansHoldOnlySerializableValues() {
        List<String> problems = new ArrayList<>();
        Set<String> stillKnown = new TreeSet<>();
        int beans = 0;
        for (JavaClass bean : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.vigie")) {
            if (SCOPES.stream().noneMatch(bean::isAnnotatedWith)) {
                continue;
            }
            beans++;
            Class<?> type = bean.reflect();
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getName() + " is not Serializable");
            }
            for (Class<?> c = type; c != null && c.getName().startsWith("fr.vigie"); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers)
                            || Modifier.isTransient(modifiers)
                            || field.isAnnotationPresent(Inject.class)
                            || field.isSynthetic()) {
                        continue;
                    }
                    String unserializable = unserializablePart(field.getGenericType());
                    if (unserializable != null) {
                        String name = c.getName().substring("fr.vigie.".length()) + "." + field.getName();
                        if (!KNOWN.contains(name)) {
                            problems.add(c.getName() + "." + field.getName() + " holds " + unserializable);
                        } else {
                            stillKnown.add(name);
                        }
                    }
                }
            }
        }
        assertTrue(beans > 20, "the scoped beans were found: " + beans);
        assertEquals(List.of(), problems, "values a session cannot serialize (docs/cluster.md)");
        Set<String> fixed = new TreeSet<>(KNOWN);
        fixed.removeAll(stillKnown);
        assertEquals(Set.of(), fixed, "fixed: remove them from KNOWN");
    }

    /** The first part of the type that cannot serialize, or null. */
    private static String unserializablePart(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isInterface() || Serializable.class.isAssignableFrom(c)) {
                return null;
            }
            if (c.isArray()) {
                return unserializablePart(c.getComponentType());
            }
            return c.getName();
        }
        if (type instanceof ParameterizedType p) {
            String raw = unserializablePart(p.getRawType());
            if (raw != null) {
                return raw;
            }
            for (Type argument : p.getActualTypeArguments()) {
                String part = unserializablePart(argument);
                if (part != null) {
                    return part + " (in " + p.getTypeName() + ")";
                }
            }
            return null;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                String part = unserializablePart(bound);
                if (part != null && !part.equals("java.lang.Object")) {
                    return part;
                }
            }
            return null;
        }
        // Type variables: their bounds are checked where the bean is declared.
        return null;
    }
}
