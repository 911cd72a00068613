package org.sachet;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape the code keeps (issue 15), checked over all four modules (the web module's test class path holds
 * them all): no package cycles, and pages and API side by side on one HTTP layer.
 */
@AnalyzeClasses(packages = "org.sachet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** No package imports, through any chain, a package that imports it back: each can be read bottom up. */
    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("org.sachet.(**)").should().beFreeOfCycles();

    /** Pages and API share what they share through org.sachet.http (files, errors, texts, security). */
    @ArchTest
    static final ArchRule pagesDoNotUseTheApi = noClasses().that().resideInAPackage("org.sachet.web..")
            .should().dependOnClassesThat().resideInAPackage("org.sachet.api..");

    @ArchTest
    static final ArchRule apiDoesNotUseThePages = noClasses().that().resideInAPackage("org.sachet.api..")
            .should().dependOnClassesThat().resideInAPackage("org.sachet.web..");

    /** The HTTP layer is under both: it knows neither pages nor API. */
    @ArchTest
    static final ArchRule httpLayerIsUnderPagesAndApi = noClasses().that().resideInAPackage("org.sachet.http..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sachet.web..", "org.sachet.api..");

    /** Nothing below the web module knows servlets, Faces, JAX-RS or PrimeFaces. */
    @ArchTest
    static final ArchRule domainKnowsNoWebTier = noClasses().that()
            .resideOutsideOfPackages("org.sachet.web..", "org.sachet.api..", "org.sachet.http..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "jakarta.faces..",
                    "jakarta.ws.rs..", "org.primefaces..");
}
