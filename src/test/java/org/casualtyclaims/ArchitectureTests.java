package org.casualtyclaims;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package-by-feature rules, checked on every build: a change to one feature should
 * not ripple through the plumbing or another feature's tables.
 */
class ArchitectureTests {

	// shared plumbing: HTTP, settings, database access
	private static final String[] PLUMBING = { "org.casualtyclaims.web..", "org.casualtyclaims.config..",
			"org.casualtyclaims.persistence..", "org.casualtyclaims.transfer.." };

	private static final String[] FEATURES = { "org.casualtyclaims.alert..", "org.casualtyclaims.analysis..",
			"org.casualtyclaims.apikey..", "org.casualtyclaims.change..", "org.casualtyclaims.claim..",
			"org.casualtyclaims.dashboard..", "org.casualtyclaims.delta..", "org.casualtyclaims.extraction..",
			"org.casualtyclaims.idempotency..", "org.casualtyclaims.metrics..", "org.casualtyclaims.openapi..",
			"org.casualtyclaims.ratelimit..", "org.casualtyclaims.report..", "org.casualtyclaims.series..",
			"org.casualtyclaims.stream.." };

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.casualtyclaims");

	@Test
	void packagesFormNoCycle() {
		ArchRule rule = slices().matching("org.casualtyclaims.(*)..").should().beFreeOfCycles();
		rule.check(MAIN);
	}

	@Test
	void plumbingKnowsNoFeature() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(PLUMBING)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.because("web/, config/ and persistence/ serve every feature, so none may know one");
		rule.check(MAIN);
	}

	@Test
	void everyPackageIsPlumbingOrAFeature() {
		ArchRule rule = classes().that()
			.resideOutsideOfPackage("org.casualtyclaims")
			.should()
			.resideInAnyPackage(concat(PLUMBING, FEATURES))
			.because("a new package must be placed on one side of the rules above");
		rule.check(MAIN);
	}

	@Test
	void featuresTalkThroughServices() {
		ArchRule rule = classes().that()
			.haveSimpleNameEndingWith("Repository")
			.should(beUsedOnlyInTheirOwnPackage())
			.because("another feature's rows are reached through its service, not its repository");
		rule.check(MAIN);
	}

	@Test
	void repositoriesAreNotPublic() {
		ArchRule rule = classes().that()
			.haveSimpleNameEndingWith("Repository")
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.because("package-private repositories make the rule above hold at compile time");
		rule.check(MAIN);
	}

	private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
		return new ArchCondition<>("be used only in their own package") {

			@Override
			public void check(JavaClass repository, ConditionEvents events) {
				repository.getDirectDependenciesToSelf().forEach((dependency) -> {
					JavaClass user = dependency.getOriginClass();
					if (!user.getPackageName().equals(repository.getPackageName())) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				});
			}

		};
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
