package org.communityops.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.communityops.report.BreachedItem;
import org.communityops.report.ComplianceReport;
import org.communityops.report.ComplianceReports;
import org.communityops.report.ReportEdition;
import org.communityops.report.ReportDocuments;
import org.communityops.report.ReportFormat;
import org.communityops.report.ReportScope;
import org.communityops.report.chart.Trend;
import org.communityops.report.chart.TrendChart;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes compliance reports as PDF documents made for the client: the template
 * {@code templates/report/compliance.xhtml} is filled with the report's figures, its
 * breaches and the SVG trend chart, then laid out on A4 pages by openhtmltopdf. The
 * policy texts are shown without the agency's YAML comments and there are no links into
 * Cockpit, so the PDF is the client's edition whichever is asked for. A portfolio is each
 * client's report in turn, after an overview page.
 */
@Component
class CompliancePdfs implements ReportDocuments {

	private final ComplianceReports reports;

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	CompliancePdfs(ComplianceReports reports) {
		this.reports = reports;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/report/");
		resolver.setSuffix(".xhtml");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		this.templates.setTemplateResolver(resolver);
	}

	@Override
	public ReportFormat format() {
		return ReportFormat.PDF;
	}

	@Override
	public ComplianceReport write(ReportScope scope, ReportEdition edition, OutputStream out) throws IOException {
		Section section = section(scope, edition);
		render(List.of(section), List.of(), false, out);
		return section.report();
	}

	@Override
	public List<ComplianceReport> writePortfolio(List<ReportScope> scopes, List<String> notes, ReportEdition edition,
			OutputStream out) throws IOException {
		List<Section> sections = new ArrayList<>();
		for (ReportScope scope : scopes) {
			sections.add(section(scope, edition));
		}
		render(sections, notes, true, out);
		return sections.stream().map(Section::report).toList();
	}

	/** One client's report with what the template shows beside its figures. */
	public record Section(ComplianceReport report, List<BreachedItem> breaches, String chart, PdfText text) {

		/** How many targets missed their objective. */
		public long missed() {
			return report.targetsFailed();
		}

		/** How many targets promise an objective. */
		public long withObjective() {
			return report.targets().stream().filter(target -> target.objective() != null).count();
		}

		public boolean allMet() {
			return missed() == 0;
		}

	}

	private Section section(ReportScope scope, ReportEdition edition) {
		List<BreachedItem> breaches = new ArrayList<>();
		ComplianceReport report = reports.build(scope, breaches::add).in(edition);
		return new Section(report, breaches, TrendChart.svg(Trend.weeksOf(report)), new PdfText(report.zone()));
	}

	private void render(List<Section> sections, List<String> notes, boolean portfolio, OutputStream out)
			throws IOException {
		Context context = new Context();
		context.setVariable("sections", sections);
		context.setVariable("notes", notes);
		context.setVariable("portfolio", portfolio);
		String page = templates.process("compliance", context);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.withHtmlContent(page, null);
		builder.toStream(out);
		builder.run();
	}

}
