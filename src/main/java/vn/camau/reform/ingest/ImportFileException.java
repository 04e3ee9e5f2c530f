package vn.camau.reform.ingest;

/** A file that cannot be read as what it claims to be; carries the problem to show. */
class ImportFileException extends RuntimeException {

    private final transient ImportProblem problem;

    ImportFileException(ImportProblem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    ImportFileException(ImportProblem problem, Throwable cause) {
        super(problem.messageKey(), cause);
        this.problem = problem;
    }

    ImportProblem problem() {
        return problem;
    }
}
