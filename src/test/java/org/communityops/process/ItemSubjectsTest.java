package org.communityops.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ItemSubjectsTest {

	@Test
	void aContentItemsTitleWinsOverASubject() {
		assertThat(ItemSubjects.of(Map.of("subject", "Export stops", "title", "Spring sale post")))
			.contains("Spring sale post");
	}

	@Test
	void aRequestIsNamedByItsSubjectAndAnUnsetTitleIsPassedOver() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("title", null);
		variables.put("subject", "Export stops");
		assertThat(ItemSubjects.of(variables)).contains("Export stops");
		assertThat(ItemSubjects.of(Map.of("details", "no subject here"))).isEmpty();
	}

}
