package org.communityops.process.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The model files the engine refused at the last deployment, each error with its file and
 * line, under {@code /actuator/health} (component {@code processModels}): DEGRADED while
 * any is refused, since the other models were deployed and the application serves them.
 */
@Component("processModels")
class RejectedModels implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "A process model file was refused; the others are deployed");

	private volatile List<String> errors = List.of();

	/**
	 * The files with errors in the engine's parse report, or none when it names no file.
	 */
	static Set<String> files(ParseException refusal) {
		return refusal.getResorceReports()
			.stream()
			.filter(report -> !report.getErrors().isEmpty())
			.map(ResourceReport::getResourceName)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Each error of the refused files, as {@code file:line:column: message}. */
	static List<String> describe(ParseException refusal) {
		List<String> described = new ArrayList<>();
		for (ResourceReport report : refusal.getResorceReports()) {
			for (Problem error : report.getErrors()) {
				described.add(report.getResourceName() + ":" + error.getLine() + ":" + error.getColumn() + ": "
						+ error.getMessage());
			}
		}
		return described;
	}

	void record(List<String> refused) {
		errors = List.copyOf(refused);
	}

	List<String> errors() {
		return errors;
	}

	@Override
	public Health health() {
		return errors.isEmpty() ? Health.up().build() : Health.status(DEGRADED).withDetail("errors", errors).build();
	}

}
