package org.communityops.sla.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.communityops.identity.ClientAccess;
import org.communityops.identity.VisibleClients;
import org.communityops.sla.clock.ClockViews.ClockView;
import org.communityops.sla.clock.ClockViews.Detail;
import org.communityops.sla.clock.ClockViews.Page;
import org.communityops.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SLA clocks: searched by client, state and target and sorted by time left, one with
 * its log and holders, and the clocks of one task. States are those of
 * {@link ClockStatus}; "now", for time left and open holdings, is read once per request
 * from the application's {@link Clock}. A caller sees the clocks of their clients only;
 * another client's clock answers 404 like a clock that does not exist.
 */
@RestController
@RequestMapping("/api/sla")
class ClockController {

	private final ClockLog log;

	private final ClockSearch search;

	private final Clock clock;

	private final ClientAccess access;

	ClockController(ClockLog log, ClockSearch search, Clock clock, ClientAccess access) {
		this.log = log;
		this.search = search;
		this.clock = clock;
		this.access = access;
	}

	/**
	 * Page parameters are taken as text so that a bad one is a problem naming it, like a
	 * bad state.
	 */
	@GetMapping("/clocks")
	Page clocks(@RequestParam(required = false) String client, @RequestParam(required = false) String state,
			@RequestParam(required = false) String target, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		ClockQuery query = ClockQuery.parse(client, state, target, page, size);
		if (query.client() != null) {
			access.requireVisible(query.client());
		}
		Instant now = clock.instant();
		ClockSearch.Found found = search.find(query, access.visibleClients());
		return new Page(found.clocks().stream().map(c -> ClockView.of(c, now)).toList(), query.page(), query.size(),
				found.total());
	}

	@GetMapping("/clocks/{id}")
	Detail clock(@PathVariable String id) {
		SlaClock found = log.clock(id)
			.filter(c -> access.visibleClients().contains(c.client()))
			.orElseThrow(() -> new NotFoundException("No SLA clock '" + id + "'"));
		return Detail.of(found, log.events(id), clock.instant());
	}

	/**
	 * The task's clocks, oldest first; none (an empty list) for a task nothing times,
	 * that does not exist, or that is another client's.
	 */
	@GetMapping("/tasks/{taskId}")
	List<ClockView> clocksOfTask(@PathVariable String taskId) {
		Instant now = clock.instant();
		VisibleClients visible = access.visibleClients();
		return log.clocksOfTask(taskId)
			.stream()
			.filter(c -> visible.contains(c.client()))
			.sorted(Comparator.comparing(SlaClock::startedAt).thenComparing(SlaClock::targetId))
			.map(c -> ClockView.of(c, now))
			.toList();
	}

}
