package org.communityops.process;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The engine of the process tests, which fails a test class that leaves a sequence flow
 * untaken.
 */
final class ProcessTestEngine {

	private ProcessTestEngine() {
	}

	static ProcessEngineCoverageExtension withFullFlowCoverage() {
		ProcessEngineCoverageExtension.Builder builder = ProcessEngineCoverageExtension.builder()
			.configurationResource("process-test.camunda.cfg.xml");
		builder.assertClassCoverageAtLeast(1.0);
		return builder.build();
	}

}
