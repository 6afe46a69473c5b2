package dev.rolegraph.career;

import java.util.List;

import dev.rolegraph.catalog.Platform;
import dev.rolegraph.catalog.Responsibility;
import dev.rolegraph.catalog.Tool;
import dev.rolegraph.evidence.Citation;
import dev.rolegraph.role.Role;
import dev.rolegraph.skill.Skill;

/** The answers to the career questions; each item wraps the thing it describes with its evidence. */
final class Answers {

	private Answers() {
	}

	record ComparedSkill(Skill skill, Boolean essentialInA, Boolean essentialInB, List<Citation> citations) {
	}

	record ComparedTool(Tool tool, List<Citation> citations) {
	}

	record ComparedResponsibility(Responsibility responsibility, List<Citation> citations) {
	}

	record ComparedPlatform(Platform platform, List<Citation> citations) {
	}

	/** Items of both roles, of only the first and of only the second. */
	record Split<T>(List<T> shared, List<T> onlyInA, List<T> onlyInB) {

		int union() {
			return this.shared.size() + this.onlyInA.size() + this.onlyInB.size();
		}

	}

	record RoleComparison(Role a, Role b, Split<ComparedSkill> skills, Split<ComparedTool> tools,
			Split<ComparedResponsibility> responsibilities, Split<ComparedPlatform> platforms) {

		public List<ComparedSkill> sharedSkills() {
			return this.skills.shared();
		}

		public List<ComparedSkill> onlyInA() {
			return this.skills.onlyInA();
		}

		public List<ComparedSkill> onlyInB() {
			return this.skills.onlyInB();
		}

		public List<ComparedTool> sharedTools() {
			return this.tools.shared();
		}

		public List<ComparedTool> toolsOnlyInA() {
			return this.tools.onlyInA();
		}

		public List<ComparedTool> toolsOnlyInB() {
			return this.tools.onlyInB();
		}

		public List<ComparedResponsibility> sharedResponsibilities() {
			return this.responsibilities.shared();
		}

		public List<ComparedResponsibility> responsibilitiesOnlyInA() {
			return this.responsibilities.onlyInA();
		}

		public List<ComparedResponsibility> responsibilitiesOnlyInB() {
			return this.responsibilities.onlyInB();
		}

		public List<ComparedPlatform> sharedPlatforms() {
			return this.platforms.shared();
		}

		public List<ComparedPlatform> platformsOnlyInA() {
			return this.platforms.onlyInA();
		}

		public List<ComparedPlatform> platformsOnlyInB() {
			return this.platforms.onlyInB();
		}

		public double skillJaccard() {
			return this.skills.union() == 0 ? 0 : (double) this.skills.shared().size() / this.skills.union();
		}

	}

	record MissingSkill(Skill skill, boolean essential, List<Role> heldBy, int heldByCount, List<Citation> citations) {
	}

	record CoveredSkill(Skill skill, boolean essential, List<Citation> citations) {
	}

	record SkillGap(Role target, Role from, List<MissingSkill> missing, List<CoveredSkill> covered) {

		public double coverage() {
			int total = this.missing.size() + this.covered.size();
			return total == 0 ? 1 : (double) this.covered.size() / total;
		}

		public double essentialCoverage() {
			long covered = this.covered.stream().filter(CoveredSkill::essential).count();
			long total = covered + this.missing.stream().filter(MissingSkill::essential).count();
			return total == 0 ? 1 : (double) covered / total;
		}

	}

	enum Move {

		ADVANCEMENT, LATERAL, STEP_DOWN, UNKNOWN

	}

	enum Via {

		CAREER_STEP, REPORTING_LINE, SIMILARITY, SAME_OCCUPATION

	}

	/** The kinds of moves a career path may use. */
	enum MoveKind {

		STATED, INFERRED, SIMILARITY

	}

	/** A skill both roles of a similarity move require, with each role's cited requirement. */
	record SharedRequirement(Skill skill, List<Citation> fromCitations, List<Citation> toCitations) {
	}

	/** One way a move is known: a career step, a reporting line or a similarity move, with its evidence. */
	record StepWay(Via via, boolean inferred, List<Citation> citations, Double score,
			List<SharedRequirement> sharedSkills) {
	}

	/** A step; {@code via}, {@code inferred} and {@code citations} are those of its first (best) way. */
	record CareerStep(Role role, Move move, Via via, List<Skill> learn, boolean inferred, List<Citation> citations,
			List<StepWay> ways) {
	}

	record CareerPath(List<CareerStep> steps, int newSkills, int length, int targetGap, int movesNotStated) {

		/** Skills the roles in between require beyond the start's and the target's. */
		public int addedAlongTheWay() {
			return this.newSkills - this.targetGap;
		}

	}

	/** The ways, the direct move and the roles on the way, for careerRoute. */
	record CareerRoute(Role from, Role to, List<CareerPath> paths, DirectMove direct, List<CloserRole> closer) {
	}

	record DirectMove(List<SkillNeed> skills) {

		public int skillsToLearn() {
			return this.skills.size();
		}

		public int essentialToLearn() {
			return (int) this.skills.stream().filter(SkillNeed::essential).count();
		}

	}

	record CloserRole(Role role, int learnToReach, int learnFromThere, int sharesOfDirect, Double moveScore) {
	}

	record SimilarRole(Role role, double score, double skillOverlap, double toolOverlap, double responsibilityOverlap,
			List<Skill> sharedSkills, List<Tool> sharedTools, List<Responsibility> sharedResponsibilities,
			List<SharedRequirement> sharedRequirements, Double moveScore) {
	}

	record SkillNeed(Skill skill, boolean essential) {
	}

	record RoleMatch(Role role, double essentialCoverage, double optionalCoverage, List<Skill> covered,
			List<SkillNeed> missing) {
	}

	record ChainLink(Role role, int depth, Role via, boolean inferred, List<Citation> citations) {
	}

	record ReportingChain(Role role, List<ChainLink> above, List<ChainLink> below) {
	}

}
