package fr.vigie.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every module's production classes against the rules, and checks that each rule really
 * fires on the fixture in {@code fr.vigie.archfixture}, which breaks each rule once on purpose.
 * Each business module must be a test dependency of app-ear so that it is checked here.
 */
class ArchitectureTest {
    private static JavaClasses production;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.vigie");
        fixture = new ClassFileImporter().importPackages("fr.vigie.archfixture");
        assertTrue(production.contain(fr.vigie.platform.api.Role.class), "the platform was not imported");
    }

    @TestFactory
    Stream<DynamicTest> productionCodeKeepsTheBoundaries() {
        return VigieArchitectureRules.forBase("fr.vigie").all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(production)));
    }

    @TestFactory
    Stream<DynamicTest> eachRuleFiresOnTheFixture() {
        List<ArchRule> rules =
                VigieArchitectureRules.forBase("fr.vigie.archfixture").all();
        return rules.stream()
                .map(rule -> DynamicTest.dynamicTest(
                        "fires: " + rule.getDescription(),
                        () -> assertThrows(AssertionError.class, () -> rule.check(fixture))));
    }
}
