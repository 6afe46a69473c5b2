package dev.rolegraph.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The floors of ARCHITECTURE.md, checked on the compiled main classes so that the text stays true. */
class ArchitectureTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.rolegraph");

	@Test
	void eachFloorOnlyUsesTheFloorsBelowIt() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Vocabulary").definedBy("dev.rolegraph.vocabulary..", "dev.rolegraph.i18n..")
			.layer("Evidence").definedBy("dev.rolegraph.evidence..")
			.layer("Database").definedBy("dev.rolegraph.database..")
			.layer("Api").definedBy("dev.rolegraph.api..")
			.layer("Catalogue").definedBy("dev.rolegraph.role..", "dev.rolegraph.skill..", "dev.rolegraph.catalog..")
			.layer("Seed").definedBy("dev.rolegraph.seed..", "dev.rolegraph.taxonomy..")
			.layer("Questions").definedBy("dev.rolegraph.career..", "dev.rolegraph.insight..", "dev.rolegraph.search..")
			.layer("Curation").definedBy("dev.rolegraph.curation..")
			.layer("Edge").definedBy("dev.rolegraph.security..", "dev.rolegraph.limits..", "dev.rolegraph.graphiql..",
					"dev.rolegraph.analyst..", "dev.rolegraph.http..")
			.whereLayer("Curation").mayNotBeAccessedByAnyLayer()
			.whereLayer("Questions").mayNotBeAccessedByAnyLayer()
			.whereLayer("Seed").mayNotBeAccessedByAnyLayer()
			.whereLayer("Edge").mayNotBeAccessedByAnyLayer()
			.whereLayer("Catalogue").mayOnlyBeAccessedByLayers("Questions", "Curation")
			.whereLayer("Api").mayOnlyBeAccessedByLayers("Catalogue", "Questions", "Curation", "Edge")
			.whereLayer("Database").mayOnlyBeAccessedByLayers("Api", "Catalogue", "Seed", "Questions", "Curation", "Edge")
			.whereLayer("Evidence").mayOnlyBeAccessedByLayers("Database", "Api", "Catalogue", "Seed", "Questions",
					"Curation")
			.check(MAIN);
	}

	@Test
	void featuresDoNotDependOnEachOtherInCircles() {
		slices().matching("dev.rolegraph.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void careerQuestionsNeverTouchCuration() {
		noClasses().that()
			.resideInAnyPackage("dev.rolegraph.career..", "dev.rolegraph.insight..", "dev.rolegraph.search..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.rolegraph.curation..", "dev.rolegraph.seed..")
			.check(MAIN);
	}

	@Test
	void controllersLeaveTheDatabaseToTheGraphClasses() {
		noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.driver..", "org.springframework.data.neo4j.core..")
			.because("Cypher lives in the *Graph classes and repositories; controllers call one method of them")
			.check(MAIN);
	}

	@Test
	void servicesDoNotWriteCypher() {
		noClasses().that()
			.haveSimpleNameEndingWith("Service")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.data.neo4j.core.Neo4jClient")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("dev.rolegraph.database.GraphReads")
			.because("each question's Cypher is kept in one *Graph class, named for the question")
			.check(MAIN);
	}

	@Test
	void theEmbeddedDatabaseIsOnlyStartedByTheDatabaseFloor() {
		noClasses().that()
			.resideOutsideOfPackage("dev.rolegraph.database..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.graphdb..", "org.neo4j.configuration..")
			.because("every other class reaches Neo4j through the driver, as it would reach an external server")
			.check(MAIN);
	}

}
