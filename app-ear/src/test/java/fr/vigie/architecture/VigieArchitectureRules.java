package fr.vigie.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;
import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The boundaries of ENGINEERING.md as executable rules, for any base package: the real code uses
 * {@code fr.vigie}, the fixture that proves each rule fires uses {@code fr.vigie.archfixture}.
 * A module is the first package below the base ({@code fr.vigie.complaints}); its {@code api}
 * package is all that other modules may touch.
 */
public final class VigieArchitectureRules {
    private final String base;

    private VigieArchitectureRules(String base) {
        this.base = base;
    }

    public static VigieArchitectureRules forBase(String basePackage) {
        return new VigieArchitectureRules(basePackage);
    }

    public List<ArchRule> all() {
        return List.of(modulesMeetOnlyThroughTheirApi(), domainStaysFreeOfOuterLayers(), apiDependsOnNoInternals(),
                everyResourceDeclaresItsRoles(), entitiesHaveNoPublicSetters());
    }

    /** A module never uses another module's domain, persistence, application or web classes. */
    public ArchRule modulesMeetOnlyThroughTheirApi() {
        return classes().that().resideInAPackage(base + "..")
                .should(new ArchCondition<>("only use other modules through their api package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> from = moduleOf(origin);
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            Optional<String> to = moduleOf(target);
                            if (from.isPresent() && to.isPresent() && !from.equals(to)
                                    && !target.getPackageName().startsWith(base + "." + to.get() + ".api")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()
                                        + " crosses from module " + from.get() + " into the internals of module " + to.get()));
                            }
                        }
                    }
                }).as("Modules meet only through each other's api packages");
    }

    /** Business rules do not know how they are stored, served or shown. */
    public ArchRule domainStaysFreeOfOuterLayers() {
        return noClasses().that().resideInAPackage(base + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(base + "..web..", base + "..persistence..",
                        base + "..application..", base + "..rest..")
                .as("Domain classes depend on no web, persistence, application or REST class");
    }

    /** What a module publishes may not drag its internals along. */
    public ArchRule apiDependsOnNoInternals() {
        // An api package may itself have sub-packages (api.web, api.clock): those are not internals.
        return noClasses().that().resideInAPackage(base + "..api..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(base + "..domain..", base + "..web..",
                                base + "..persistence..", base + "..application..", base + "..rest..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(base + "..api..")))
                .as("API packages depend on no module internals");
    }

    /** Deny by default: a REST resource states who may call each of its methods. */
    public ArchRule everyResourceDeclaresItsRoles() {
        return classes().that().resideInAPackage(base + "..").and().areAnnotatedWith("jakarta.ws.rs.Path")
                .should(new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll on the class or on every method") {
                    @Override
                    public void check(JavaClass resource, ConditionEvents events) {
                        if (declaresAccess(resource.getAnnotations().stream().map(a -> a.getRawType().getName()).toList())) {
                            return;
                        }
                        for (JavaMethod m : resource.getMethods()) {
                            boolean endpoint = m.getAnnotations().stream().anyMatch(a -> a.getRawType().getPackageName().equals("jakarta.ws.rs")
                                    && List.of("GET", "POST", "PUT", "DELETE", "PATCH", "Path").contains(a.getRawType().getSimpleName()));
                            if (endpoint && !declaresAccess(m.getAnnotations().stream().map(a -> a.getRawType().getName()).toList())) {
                                events.add(SimpleConditionEvent.violated(m, m.getFullName() + " declares no access rule"));
                            }
                        }
                    }
                }).as("Every REST resource declares its roles");
    }

    /** Entities change through business verbs, never through setters. */
    public ArchRule entitiesHaveNoPublicSetters() {
        return classes().that().resideInAPackage(base + "..").and().areAnnotatedWith("jakarta.persistence.Entity")
                .should(new ArchCondition<>("have no public setter") {
                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        for (JavaMethod m : entity.getMethods()) {
                            if (m.getName().startsWith("set") && m.getModifiers().contains(JavaModifier.PUBLIC)) {
                                events.add(SimpleConditionEvent.violated(m, m.getFullName() + " is a public setter on an entity"));
                            }
                        }
                    }
                }).as("Entities have no public setters");
    }

    private static boolean declaresAccess(List<String> annotations) {
        return annotations.contains("jakarta.annotation.security.RolesAllowed")
                || annotations.contains("jakarta.annotation.security.PermitAll")
                || annotations.contains("jakarta.annotation.security.DenyAll");
    }

    private Optional<String> moduleOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(base + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(base.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
