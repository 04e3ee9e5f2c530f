package vn.camau.reform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import vn.camau.reform.AppTest;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.demo.generator.DemoGenerator;
import vn.camau.reform.demo.generator.DemoOfficer;
import vn.camau.reform.demo.generator.DemoProcedure;
import vn.camau.reform.demo.generator.DemoReference;
import vn.camau.reform.demo.generator.DemoUnit;
import vn.camau.reform.demo.query.DemoReferenceQuery;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierEventRecord;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierTiming;
import vn.camau.reform.dossier.OpenTiming;
import vn.camau.reform.dossier.Timing;

/**
 * The generator in memory (no writes), over the seeded units, catalogue and calendar: determinism,
 * calibration against DOMAIN §5, the calendar, and the July 2025 reorganisation.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoGeneratorTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 10, 30);
    static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    static final int SAMPLE = 60_000;

    @Autowired
    DemoReferenceQuery referenceQuery;
    @Autowired
    CalendarService calendarService;

    DemoReference reference;
    WorkingCalendar calendar;
    List<DossierRecord> sample;
    Map<Long, DemoUnit> units;
    Map<Long, DemoProcedure> procedures;

    @BeforeAll
    void generateSample() {
        reference = referenceQuery.load();
        calendar = calendarService.calendar();
        sample = generator(42, SAMPLE).generateAll();
        units = reference.units().stream().collect(Collectors.toMap(DemoUnit::id, u -> u));
        procedures = reference.procedures().stream().collect(Collectors.toMap(DemoProcedure::id, p -> p));
    }

    DemoGenerator generator(long seed, int size) {
        return new DemoGenerator(reference, calendar, seed, size, NOW, 1, 1);
    }

    @Test
    void theSameSeedAndSizeGiveTheSameData() {
        List<DossierRecord> again = generator(42, SAMPLE).generateAll();
        assertThat(again).hasSize(SAMPLE);
        assertThat(again).isEqualTo(sample);
        assertThat(generator(42, SAMPLE).officers()).isEqualTo(generator(42, SAMPLE).officers());

        List<DossierRecord> otherSeed = generator(43, 5_000).generateAll();
        assertThat(otherSeed.stream().map(DossierRecord::code).toList())
                .isNotEqualTo(generator(42, 5_000).generateAll().stream().map(DossierRecord::code).toList());
    }

    @Test
    void codesAreUniqueAndShaped() {
        Set<String> codes = new HashSet<>();
        sample.forEach(d -> assertThat(codes.add(d.code())).as(d.code()).isTrue());
        assertThat(sample).allSatisfy(d -> assertThat(d.code()).matches("H9[56]\\.[0-9A-Z.]+-\\d{6}-\\d{4,}"));
        assertThat(codes).anyMatch(c -> c.startsWith("H96.32002-25"));
    }

    @Test
    void onlyWorkingDaysReceive() {
        assertThat(sample).allSatisfy(d ->
                assertThat(calendar.isWorkingDay(d.receivedAt().toLocalDate())).as(d.code()).isTrue());
        assertThat(sample).allSatisfy(d -> assertThat(d.receivedAt()).isAfterOrEqualTo(LocalDate.of(2023, 1, 1).atStartOfDay())
                .isBeforeOrEqualTo(NOW));
    }

    @Test
    void unitsFollowTheJuly2025Reorganisation() {
        for (DossierRecord d : sample) {
            DemoUnit handling = units.get(d.handlingUnitId());
            DemoUnit receiving = units.get(d.receivingUnitId());
            LocalDate day = d.receivedAt().toLocalDate();
            String level = procedures.get(d.procedureId()).level();
            assertThat(handling.isValidOn(day)).as(d.code()).isTrue();
            switch (level) {
                case "PROVINCE" -> {
                    assertThat(receiving.id()).isEqualTo(10);
                    assertThat(handling.id()).isBetween(10L, 23L);
                }
                case "DISTRICT" -> assertThat(handling.id()).isBetween(day.isBefore(JULY_2025) ? 200L : 100L,
                        day.isBefore(JULY_2025) ? 215L : 163L);
                default -> assertThat(handling.id()).isBetween(day.isBefore(JULY_2025) ? 300L : 100L,
                        day.isBefore(JULY_2025) ? 463L : 163L);
            }
        }
    }

    @Test
    void volumesPerLevelFollow2023() {
        Map<String, Long> perLevel = sample.stream()
                .collect(Collectors.groupingBy(d -> procedures.get(d.procedureId()).level(), Collectors.counting()));
        double total = 70_515 + 102_471 + 133_502;
        assertThat(perLevel.get("PROVINCE") / (double) SAMPLE).isCloseTo(70_515 / total, within(0.01));
        assertThat(perLevel.get("DISTRICT") / (double) SAMPLE).isCloseTo(102_471 / total, within(0.01));
        assertThat(perLevel.get("COMMUNE") / (double) SAMPLE).isCloseTo(133_502 / total, within(0.01));
    }

    @Test
    void calibratedToTheProvincesFigures() {
        List<DossierRecord> received = sample.stream().filter(d -> d.state().isReceived()).toList();
        List<DossierRecord> resolved = received.stream().filter(d -> d.resolvedAt() != null).toList();
        double onTime = share(resolved, d -> d.timing() != Timing.LATE);
        assertThat(onTime).isBetween(0.9980, 0.99985);
        assertThat(share(resolved, d -> d.timing() == Timing.EARLY)).isBetween(0.35, 0.75);
        assertThat(share(resolved, d -> d.timing() == Timing.ON_TIME)).isBetween(0.25, 0.65);
        assertThat(resolved).anyMatch(d -> d.timing() == Timing.LATE);

        assertThat(share(received, d -> d.channel() == Channel.ONLINE)).isCloseTo(0.8281, within(0.015));
        assertThat(share(received, d -> d.channel() == Channel.POSTAL)).isBetween(0.003, 0.02);
        List<DossierRecord> withFee = received.stream().filter(d -> d.service().hasFee()).toList();
        assertThat(share(withFee, d -> d.service().paidOnline())).isCloseTo(0.7542, within(0.02));

        Map<String, Double> digitised = Map.of("PROVINCE", 0.7807, "DISTRICT", 0.7684, "COMMUNE", 0.6929);
        digitised.forEach((level, rate) -> assertThat(share(resolved.stream()
                        .filter(d -> procedures.get(d.procedureId()).level().equals(level)).toList(),
                d -> d.service().digitised()))
                .as(level).isCloseTo(rate, within(0.02)));

        List<DossierRecord> rated = resolved.stream().filter(d -> d.service().rating() != null).toList();
        assertThat(rated.size() / (double) resolved.size()).isBetween(0.25, 0.5);
        assertThat(share(rated, d -> d.service().rating().isSatisfied())).isCloseTo(0.9205, within(0.015));
        assertThat(share(resolved, d -> d.service().returnedHome())).isBetween(0.03, 0.15);
        assertThat(sample).anyMatch(d -> d.state() == DossierState.REFUSED_AT_RECEPTION)
                .anyMatch(d -> d.state() == DossierState.WITHDRAWN).anyMatch(d -> d.state() == DossierState.STOPPED)
                .anyMatch(d -> d.events().stream().anyMatch(e -> e.state() == DossierState.SUPPLEMENT_REQUESTED));
    }

    @Test
    void onTimePerLevelFollows2023() {
        // with a larger sample, since the late shares are per mille
        List<DossierRecord> big = generator(7, 200_000).generateAll();
        Map<String, Double> expected = Map.of("PROVINCE", 0.9999, "DISTRICT", 0.9989, "COMMUNE", 0.9994);
        expected.forEach((level, rate) -> {
            List<DossierRecord> resolved = big.stream().filter(d -> d.resolvedAt() != null && d.state().isReceived())
                    .filter(d -> procedures.get(d.procedureId()).level().equals(level)).toList();
            assertThat(share(resolved, d -> d.timing() != Timing.LATE)).as(level).isCloseTo(rate, within(0.0006));
        });
    }

    @Test
    void timingAndLatenessFollowTheRules() {
        for (DossierRecord d : sample) {
            assertThat(d.dueDate()).isAfterOrEqualTo(d.appointmentDate());
            if (d.resolvedAt() != null) {
                LocalDate resolved = d.resolvedAt().toLocalDate();
                assertThat(d.lateWorkingDays()).as(d.code())
                        .isEqualTo(DossierTiming.workingDaysLate(calendar, d.dueDate(), resolved));
                assertThat(d.finishedAt()).isEqualTo(d.resolvedAt());
            }
            if (d.timing() == Timing.LATE) {
                assertThat(d.responsible().officerId()).as(d.code()).isNotNull();
                assertThat(d.responsible().step()).isNotNull();
                // exactly one step ran past its share, and it is the one named
                List<DossierEventRecord> overran = overranSteps(d);
                assertThat(overran).as(d.code()).hasSize(1);
                assertThat(overran.getFirst().officerId()).isEqualTo(d.responsible().officerId());
                assertThat(overran.getFirst().stepName()).isEqualTo(d.responsible().step());
            } else if (d.resolvedAt() != null) {
                assertThat(overranSteps(d)).as(d.code()).isEmpty();
            }
            if (d.state().isOpen()) {
                DossierEventRecord last = d.events().getLast();
                assertThat(d.responsible().officerId()).isEqualTo(last.officerId());
                assertThat(d.responsible().unitId()).isEqualTo(last.unitId());
            }
            assertThat(d.events()).isNotEmpty().allSatisfy(e -> assertThat(e.eventAt()).isBeforeOrEqualTo(NOW));
            for (int i = 1; i < d.events().size(); i++) {
                assertThat(d.events().get(i).eventAt()).as(d.code()).isAfterOrEqualTo(d.events().get(i - 1).eventAt());
            }
        }
        Map<Integer, Long> eventsPerDossier = sample.stream().filter(d -> d.state() == DossierState.RETURNED)
                .collect(Collectors.groupingBy(d -> d.events().size(), Collectors.counting()));
        long threeToFive = eventsPerDossier.entrySet().stream().filter(e -> e.getKey() >= 3 && e.getKey() <= 5)
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(threeToFive / (double) eventsPerDossier.values().stream().mapToLong(x -> x).sum()).isGreaterThan(0.95);
    }

    private static List<DossierEventRecord> overranSteps(DossierRecord d) {
        List<DossierEventRecord> events = d.events();
        return java.util.stream.IntStream.range(0, events.size() - 1)
                .filter(i -> events.get(i).stepDueDate() != null
                        && events.get(i + 1).eventAt().toLocalDate().isAfter(events.get(i).stepDueDate()))
                .mapToObj(events::get).toList();
    }

    @Test
    void todayHasAHandfulOfOverdueAndDueSoonDossiersInSeveralCommunes() {
        List<DossierRecord> open = sample.stream().filter(d -> d.state().isOpen()).toList();
        Map<Long, List<DossierRecord>> overdue = open.stream()
                .filter(d -> DossierTiming.openTiming(calendar, d.dueDate(), NOW.toLocalDate(), 1) == OpenTiming.OVERDUE)
                .collect(Collectors.groupingBy(DossierRecord::handlingUnitId));
        Map<Long, List<DossierRecord>> dueSoon = open.stream()
                .filter(d -> DossierTiming.openTiming(calendar, d.dueDate(), NOW.toLocalDate(), 1) == OpenTiming.DUE_SOON)
                .collect(Collectors.groupingBy(DossierRecord::handlingUnitId));
        assertThat(overdue.get(100L)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(dueSoon.get(100L)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(overdue.keySet().stream().filter(id -> id >= 100 && id <= 163)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(overdue.values().stream().mapToInt(List::size).sum()).isBetween(8, 40);
        assertThat(open.stream().filter(d -> DossierTiming.openTiming(calendar, d.dueDate(), NOW.toLocalDate(), 1)
                == OpenTiming.ON_TRACK)).hasSizeGreaterThan(50);
        // whoever holds an overdue dossier is named
        overdue.values().stream().flatMap(List::stream).forEach(d -> {
            assertThat(d.responsible().officerId()).isNotNull();
            assertThat(d.openDueDate()).isEqualTo(d.dueDate());
        });
    }

    @Test
    void officersStaffEveryUnitThatHandlesDossiers() {
        List<DemoOfficer> officers = generator(42, 10).officers();
        Set<Long> staffed = officers.stream().map(DemoOfficer::unitId).collect(Collectors.toSet());
        Set<Long> handling = sample.stream().map(DossierRecord::handlingUnitId).collect(Collectors.toSet());
        assertThat(staffed).containsAll(handling);
        assertThat(officers).extracting(DemoOfficer::code).doesNotHaveDuplicates();
        assertThat(officers).extracting(DemoOfficer::position)
                .contains("Công chức Tư pháp – Hộ tịch", "Công chức Địa chính – Xây dựng", "Phó Chủ tịch UBND",
                        "Chuyên viên");
        assertThat(officers).filteredOn(o -> o.unitId() >= 300).allMatch(o -> !o.active());
        assertThat(officers).filteredOn(o -> o.unitId() == 100).anyMatch(DemoOfficer::oneStopDesk);
    }

    private static double share(List<DossierRecord> list, Predicate<DossierRecord> p) {
        return list.stream().filter(p).count() / (double) list.size();
    }
}
