package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityops.sla.policy.StoredTexts.FIRST;
import static org.communityops.sla.policy.StoredTexts.NEVER_STORED;
import static org.communityops.sla.policy.StoredTexts.SECOND;
import static org.communityops.sla.policy.StoredTexts.check;
import static org.communityops.sla.policy.StoredTexts.emptyFolder;
import static org.communityops.sla.policy.StoredTexts.folder;
import static org.communityops.sla.policy.StoredTexts.northwind;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Where a node's folder differs from the versions in force, one line naming the file or
 * client and what differs.
 */
class FolderDifferencesTest {

	@Test
	void aFolderWithTheVersionsInForceHasNoDifferences() {
		assertThat(differences(northwind(Set.of(), FIRST, SECOND), folder(SECOND))).isEmpty();
	}

	@Test
	void aStaleCopyNamesItsVersionAndTheVersionInForce() {
		assertThat(differences(northwind(Set.of(), FIRST, SECOND), folder(FIRST))).containsExactly("northwind.yaml: a"
				+ " stale copy, its text is version 1 of northwind, but version 2 is in force; not stored (edit the"
				+ " file on this node to make it the next version)");
	}

	@Test
	void aTextNeverStoredIsADifference() {
		assertThat(differences(northwind(Set.of(), FIRST), folder(NEVER_STORED)))
			.containsExactly("northwind.yaml: differs from version 1 of northwind in force and was not stored");
	}

	@Test
	void aClientInForceWhoseFileThisFolderLacksIsNamed() {
		assertThat(differences(northwind(Set.of(), FIRST), emptyFolder())).containsExactly(
				"northwind: version 1" + " (northwind.yaml) is in force, but this folder has no file for it");
	}

	@Test
	void aRejectedFileIsNamedWithTheVersionThatStaysInForce() {
		String invalid = PolicyTexts.replacing("within: 16h", "within: 16");

		assertThat(differences(northwind(Set.of(), FIRST), folder(invalid))).containsExactly("northwind.yaml: rejected"
				+ " (see errors), so this folder differs from version 1 of northwind in force");
	}

	@Test
	void aWithdrawnClientIsADifferenceOnlyWhileThisFolderStillHasItsFile() {
		StoredPolicies withdrawn = northwind(Set.of("northwind"), FIRST);

		assertThat(differences(withdrawn, emptyFolder())).isEmpty();
		assertThat(differences(withdrawn, folder(FIRST))).containsExactly("northwind.yaml: northwind is withdrawn after"
				+ " version 1 (its file was removed on a node), but this folder still has the file; not put back unless"
				+ " the file is edited on this node");
	}

	@Test
	void theLogWarnsOfADifferenceOnceWhileItStays() {
		DifferenceLog log = new DifferenceLog();

		assertThat(log.report(List.of("a", "b"))).containsExactly("a", "b");
		assertThat(log.report(List.of("a", "b"))).isEmpty();
		assertThat(log.report(List.of("b"))).isEmpty();
		assertThat(log.report(List.of("a", "b"))).containsExactly("a");
	}

	private static List<String> differences(StoredPolicies stored, PolicyFolder.Contents files) {
		return FolderDifferences.of(stored, files, check(files));
	}

}
