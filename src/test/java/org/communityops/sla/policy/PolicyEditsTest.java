package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityops.sla.policy.StoredTexts.FIRST;
import static org.communityops.sla.policy.StoredTexts.NEVER_STORED;
import static org.communityops.sla.policy.StoredTexts.NOW;
import static org.communityops.sla.policy.StoredTexts.SECOND;
import static org.communityops.sla.policy.StoredTexts.check;
import static org.communityops.sla.policy.StoredTexts.emptyFolder;
import static org.communityops.sla.policy.StoredTexts.folder;
import static org.communityops.sla.policy.StoredTexts.northwind;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Which files of a node's folder are edits, stored as their client's next version, and
 * which removals withdraw.
 */
class PolicyEditsTest {

	private static final Map<String, String> NORTHWIND_FILE = Map.of("northwind.yaml", "northwind");

	@Test
	void atStartUpAFileWhoseTextIsAnOlderStoredVersionIsAStaleCopyAndNotStored() {
		PolicyEdits edits = atStartUp(northwind(Set.of(), FIRST, SECOND), folder(FIRST));

		assertThat(edits.isEmpty()).isTrue();
	}

	@Test
	void atStartUpAFileWhoseTextWasNeverStoredIsTheNextVersion() {
		PolicyEdits edits = atStartUp(northwind(Set.of(), FIRST, SECOND), folder(NEVER_STORED));

		assertThat(edits.versions()).singleElement().satisfies(version -> {
			assertThat(version.version()).isEqualTo(3);
			assertThat(version.content()).isEqualTo(NEVER_STORED);
			assertThat(version.loadedAt()).isEqualTo(NOW);
		});
	}

	@Test
	void atStartUpTheFileOfANewClientIsItsFirstVersion() {
		PolicyEdits edits = atStartUp(new StoredPolicies(Map.of(), Set.of()), folder(FIRST));

		assertThat(edits.versions()).singleElement().satisfies(version -> assertThat(version.version()).isEqualTo(1));
	}

	@Test
	void aFileWhoseTextIsTheVersionInForceIsNoEdit() {
		assertThat(atStartUp(northwind(Set.of(), FIRST, SECOND), folder(SECOND)).isEmpty()).isTrue();
		assertThat(whileRunning(northwind(Set.of(), FIRST, SECOND), folder(FIRST), folder(SECOND)).isEmpty()).isTrue();
	}

	@Test
	void whileRunningAFileChangedBackToAnOlderVersionIsARevertStoredAsTheNextVersion() {
		PolicyEdits edits = whileRunning(northwind(Set.of(), FIRST, SECOND), folder(SECOND), folder(FIRST));

		assertThat(edits.versions()).singleElement().satisfies(version -> {
			assertThat(version.version()).isEqualTo(3);
			assertThat(version.content()).isEqualTo(FIRST);
		});
	}

	@Test
	void whileRunningAnUnchangedFileIsNoEditWhenAnotherNodeStoredANewerVersion() {
		PolicyEdits edits = whileRunning(northwind(Set.of(), FIRST, SECOND), folder(FIRST), folder(FIRST));

		assertThat(edits.isEmpty()).isTrue();
	}

	@Test
	void aFileRemovedWhileTheNodeRunsWithdrawsItsClientAfterItsNewestVersion() {
		PolicyEdits edits = whileRunning(northwind(Set.of(), FIRST, SECOND), folder(SECOND), emptyFolder());

		assertThat(edits.versions()).isEmpty();
		assertThat(edits.withdrawals()).isEqualTo(Map.of("northwind", 2));
	}

	@Test
	void aFileMissingAtStartUpWithdrawsNothing() {
		assertThat(atStartUp(northwind(Set.of(), FIRST), emptyFolder()).isEmpty()).isTrue();
	}

	@Test
	void aFileRemovedWhoseClientIsWithdrawnAlreadyWithdrawsNothingMore() {
		PolicyEdits edits = whileRunning(northwind(Set.of("northwind"), FIRST), folder(FIRST), emptyFolder());

		assertThat(edits.isEmpty()).isTrue();
	}

	@Test
	void aWithdrawnClientsFileIsAStaleCopyAtStartUpButPutsThePolicyBackWhenAddedWhileRunning() {
		StoredPolicies withdrawn = northwind(Set.of("northwind"), FIRST);

		assertThat(atStartUp(withdrawn, folder(FIRST)).isEmpty()).isTrue();
		assertThat(whileRunning(withdrawn, emptyFolder(), folder(FIRST)).versions()).singleElement()
			.satisfies(version -> assertThat(version.version()).isEqualTo(2));
	}

	private static PolicyEdits atStartUp(StoredPolicies stored, PolicyFolder.Contents files) {
		return PolicyEdits.of(stored, null, Map.of(), files, check(files), NOW);
	}

	private static PolicyEdits whileRunning(StoredPolicies stored, PolicyFolder.Contents previous,
			PolicyFolder.Contents files) {
		return PolicyEdits.of(stored, previous, NORTHWIND_FILE, files, check(files), NOW);
	}

}
