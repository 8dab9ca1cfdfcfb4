package fr.vigie.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The boundaries of ENGINEERING.md as executable rules, for any base package: the real code uses
 * {@code fr.vigie}, the fixture that proves each rule fires uses {@code fr.vigie.archfixture}.
 * A module is the first package below the base ({@code fr.vigie.complaints}); its {@code api}
 * package is all that other modules may touch.
 */
public final class VigieArchitectureRules {
    /** Catching these swallows programming errors together with the expected refusals. */
    private static final Set<String> BROAD_THROWABLES =
            Set.of("java.lang.Exception", "java.lang.RuntimeException", "java.lang.Throwable");

    private static final String BROAD_CATCH = "fr.vigie.platform.api.BroadCatch";
    private static final String APPEND_ONLY = "fr.vigie.platform.api.AppendOnly";

    /**
     * Known exceptions, each with its reason, for code this rule set may not edit in the session it
     * was written (the legal clocks were being changed on another branch). Relative to the base package.
     */
    private static final Map<String, String> LAYER_EXCEPTIONS = Map.of(
            "platform.clock",
            "the clock engine's application services use its JPA rows directly; to move"
                    + " behind ports once the clock changes of the same session are merged");

    private static final Map<String, String> BROAD_CATCH_EXCEPTIONS = Map.of(
            "platform.clock.application.ClockStatusJob", "the hourly job logs a failure and lets the next run retry",
            "platform.clock.persistence.BatchRecompute", "cancels the evaluation in flight and rethrows");
    private static final Map<String, String> UNVERSIONED_ENTITIES = Map.of(
            "platform.clock.tracking.ClockEvent", "a clock's events are appended, never updated",
            "platform.clock.persistence.PolicyVersion", "a policy change is a new version row",
            "platform.clock.persistence.HolidayOverride", "a calendar change is a new override row");

    private final String base;

    private VigieArchitectureRules(String base) {
        this.base = base;
    }

    public static VigieArchitectureRules forBase(String basePackage) {
        return new VigieArchitectureRules(basePackage);
    }

    public List<ArchRule> all() {
        return List.of(
                modulesMeetOnlyThroughTheirApi(),
                domainStaysFreeOfOuterLayers(),
                apiDependsOnNoInternals(),
                everyResourceDeclaresItsRoles(),
                entitiesHaveNoPublicSetters(),
                applicationStaysFreeOfOuterLayers(),
                onlyPersistenceUsesPersistence(),
                noCyclesBetweenAModulesPackages(),
                everyAggregateRootHasAVersion(),
                noBroadCatchWithoutAReason());
    }

    /**
     * Use cases know the domain and their ports, not how they are shown or stored: a port (a query or
     * repository interface) lives in {@code application} or {@code domain} and is implemented in
     * {@code persistence}, which CDI injects.
     */
    public ArchRule applicationStaysFreeOfOuterLayers() {
        return noClasses()
                .that()
                .resideInAPackage(base + "..application..")
                .and(outsideKnownLayerExceptions())
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                                base + "..web..", base + "..rest..", base + "..persistence..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(base + "..api..")))
                .as(
                        "Application classes depend on no web, REST or persistence class (ports are implemented in persistence)");
    }

