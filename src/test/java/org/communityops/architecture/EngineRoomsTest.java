package org.communityops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Camunda is known only in the engine rooms: the {@code engine} package of each module.
 * Moving to the engine's API-compatible successor then means renaming imports there and
 * nowhere else.
 */
class EngineRoomsTest {

	static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.communityops");

	@Test
	void onlyEngineRoomsUseCamunda() {
		noClasses().that()
			.resideOutsideOfPackage("org.communityops..engine..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.camunda..")
			.because("Camunda-specific code lives in the engine rooms (docs/architecture.md)")
			.check(PRODUCTION);
	}

	@Test
	void noTwoPackagesDependOnEachOther() {
		slices().matching("org.communityops.(**)")
			.should()
			.beFreeOfCycles()
			.because("a module's sub-package (its engine room, a document format) uses the module, not the reverse")
			.check(PRODUCTION);
	}

}
