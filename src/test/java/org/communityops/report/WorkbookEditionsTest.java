package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.identity.User;
import org.communityops.security.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The agency's and the client's edition of the workbook: the client's has no Cockpit
 * links and no YAML comments in its policy texts, and a client's user gets nothing else;
 * nor in the JSON report.
 */
class WorkbookEditionsTest extends ReportContext {

	private static final String REPORT = "/api/reports/compliance?client=acme&period=2026-10&format=xlsx";

	@Autowired
	TestRestTemplate http;

	/** cleo, acme's user, logs in with a password and her group is in acme's tenant. */
	@BeforeEach
	void clientUser() {
		User cleo = identity.createUserQuery().userId("cleo").singleResult();
		cleo.setPassword("cleo");
		identity.saveUser(cleo);
		if (identity.createTenantQuery().tenantId(AcmeOctober.CLIENT).groupMember("client-acme").count() == 0) {
			identity.createTenantGroupMembership(AcmeOctober.CLIENT, "client-acme");
		}
	}

	@Test
	void clientEditionCarriesNoCockpitLinks() throws IOException {
		byte[] workbook = download(Logins.admin(http), "&edition=client");

		assertThat(allText(workbook).toLowerCase(Locale.ROOT)).doesNotContain("cockpit");
	}

	@Test
	void clientEditionShowsThePolicyWithoutYamlComments() throws IOException {
		byte[] workbook = download(Logins.admin(http), "&edition=client");

		assertThat(policyLines(workbook)).contains("client: acme", "  credit-cap: 20%")
			.noneMatch(line -> line.strip().startsWith("#"));
	}

	@Test
	void agencyEditionKeepsCockpitLinksAndPolicyComments() throws IOException {
		byte[] workbook = download(Logins.admin(http), "");

		assertThat(allText(workbook)).contains("/camunda/app/cockpit/default/#/process-instance/instance-T2");
		assertThat(policyLines(workbook)).anyMatch(line -> line.startsWith("# A hand-built contract"));
	}

	@Test
	void aClientsUserGetsTheClientEditionEvenWhenAskingForTheAgencys() throws IOException {
		byte[] workbook = download(Logins.as(http, "cleo"), "&edition=agency");

		assertThat(allText(workbook).toLowerCase(Locale.ROOT)).doesNotContain("cockpit");
		assertThat(policyLines(workbook)).contains("client: acme").noneMatch(line -> line.strip().startsWith("#"));
	}

	@Test
	void aClientsUserReadsTheJsonReportsPolicyTextWithoutYamlCommentsAndTheAgencyWithThem() throws IOException {
		String report = "/api/reports/compliance?client=acme&period=2026-10&format=json";
		String portfolio = "/api/reports/portfolio?period=2026-10&format=json";

		String agency = policyText(Logins.admin(http), report, "/policies/0/content");
		String client = policyText(Logins.as(http, "cleo"), report, "/policies/0/content");
		String clientsPortfolio = policyText(Logins.as(http, "cleo"), portfolio, "/reports/0/policies/0/content");

		assertThat(agency).contains("# A hand-built contract", "client: acme");
		assertThat(client).contains("client: acme", "  credit-cap: 20%").doesNotContain("#");
		assertThat(clientsPortfolio).isEqualTo(client);
	}

	@Test
	void anUnknownEditionIsABadRequestNamingTheParameterAndTheEditions() throws IOException {
		ResponseEntity<String> response = Logins.admin(http).getForEntity(REPORT + "&edition=internal", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode problem = new ObjectMapper().readTree(response.getBody());
		assertThat(problem.get("field").asText()).isEqualTo("edition");
		assertThat(problem.get("detail").asText())
			.isEqualTo("Unknown edition 'internal'; expected one of agency, client");
	}

	private static String policyText(TestRestTemplate as, String path, String pointer) throws IOException {
		ResponseEntity<String> response = as.getForEntity(path, String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return new ObjectMapper().readTree(response.getBody()).at(pointer).asText();
	}

	private byte[] download(TestRestTemplate as, String edition) {
		ResponseEntity<byte[]> response = as.getForEntity(REPORT + edition, byte[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	/**
	 * Every part of the xlsx file (sheets, shared strings, drawings, relations) as text.
	 */
	private static String allText(byte[] workbook) throws IOException {
		StringBuilder text = new StringBuilder();
		try (OPCPackage parts = OPCPackage.open(new ByteArrayInputStream(workbook))) {
			for (PackagePart part : parts.getParts()) {
				if (part.getContentType().contains("core-properties")) {
					continue; // author and dates only, and POI reads them through getters
								// alone
				}
				try (InputStream in = part.getInputStream()) {
					text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
				}
			}
		}
		catch (InvalidFormatException ex) {
			throw new IOException(ex);
		}
		return text.toString();
	}

	private static List<String> policyLines(byte[] bytes) throws IOException {
		List<String> lines = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Row row : workbook.getSheet("Policy")) {
				Cell first = row.getCell(0);
				if (first != null && first.getCellType() == CellType.STRING) {
					lines.add(first.getStringCellValue());
				}
			}
		}
		return lines;
	}

}