    /** Persistence implements ports; nobody but CDI (and persistence itself) names its classes. */
    public ArchRule onlyPersistenceUsesPersistence() {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .resideOutsideOfPackage(base + "..persistence..")
                .and(outsideKnownLayerExceptions())
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage(base + "..persistence..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(base + "..api..")))
                .as("Only persistence classes use persistence classes");
    }

    /** The packages of one module (domain, application, persistence, web, rest...) form no cycle. */
    public ArchRule noCyclesBetweenAModulesPackages() {
        return slices().matching(base + ".(*).(*)..")
                .namingSlices("$1.$2")
                .should()
                .beFreeOfCycles()
                .as("No cycle between the packages of a module");
    }

    /**
     * Concurrent edits are refused, never lost: an entity is an aggregate root unless it belongs to
     * one (a {@code @ManyToOne} to its root, whose version guards it) or its rows are written once
     * ({@code @AppendOnly} with a reason).
     */
    public ArchRule everyAggregateRootHasAVersion() {
        return classes()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .areAnnotatedWith("jakarta.persistence.Entity")
                .should(new ArchCondition<>("have a @Version field unless part of another aggregate or append-only") {
                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        boolean versioned = entity.getAllFields().stream()
                                .anyMatch(f -> f.isAnnotatedWith("jakarta.persistence.Version"));
                        boolean child = entity.getFields().stream().anyMatch(VigieArchitectureRules::pointsToItsRoot);
                        boolean appendOnly =
                                entity.isAnnotatedWith(APPEND_ONLY) || listed(UNVERSIONED_ENTITIES, entity.getName());
                        if (!versioned && !child && !appendOnly) {
                            events.add(SimpleConditionEvent.violated(
                                    entity, entity.getName() + " is an aggregate root without a @Version field"));
                        }
                    }
                })
                .as("Every aggregate root has a @Version");
    }

