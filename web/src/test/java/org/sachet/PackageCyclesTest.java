package org.sachet;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * No package of any module imports, through any chain, a package that imports it back: every area can be read,
 * tested and changed from the bottom up (issue 15). The web module's test class path holds all four modules.
 */
@AnalyzeClasses(packages = "org.sachet", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("org.sachet.(**)").should().beFreeOfCycles();
}
