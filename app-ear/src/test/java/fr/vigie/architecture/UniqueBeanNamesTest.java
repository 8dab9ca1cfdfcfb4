package fr.vigie.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.beans.Introspector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * All modules are assembled into one WAR, where two enterprise beans with the same name (by default the
 * class's simple name) or two CDI beans with the same EL name stop the application from starting
 * (CNTR4106E, ambiguous EL name). Two modules written side by side can each pick a good name and
 * clash only once merged: this test names the clash at build time, before any server starts.
 */
class UniqueBeanNamesTest {
    private static final List<String> EJB_ANNOTATIONS =
            List.of("jakarta.ejb.Stateless", "jakarta.ejb.Singleton", "jakarta.ejb.Stateful");

    @Test
    void noTwoModulesDeclareTheSameEnterpriseBeanOrElName() {
        Map<String, TreeSet<String>> ejbs = new TreeMap<>();
        Map<String, TreeSet<String>> elNames = new TreeMap<>();
        int seen = 0;
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.vigie")) {
            for (String annotation : EJB_ANNOTATIONS) {
                Optional<String> name = type.tryGetAnnotationOfType(annotation)
                        .map(a -> a.get("name").map(String::valueOf).orElse(""))
                        .map(n -> n.isEmpty() ? type.getSimpleName() : n);
                if (name.isPresent()) {
                    ejbs.computeIfAbsent(name.get(), k -> new TreeSet<>()).add(type.getName());
                    seen++;
                }
            }
            type.tryGetAnnotationOfType("jakarta.inject.Named")
                    .map(a -> a.get("value").map(String::valueOf).orElse(""))
                    .map(n -> n.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : n)
                    .ifPresent(n ->
                            elNames.computeIfAbsent(n, k -> new TreeSet<>()).add(type.getName()));
        }
        assertTrue(seen > 50, "only " + seen + " enterprise beans found: were the modules imported?");
        assertEquals(Map.of(), clashes(ejbs), "enterprise beans sharing a name");
        assertEquals(Map.of(), clashes(elNames), "CDI beans sharing an EL name");
    }

    private static Map<String, TreeSet<String>> clashes(Map<String, TreeSet<String>> byName) {
        return byName.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
