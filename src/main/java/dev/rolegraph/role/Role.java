package dev.rolegraph.role;

import java.util.List;

import dev.rolegraph.evidence.Citation;
import dev.rolegraph.i18n.Named;
import dev.rolegraph.i18n.Text;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Property;

/**
 * A job role or a team, with the attributes the articles give and the citations of each. Relationships are not
 * part of the entity: they are loaded per request in batches (see {@link RoleGraph}).
 */
@Node("Role")
public record Role(@Id String id, String kind, String nameEn, @Property("nameId") String nameIndonesian, String descriptionEn,
		@Property("descriptionId") String descriptionIndonesian, List<String> descriptionCites, Boolean descriptionInferred, Integer seniorityRank,
		String seniorityEn, @Property("seniorityId") String seniorityIndonesian, List<String> seniorityCites, Boolean seniorityInferred, Long salaryMin,
		Long salaryMax, String salaryCurrency, String salaryPeriod, String salaryRegion, String salaryReportedBy,
		List<String> salaryCites, Boolean salaryInferred, String audienceEn, @Property("audienceId") String audienceIndonesian,
		List<String> audienceCites, Boolean audienceInferred, String accountPracticeEn, @Property("accountPracticeId") String accountPracticeIndonesian,
		List<String> accountPracticeCites, Boolean accountPracticeInferred) implements Named {

	/** A statement about a role with its evidence. */
	public record Statement(Text text, boolean inferred, List<Citation> citations) {
	}

	/** Relative seniority: a higher rank is more senior. */
	public record Seniority(int rank, Text explanation, boolean inferred, List<Citation> citations) {
	}

	/** A salary range as reported. */
	public record Salary(long min, long max, String currency, String period, String region, String reportedBy,
			boolean inferred, List<Citation> citations) {
	}

	public List<Citation> descriptionCitations() {
		return Citation.parseAll(this.descriptionCites, Boolean.TRUE.equals(this.descriptionInferred));
	}

	public Seniority seniority() {
		return this.seniorityRank == null ? null
				: new Seniority(this.seniorityRank, Text.of(this.seniorityEn, this.seniorityIndonesian),
						Boolean.TRUE.equals(this.seniorityInferred),
						Citation.parseAll(this.seniorityCites, Boolean.TRUE.equals(this.seniorityInferred)));
	}

	public Salary salary() {
		return this.salaryMin == null ? null
				: new Salary(this.salaryMin, this.salaryMax, this.salaryCurrency, this.salaryPeriod, this.salaryRegion,
						this.salaryReportedBy, Boolean.TRUE.equals(this.salaryInferred),
						Citation.parseAll(this.salaryCites, Boolean.TRUE.equals(this.salaryInferred)));
	}

	public Statement audience() {
		return statement(this.audienceEn, this.audienceIndonesian, this.audienceCites, this.audienceInferred);
	}

	public Statement accountPractice() {
		return statement(this.accountPracticeEn, this.accountPracticeIndonesian, this.accountPracticeCites,
				this.accountPracticeInferred);
	}

	private static Statement statement(String en, String id, List<String> cites, Boolean inferred) {
		return en == null ? null
				: new Statement(Text.of(en, id), Boolean.TRUE.equals(inferred),
						Citation.parseAll(cites, Boolean.TRUE.equals(inferred)));
	}

}