    /**
     * {@code catch (Exception | RuntimeException | Throwable)} only where a reason is written down.
     * Read from the bytecode: a method that closes resources with try-with-resources (the compiler's
     * own {@code catch (Throwable)} and {@code addSuppressed}) is not checked for {@code Throwable}.
     */
    public ArchRule noBroadCatchWithoutAReason() {
        return classes()
                .that()
                .resideInAPackage(base + "..")
                .should(new ArchCondition<>("catch no Exception, RuntimeException or Throwable without @BroadCatch") {
                    @Override
                    public void check(JavaClass owner, ConditionEvents events) {
                        if (owner.isAnnotatedWith(BROAD_CATCH) || listed(BROAD_CATCH_EXCEPTIONS, owner.getName())) {
                            return;
                        }
                        for (JavaCodeUnit unit : owner.getCodeUnits()) {
                            if (unit.isAnnotatedWith(BROAD_CATCH) || allowedLambda(owner, unit)) {
                                continue;
                            }
                            boolean closesResources = unit.getMethodCallsFromSelf().stream()
                                    .anyMatch(call -> call.getName().equals("addSuppressed"));
                            for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                                block.getCaughtThrowables().stream()
                                        .filter(t -> BROAD_THROWABLES.contains(t.getName()))
                                        // try-with-resources compiles to a catch (Throwable) that closes and rethrows
                                        .filter(t ->
                                                !(closesResources && t.getName().equals("java.lang.Throwable")))
                                        .forEach(t -> events.add(SimpleConditionEvent.violated(
                                                block,
                                                unit.getFullName() + " catches " + t.getSimpleName() + " "
                                                        + block.getSourceCodeLocation())));
                            }
                        }
                    }
                })
                .as("No catch (Exception), catch (RuntimeException) or catch (Throwable) without a written reason");
    }

    private static boolean pointsToItsRoot(JavaField field) {
        return field.isAnnotatedWith("jakarta.persistence.ManyToOne")
                && field.getRawType().isAnnotatedWith("jakarta.persistence.Entity");
    }

    /** A lambda's body is compiled to its own method: it shares the reason of the method it was written in. */
    private static boolean allowedLambda(JavaClass owner, JavaCodeUnit unit) {
        if (!unit.getName().startsWith("lambda$")) {
            return false;
        }
        String enclosing =
                unit.getName().substring("lambda$".length(), unit.getName().lastIndexOf('$'));
        return owner.getCodeUnits().stream()
                .anyMatch(u -> u.getName().equals(enclosing) && u.isAnnotatedWith(BROAD_CATCH));
    }

    private boolean listed(Map<String, String> exceptions, String className) {
        return exceptions.containsKey(relative(className));
    }

    private String relative(String name) {
        return name.startsWith(base + ".") ? name.substring(base.length() + 1) : name;
    }

    private com.tngtech.archunit.base.DescribedPredicate<JavaClass> outsideKnownLayerExceptions() {
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                "outside the listed exceptions", c -> LAYER_EXCEPTIONS.keySet().stream()
                        .noneMatch(p -> relative(c.getPackageName()).startsWith(p)));
    }

    /** A module never uses another module's domain, persistence, application or web classes. */
    public ArchRule modulesMeetOnlyThroughTheirApi() {
        return classes()
                .that()
                .resideInAPackage(base + "..")
                .should(new ArchCondition<>("only use other modules through their api package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> from = moduleOf(origin);
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            Optional<String> to = moduleOf(target);
                            if (from.isPresent()
                                    && to.isPresent()
                                    && !from.equals(to)
                                    && !target.getPackageName().startsWith(base + "." + to.get() + ".api")) {
                                events.add(SimpleConditionEvent.violated(
                                        d,
                                        d.getDescription() + " crosses from module " + from.get()
                                                + " into the internals of module " + to.get()));
                            }
                        }
                    }
                })
                .as("Modules meet only through each other's api packages");
    }

    /** Business rules do not know how they are stored, served or shown. */
    public ArchRule domainStaysFreeOfOuterLayers() {
        return noClasses()
                .that()
                .resideInAPackage(base + "..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        base + "..web..", base + "..persistence..", base + "..application..", base + "..rest..")
                .as("Domain classes depend on no web, persistence, application or REST class");
    }

    /** What a module publishes may not drag its internals along. */
    public ArchRule apiDependsOnNoInternals() {
        // An api package may itself have sub-packages (api.web, api.clock): those are not internals.
        return noClasses()
                .that()
                .resideInAPackage(base + "..api..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                                base + "..domain..",
                                base + "..web..",
                                base + "..persistence..",
                                base + "..application..",
                                base + "..rest..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(base + "..api..")))
                .as("API packages depend on no module internals");
    }

    /** Deny by default: a REST resource states who may call each of its methods. */
    public ArchRule everyResourceDeclaresItsRoles() {
        return classes()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .areAnnotatedWith("jakarta.ws.rs.Path")
                .should(
                        new ArchCondition<>(
                                "declare @RolesAllowed, @PermitAll or @DenyAll on the class or on every method") {
                            @Override
                            public void check(JavaClass resource, ConditionEvents events) {
                                if (declaresAccess(resource.getAnnotations().stream()
                                        .map(a -> a.getRawType().getName())
                                        .toList())) {
                                    return;
                                }
                                for (JavaMethod m : resource.getMethods()) {
                                    boolean endpoint = m.getAnnotations().stream()
                                            .anyMatch(a -> a.getRawType()
                                                            .getPackageName()
                                                            .equals("jakarta.ws.rs")
                                                    && List.of("GET", "POST", "PUT", "DELETE", "PATCH", "Path")
                                                            .contains(a.getRawType()
                                                                    .getSimpleName()));
                                    if (endpoint
                                            && !declaresAccess(m.getAnnotations().stream()
                                                    .map(a -> a.getRawType().getName())
                                                    .toList())) {
                                        events.add(SimpleConditionEvent.violated(
                                                m, m.getFullName() + " declares no access rule"));
                                    }
                                }
                            }
                        })
                .as("Every REST resource declares its roles");
    }

    /** Entities change through business verbs, never through setters. */
    public ArchRule entitiesHaveNoPublicSetters() {
        return classes()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .areAnnotatedWith("jakarta.persistence.Entity")
                .should(new ArchCondition<>("have no public setter") {
                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        for (JavaMethod m : entity.getMethods()) {
                            if (m.getName().startsWith("set")
                                    && m.getModifiers().contains(JavaModifier.PUBLIC)) {
                                events.add(SimpleConditionEvent.violated(
                                        m, m.getFullName() + " is a public setter on an entity"));
                            }
                        }
                    }
                })
                .as("Entities have no public setters");
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
