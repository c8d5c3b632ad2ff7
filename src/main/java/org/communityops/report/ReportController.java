package org.communityops.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Principal;
import java.util.Arrays;

import org.communityops.identity.ClientAccess;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Compliance reports as downloads: one client and period, or a portfolio of clients. The
 * report is written to a temporary file first and sent once complete, so a failure is an
 * error response, never a truncated file; the file is deleted once sent.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

	private final ReportScopes scopes;

	private final PortfolioScopes portfolios;

	private final ReportWriter writer;

	private final ClientAccess access;

	ReportController(ReportScopes scopes, PortfolioScopes portfolios, ReportWriter writer, ClientAccess access) {
		this.scopes = scopes;
		this.portfolios = portfolios;
		this.writer = writer;
		this.access = access;
	}

	/**
	 * @param edition {@code agency} or {@code client}; see
	 * {@link ReportEdition#forCaller}
	 */
	@GetMapping("/compliance")
	ResponseEntity<Resource> compliance(@RequestParam(required = false) String client,
			@RequestParam(required = false) String period, @RequestParam(required = false) String format,
			@RequestParam(required = false) String edition) throws IOException {
		requireReportsOf(client);
		ReportFormat as = ReportFormat.parse(format, ReportFormat.XLSX);
		ReportEdition made = ReportEdition.forCaller(access.caller(), edition);
		ReportScope scope = scopes.resolve(client, period);
		return send(writer.of(scope, as, made), as, "compliance-" + scope.client() + "-" + scope.period().label());
	}

	/**
	 * @param clients comma-separated client slugs; without it, the caller's portfolio
	 * @param edition {@code agency} or {@code client}; see
	 * {@link ReportEdition#forCaller}
	 */
	@GetMapping("/portfolio")
	ResponseEntity<Resource> portfolio(@RequestParam(required = false) String period,
			@RequestParam(required = false) String format, @RequestParam(required = false) String clients,
			@RequestParam(required = false) String edition, Principal caller) throws IOException {
		if (clients != null) {
			Arrays.stream(clients.split(","))
				.map(String::trim)
				.filter(named -> !named.isEmpty())
				.forEach(this::requireReportsOf);
		}
		ReportFormat as = ReportFormat.parse(format, ReportFormat.XLSX);
		ReportEdition made = ReportEdition.forCaller(access.caller(), edition);
		PortfolioScope portfolio = portfolios.resolve(caller, clients, period);
		return send(writer.of(portfolio, as, made), as, "portfolio-" + portfolio.period());
	}

	/**
	 * Another client's report does not exist for the caller (404), whether that client
	 * exists or not; a role without reports gets 403. A missing client is left to
	 * {@link ReportScopes}, which names the field.
	 */
	private void requireReportsOf(String client) {
		if (client != null && !client.isBlank()) {
			access.requireReportsOf(client.trim());
		}
	}

	private ResponseEntity<Resource> send(ReportWriter.Writing writing, ReportFormat format, String name)
			throws IOException {
		Path file = writer.toTemporaryFile(writing);
		long size = Files.size(file);
		InputStream in = Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.contentLength(size)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format.extension()).build().toString())
			.body(new InputStreamResource(in));
	}

}
