package vn.camau.reform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The direction of the packages (README "Package layout"): shell and dashboard on top, then the
 * features, then the foundations they share (units, officers, calendar, notifications, security),
 * then base. Kept apart from {@link ArchitectureTest} so {@code BoundariesTest} can show that each rule
 * fails on a deliberate violation.
 */
final class Boundaries {

    static final String ROOT = "vn.camau.reform";
    static final List<String> FEATURES = List.of("dossier", "hotline", "apology", "evaluation", "ingest", "account",
            "demo");
    static final List<String> FOUNDATIONS = List.of("adminunit", "officer", "calendar", "notification", "security");
    static final List<String> TOP = List.of("dashboard", "shell");

    private Boundaries() {
    }

    private static String[] packages(List<String> slices) {
        return slices.stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new);
    }

    private static String[] packages(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).map(s -> ROOT + "." + s + "..")
                .toArray(String[]::new);
    }

    /** base is the floor: it knows no part of the application above it. */
    static final ArchRule baseKnowsNothingAbove = noClasses().that().resideInAPackage(ROOT + ".base..")
            .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES, join(FOUNDATIONS, TOP)))
            .because("base is shared by everyone and so may depend on no one");

    /** The foundations serve the features and never reach up into them. */
    static final ArchRule foundationsKnowNoFeature = noClasses().that().resideInAnyPackage(packages(FOUNDATIONS))
            .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES, TOP))
            .because("units, officers, the calendar, notifications and security sit below every feature");

    /** Reporting composes the features; no feature depends on it (or on the shell). */
    static final ArchRule featuresKnowNoDashboard = noClasses().that().resideInAnyPackage(packages(FEATURES))
            .should().dependOnClassesThat().resideInAnyPackage(packages(TOP))
            .because("dashboard composes what each feature exposes, never the other way round");

    /**
     * A feature's queries and repositories are its own. What others may build their SQL with is published
     * as a class named {@code *Condition(s)} (HotlineConditions, DossierConditions, ScopeCondition...);
     * base's shared stores (settings, the closed-figures counter) are base's.
     */
    static final ArchRule noForeignQueriesOrRepositories = classes().that().resideInAPackage(ROOT + "..")
            .and().resideOutsideOfPackage(ROOT + ".jooq..")
            .should(new ArchCondition<JavaClass>("use no other feature's query or repository package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String from = slice(origin.getPackageName());
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass();
                        Matcher m = STORE.matcher(target.getPackageName());
                        if (m.matches() && !m.group(1).equals(from) && !m.group(1).equals("base")
                                && !published(target)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    /** Filters are what a screen asks a service for: records in the feature's root, not in its SQL packages. */
    static final ArchRule filtersLiveInTheFeatureRoot = classes().that().areRecords().and().areTopLevelClasses().and().haveSimpleNameEndingWith("Filter")
            .should().resideOutsideOfPackages("..query..", "..repository..", "..ui..");

    private static final Pattern STORE = Pattern.compile(Pattern.quote(ROOT) + "\\.([a-z]+)(\\..+)?\\.(query|repository)(\\..+)?");

    private static boolean published(JavaClass target) {
        JavaClass outer = target;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getSimpleName().endsWith("Condition") || outer.getSimpleName().endsWith("Conditions");
    }

    static String slice(String packageName) {
        String rest = packageName.startsWith(ROOT + ".") ? packageName.substring(ROOT.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static List<String> join(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
