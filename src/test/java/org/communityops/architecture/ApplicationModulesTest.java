package org.communityops.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.communityops.CommunityOpsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map the build keeps: each capability package is an application module (its
 * package-info says so), uses another only through that one's top-level package or a
 * named interface, and no two depend on each other in a cycle. The map is written to
 * {@code docs/modules} and into docs/architecture.md.
 */
class ApplicationModulesTest {

	private static final String MAP_START = "<!-- module-map: written by ApplicationModulesTest -->";

	private static final String MAP_END = "<!-- /module-map -->";

	static final ApplicationModules MODULES = ApplicationModules.of(CommunityOpsApplication.class);

	@Test
	void modulesUseEachOtherOnlyThroughTheirInterfacesAndWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleMapIntoTheDocs() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> diagrams = Files.list(Path.of("docs/modules"))) {
			for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, PlantUmlOrder.sorted(Files.readAllLines(diagram)));
			}
		}
	}

	/**
	 * The map as a Mermaid diagram, which docs/architecture.md shows (GitHub draws it).
	 */
	@Test
	void writesTheModuleMapAsMermaid() throws IOException {
		StringBuilder mermaid = new StringBuilder("```mermaid\nflowchart TD\n");
		MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName)).forEach(module -> {
			mermaid.append("  ")
				.append(id(module))
				.append("[\"")
				.append(module.getDisplayName())
				.append("<br/>")
				.append(module.getName())
				.append("\"]\n");
			module.getDirectDependencies(MODULES)
				.uniqueModules()
				.sorted(Comparator.comparing(ApplicationModule::getName))
				.forEach(target -> mermaid.append("  ")
					.append(id(module))
					.append(" --> ")
					.append(id(target))
					.append('\n'));
		});
		mermaid.append("```\n");
		Path file = Path.of("docs", "modules", "modules.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "# Module map\n\nWritten by ApplicationModulesTest; do not edit.\n\n" + mermaid);
		Path architecture = Path.of("docs", "architecture.md");
		String page = Files.readString(architecture);
		int start = page.indexOf(MAP_START) + MAP_START.length();
		int end = page.indexOf(MAP_END);
		assertThat(start).as("docs/architecture.md marks the map").isGreaterThan(MAP_START.length() - 1);
		Files.writeString(architecture, page.substring(0, start) + "\n" + mermaid + page.substring(end));
		assertThat(mermaid).contains(id(MODULES.getModuleByName("sla.clock").orElseThrow()));
	}

	private static String id(ApplicationModule module) {
		return module.getName().replace('.', '_');
	}

}
