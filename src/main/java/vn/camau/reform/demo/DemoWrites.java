package vn.camau.reform.demo;

import java.util.List;

import vn.camau.reform.apology.ApologyBulkWriter;
import vn.camau.reform.demo.generator.DemoApologies;
import vn.camau.reform.demo.generator.DemoEvaluations;
import vn.camau.reform.demo.generator.DemoHotline;
import vn.camau.reform.demo.generator.DemoOfficer;
import vn.camau.reform.evaluation.EvaluationBulkWriter;
import vn.camau.reform.hotline.HotlineBulkWriter;
import vn.camau.reform.officer.OfficerBulkWriter;

/**
 * The generator's plans as the rows each feature's bulk writer takes. The generator keeps rows of its
 * own (its tests and the story it tells read them); each feature keeps the say over how its rows reach
 * its tables. Field for field, in the same order, so the rows written are those planned.
 */
final class DemoWrites {

    private DemoWrites() {
    }

    static void officers(OfficerBulkWriter writer, List<DemoOfficer> officers) {
        writer.insert(officers.stream().map(o -> new OfficerBulkWriter.Officer(o.id(), o.code(), o.fullName(),
                o.unitId(), o.position(), o.oneStopDesk(), o.active())).toList());
    }

    static int apologies(ApologyBulkWriter writer, DemoApologies.Plan plan) {
        return writer.insert(
                plan.letters().stream().map(l -> new ApologyBulkWriter.Letter(l.id(), l.dossierId(), l.unitId(),
                        l.state(), l.reason(), l.originalDueDate(), l.newDueDate(), l.channel(), l.declaredLate(),
                        l.letterNumber(), l.numberYear(), l.numberSeq(), l.signerName(), l.signerTitle(),
                        l.issuedOn(), l.issueDeadline(), l.sentAt(), l.publishedAt(), l.publishedWhere(),
                        l.createdBy(), l.createdAt())).toList(),
                plan.steps().stream().map(s -> new ApologyBulkWriter.Step(s.id(), s.apologyId(), s.action(),
                        s.userId(), s.actedAt(), s.comment(), s.channel())).toList());
    }

    static int hotline(HotlineBulkWriter writer, DemoHotline.Plan plan) {
        return writer.insert(
                plan.reports().stream().map(r -> new HotlineBulkWriter.Report(r.id(), r.code(), r.year(), r.seq(),
                        r.channel(), r.receivedAt(), r.anonymous(), r.reporterName(), r.reporterPhone(),
                        r.reporterEmail(), r.category(), r.unitId(), r.officerId(), r.dossierId(), r.description(),
                        r.state(), r.assignDueDate(), r.dueDate(), r.assignedUnitId(), r.assigneeId(),
                        r.assignedAt(), r.answerText(), r.answerChannel(), r.answeredAt(), r.answeredBy(),
                        r.satisfaction(), r.conclusion(), r.officerAction(), r.conclusionNote(), r.concludedBy(),
                        r.concludedAt(), r.closedAt(), r.reopenCount(), r.createdBy(), r.createdAt(),
                        r.updatedBy(), r.updatedAt(), r.version())).toList(),
                plan.events().stream().map(e -> new HotlineBulkWriter.Event(e.id(), e.reportId(), e.action(),
                        e.userId(), e.actedAt(), e.details(), e.changes())).toList(),
                plan.rounds().stream().map(r -> new HotlineBulkWriter.AnswerRound(r.reportId(), r.roundNo(),
                        r.openedAt(), r.dueDate(), r.answeredAt(), r.satisfaction(), r.satisfactionAt(),
                        r.conclusion(), r.concludedAt(), r.reopenedAt())).toList());
    }

    static void evaluations(EvaluationBulkWriter writer, DemoEvaluations.Plan plan) {
        writer.insert(new EvaluationBulkWriter.Batch(plan.managers(),
                plan.disciplines().stream().map(d -> new EvaluationBulkWriter.Discipline(d.officerId(),
                        d.decidedOn(), d.form(), d.decisionNumber(), d.note(), d.createdBy(), d.createdAt())).toList(),
                plan.cycles().stream().map(c -> new EvaluationBulkWriter.Cycle(c.id(), c.unitId(), c.ruleSetId(),
                        c.frequency(), c.start(), c.end(), c.selfDeadline(), c.approveDeadline(), c.state(),
                        c.createdBy(), c.createdAt())).toList(),
                plan.ratings().stream().map(r -> new EvaluationBulkWriter.Rating(r.id(), r.cycleId(), r.officerId(),
                        r.state(), r.selfGeneral(), r.selfTask(), r.selfLevel(), r.selfComment(), r.selfAt(),
                        r.proposedGeneral(), r.proposedTask(), r.proposedLevel(), r.proposalComment(),
                        r.proposedBy(), r.proposedAt(), r.reviewComment(), r.reviewedBy(), r.reviewedAt(),
                        r.finalLevel(), r.finalScore(), r.approvedBy(), r.approvedAt(), r.version())).toList(),
                plan.steps().stream().map(s -> new EvaluationBulkWriter.Step(s.id(), s.evaluationId(), s.action(),
                        s.userId(), s.actedAt(), s.comment())).toList()));
    }
}
