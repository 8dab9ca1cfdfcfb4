package fr.vigie.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A configuration value that is empty by default must be injected as {@code Optional}: MicroProfile
 * Config reads an empty value as absent, and an application with a {@code String} field for it does
 * not start (SRCFG02001). The test servers set every such value, so only the run command, with the
 * server's own defaults, used to show it. This test reads the defaults of the real {@code server.xml}.
 */
class EmptyConfigDefaultsTest {
    private static final Path SERVER_XML = Path.of("src/main/liberty/config/server.xml");
    private static final Pattern EMPTY_DEFAULT = Pattern.compile("<variable name=\"([^\"]+)\" defaultValue=\"\"/>");

    @Test
    void everyValueEmptyByDefaultIsInjectedAsOptional() throws IOException {
        Set<String> emptyByDefault = emptyDefaults();
        assertFalse(emptyByDefault.isEmpty(), "no empty default found in " + SERVER_XML.toAbsolutePath());

        Set<String> wrong = new TreeSet<>();
        int injected = 0;
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.vigie")) {
            for (JavaField field : type.getFields()) {
                if (field.isAnnotatedWith(ConfigProperty.class.getName())) {
                    injected++;
                }
                // Read from the byte code (ArchUnit), never by loading the class: nothing is skipped.
                field.tryGetAnnotationOfType(ConfigProperty.class.getName())
                        .flatMap(property -> property.get("name"))
                        .map(String::valueOf)
                        .filter(emptyByDefault::contains)
                        .filter(name -> !field.getRawType().isEquivalentTo(Optional.class))
                        .ifPresent(name -> wrong.add(type.getName() + "." + field.getName() + " (" + name + ")"));
            }
        }
        // The modules come as jars on this class path: a test that imported none of them would pass on nothing.
        assertTrue(injected > 20, "only " + injected + " configuration fields found");
        assertEquals(Set.of(), wrong, "declare these fields Optional<...>");
    }

    private static Set<String> emptyDefaults() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = EMPTY_DEFAULT.matcher(Files.readString(SERVER_XML));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
