package org.communityops.architecture;

import org.communityops.CommunityOpsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map the build keeps: each capability package is an application module (its package-info says so), uses
 * another only through that one's top-level package or a named interface, and no two depend on each other in a
 * cycle. The map is written to {@code docs/modules} for docs/architecture.md.
 */
class ApplicationModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(CommunityOpsApplication.class);

	@Test
	void modulesUseEachOtherOnlyThroughTheirInterfacesAndWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleMapIntoTheDocs() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
